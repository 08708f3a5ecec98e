// Section "catalog": parseEndpoint and checkEndpoint throughput against the obvious alternative,
// `new URL(x).hostname` plus a regex (and a Set of region ids, so both answer the same question).
import { calibrate, CATALOG_DIST, CHECK_DIST, cpuNs, fmt, median, progress } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_CATALOG_ROUNDS ?? 21);
const BUDGET = 3;

/** A small deterministic PRNG (mulberry32), so every run times the same inputs. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Hosts and URLs as they appear in config and code: mostly FC hosts in every shape, a fifth other hosts. */
export function makeInputs(regionIds, count = 2000) {
  const rand = random(20240601);
  const pick = (list) => list[Math.floor(rand() * list.length)];
  const account = () => String(1_000_000_000_000_000 + Math.floor(rand() * 8_999_999_999_999_999)).slice(0, 16);
  const others = [
    'https://oss-cn-hangzhou.aliyuncs.com/bucket/key.txt',
    'ecs.cn-shanghai.aliyuncs.com',
    'https://example.com/api/v1?x=1',
    'api.github.com',
    'http://localhost:9000/invoke',
    'https://sts.aliyuncs.com',
  ];
  const shapes = [
    [30, () => `${account()}.${pick(regionIds)}.fc.aliyuncs.com`],
    [8, () => `${account()}.${pick(regionIds)}-internal.fc.aliyuncs.com`],
    [17, () => `https://${account()}.${pick(regionIds)}.fc.aliyuncs.com/2023-03-30/functions/f${Math.floor(rand() * 100)}/invocations`],
    [10, () => `https://my-func-${Math.floor(rand() * 1e4).toString(36)}.${pick(regionIds)}.fcapp.run/path?q=1`],
    [5, () => `fcv3.${pick(regionIds)}.aliyuncs.com`],
    [10, () => `${pick(regionIds)}.fc.aliyuncs.com`],
    [20, () => pick(others)],
  ];
  const total = shapes.reduce((a, [w]) => a + w, 0);
  const inputs = [];
  for (let i = 0; i < count; i++) {
    let roll = rand() * total;
    const shape = shapes.find(([w]) => (roll -= w) < 0) ?? shapes[0];
    inputs.push(shape[1]());
  }
  return inputs;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;
const API_HOST = /^(?:(\d+)\.)?([a-z]{2}-[a-z0-9-]+?)(-internal)?\.fc\.aliyuncs\.com$/;
const V3_HOST = /^fcv3\.([a-z]{2}-[a-z0-9-]+)\.aliyuncs\.com$/;
const TRIGGER_HOST = /^(.+)\.([a-z]{2}-[a-z0-9-]+?)(-vpc)?\.fcapp\.run$/;

/** The obvious alternative: let URL find the host, then one regex per host shape and a Set of known regions. */
export function makeAlternative(regionIds, v3RegionIds = regionIds) {
  const regions = new Set(regionIds);
  const v3Regions = new Set(v3RegionIds);
  return function parseWithUrl(input) {
    let host;
    try {
      const trimmed = input.trim();
      host = new URL(SCHEME.test(trimmed) ? trimmed : `https://${trimmed}`).hostname;
    } catch {
      return undefined;
    }
    let m = API_HOST.exec(host);
    if (m) return regions.has(m[2]) ? { family: m[1] ? (m[3] ? 'api-internal' : 'api') : 'region-only', host, accountId: m[1], region: m[2] } : undefined;
    m = V3_HOST.exec(host);
    if (m) return v3Regions.has(m[1]) ? { family: 'openapi-v3', host, region: m[1] } : undefined;
    m = TRIGGER_HOST.exec(host);
    if (m) return regions.has(m[2]) ? { family: m[3] ? 'http-trigger-vpc' : 'http-trigger', host, subdomain: m[1], region: m[2] } : undefined;
    return undefined;
  };
}

// One loop per variant (see scan.mjs for why).
function loopParse(inputs, fns) {
  let hits = 0;
  for (let i = 0; i < inputs.length; i++) if (fns.parseEndpoint(inputs[i]) !== undefined) hits++;
  return hits;
}
function loopCheck(inputs, fns) {
  let hits = 0;
  for (let i = 0; i < inputs.length; i++) if (fns.checkEndpoint(inputs[i]) !== undefined) hits++;
  return hits;
}
function loopAlternative(inputs, fns) {
  let hits = 0;
  for (let i = 0; i < inputs.length; i++) if (fns.alternative(inputs[i]) !== undefined) hits++;
  return hits;
}

export function timeVariants(inputs, fns, variants, rounds = ROUNDS) {
  const names = Object.keys(variants);
  const reps = Object.fromEntries(names.map((n) => [n, calibrate(() => variants[n](inputs, fns), 50)]));
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  let sink = 0;
  for (let round = -3; round < rounds; round++) {
    for (let i = 0; i < names.length; i++) {
      const name = names[(i + round + 3) % names.length];
      const start = cpuNs();
      for (let r = 0; r < reps[name]; r++) sink += variants[name](inputs, fns);
      if (round >= 0) samples[name].push((cpuNs() - start) / (reps[name] * inputs.length));
    }
  }
  if (sink === -1) console.log(sink);
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

export async function run() {
  const catalog = await import(CATALOG_DIST.href);
  const regionIds = [...catalog.activeRegionIds];
  const inputs = makeInputs(regionIds);
  const v3RegionIds = regionIds.filter((id) => catalog.getRegion(id)?.fcv3Host);
  const { checkEndpoint } = await import(CHECK_DIST.href);
  const fns = { parseEndpoint: catalog.parseEndpoint, checkEndpoint, alternative: makeAlternative(regionIds, v3RegionIds) };
  // Both must answer alike, or the comparison is unfair.
  const disagree = inputs.filter((x) => {
    const a = fns.parseEndpoint(x);
    const b = fns.alternative(x);
    return (a === undefined) !== (b === undefined) || (a && (a.family !== b.family || a.region !== b.region || a.host !== b.host));
  });
  progress(`catalog: ${inputs.length} inputs, ${inputs.filter((x) => fns.parseEndpoint(x)).length} parse; ${disagree.length} disagree with the alternative${disagree.length ? `, e.g. ${disagree[0]}` : ''}`);
  const ns = timeVariants(inputs, fns, { parse: loopParse, check: loopCheck, alternative: loopAlternative });
  const speedup = ns.alternative / ns.parse;
  const rows = [
    { metric: 'inputs', value: `${inputs.length}`, note: `80 % FC hosts/URLs of every family, 20 % other hosts; ${disagree.length} answered differently by the two` },
    { metric: 'new URL(x).hostname + regex', value: `${fmt.ns(ns.alternative)}/op`, note: fmt.ops(1e9 / ns.alternative) },
    { metric: 'parseEndpoint', value: `${fmt.ns(ns.parse)}/op`, budget: '≥ 3× faster', pass: speedup >= BUDGET, note: `${fmt.ops(1e9 / ns.parse)}; ${speedup.toFixed(2)}× the alternative's speed` },
    { metric: 'checkEndpoint', value: `${fmt.ns(ns.check)}/op`, note: `${fmt.ops(1e9 / ns.check)}; ${(ns.alternative / ns.check).toFixed(2)}× (diagnoses misspellings too; no budget)` },
  ];
  return { title: 'Catalog throughput', rows, data: { ns, inputs: inputs.length, disagree: disagree.slice(0, 10) } };
}

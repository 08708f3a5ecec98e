// Section "scan": the literal scanner's cost per string that holds no FC host, against a bare
// `includes('aliyuncs')`; and a check that each string is classified once per file for all rules together.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { build } from 'esbuild';
import { Linter } from 'eslint';
import { orderedCandidates } from './corpus.mjs';
import { calibrate, CATALOG_DIST, CHECK_DIST, cpuNs, fmt, median, progress, REPO_ROOT, sum } from './lib.mjs';
import { isTs } from './corpus.mjs';
import { collectStrings } from './strings.mjs';

const FILES = Number(process.env.BENCH_SCAN_FILES ?? 600);
const ROUNDS = Number(process.env.BENCH_SCAN_ROUNDS ?? 21);
const BUDGET = 3;

// One loop per variant, written out, so V8 optimises each call site on its own (a shared loop taking a callback
// would add the same indirect-call cost to every variant and flatter the ratios).
function loopIncludes(strings) {
  let hits = 0;
  for (let i = 0; i < strings.length; i++) if (strings[i].includes('aliyuncs')) hits++;
  return hits;
}
function loopGate(strings, catalog) {
  const gate = catalog.mayContainEndpoint;
  let hits = 0;
  for (let i = 0; i < strings.length; i++) if (gate(strings[i])) hits++;
  return hits;
}
function loopScan(strings, catalog) {
  const { mayContainEndpoint, findEndpoints } = catalog;
  let hits = 0;
  // What the scanner does per string literal: the gate, then the scan of the strings that pass it.
  for (let i = 0; i < strings.length; i++) if (mayContainEndpoint(strings[i])) hits += findEndpoints(strings[i]).length + 1;
  return hits;
}

/** ns per string of each variant: rounds of all variants in rotating order, median per variant. */
function timeVariants(strings, catalog, variants) {
  const names = Object.keys(variants);
  const samples = Object.fromEntries(names.map((k) => [k, []]));
  const reps = Object.fromEntries(names.map((n) => [n, calibrate(() => variants[n](strings, catalog), 50)]));
  let sink = 0;
  for (let round = -3; round < ROUNDS; round++) {
    const order = names.map((_, i) => names[(i + round + 3) % names.length]);
    for (const name of order) {
      const start = cpuNs();
      for (let r = 0; r < reps[name]; r++) sink += variants[name](strings, catalog);
      const ns = (cpuNs() - start) / (reps[name] * strings.length);
      if (round >= 0) samples[name].push(ns);
    }
  }
  if (sink === -1) console.log(sink);
  return Object.fromEntries(names.map((n) => [n, median(samples[n])]));
}

/**
 * Strings that pass the gate (they hold `fc`) and hold no FC host, in shapes code has: the corpus has few of them, so
 * these show what a string that does reach findEndpoints costs.
 */
const GATE_PASSING = [
  'RFC 3339 timestamps, e.g. 2024-01-01T00:00:00Z',
  'fcntl(2) failed with EAGAIN',
  'https://example.com/fcgi-bin/handler?x=1',
  'application/x-fcgi-response',
  'Use the fc command line tool to deploy',
  'see https://www.rfc-editor.org/rfc/rfc9110.html#name-status-codes',
  'function-compute.example.internal',
  'FC_ACCOUNT_ID is not set',
  'fc-deploy: uploading code.zip to oss://bucket/fc/code.zip',
  'aliyuncs.com hosts: ecs.cn-hangzhou.aliyuncs.com, oss-cn-hangzhou.aliyuncs.com; fc hosts need a region',
];

const SCANNER_SRC = `${REPO_ROOT}packages/eslint-plugin/src/utils/literal-scanner.ts`;

/**
 * The plugin's own scanner (not exported from its dist): src/utils/literal-scanner.ts bundled by esbuild into a temp
 * module, with one change for the bench: its per-node caches can be reset, so every timed pass classifies afresh.
 */
export async function loadScanner() {
  const source = readFileSync(SCANNER_SRC, 'utf8');
  const caches = [...source.matchAll(/^const (\w+) = new WeakMap<[^\n]*>\(\);$/gm)].map((m) => m[1]);
  if (caches.length === 0 || !/export function scanStringNode\(/.test(source)) return undefined;
  let patched = source;
  for (const name of caches) patched = patched.replace(new RegExp(`^const ${name} = new WeakMap`, 'm'), `let ${name} = new WeakMap`);
  patched += `\nexport function __benchResetCaches() {\n${caches.map((n) => `  ${n} = new WeakMap();`).join('\n')}\n}\n`;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fc-atlas-bench-'));
  try {
    const out = path.join(dir, 'literal-scanner.mjs');
    await build({
      stdin: { contents: patched, loader: 'ts', resolveDir: path.dirname(SCANNER_SRC), sourcefile: 'literal-scanner.ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile: out,
      logLevel: 'silent',
      plugins: [
        {
          name: 'catalog-dist',
          setup: (b) => b.onResolve({ filter: /^@fc-atlas\/catalog(?:\/check)?$/ }, (args) => ({ path: fileURLToPath(args.path.endsWith('/check') ? CHECK_DIST : CATALOG_DIST), external: true })),
        },
      ],
    });
    return await import(pathToFileURL(out).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every string node of `files` with its SourceCode, as the rules' listeners receive them. */
export function collectNodes(files) {
  const nodes = [];
  const rule = {
    meta: { schema: [] },
    create(context) {
      const add = (node) => nodes.push({ node, sourceCode: context.sourceCode });
      return { Literal: (n) => typeof n.value === 'string' && add(n), TemplateLiteral: add, JSXText: add };
    },
  };
  const linter = new Linter({ cwd: REPO_ROOT });
  const config = (ts) => [
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      plugins: { bench: { rules: { nodes: rule } } },
      languageOptions: { ...(ts ? { parser: tsParser } : {}), parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      rules: { 'bench/nodes': 'error' },
    },
  ];
  const configs = { js: config(false), ts: config(true) };
  for (const file of files) linter.verify(readFileSync(`${REPO_ROOT}${file}`, 'utf8'), isTs(file) ? configs.ts : configs.js, { filename: `${REPO_ROOT}${file}` });
  return nodes;
}

/** The bare baseline per node: its literal text holds `aliyuncs`. */
function loopNodeIncludes(items) {
  let hits = 0;
  for (let i = 0; i < items.length; i++) {
    const node = items[i].node;
    if (node.type === 'TemplateLiteral') {
      for (const q of node.quasis) if (q.value.raw.includes('aliyuncs')) hits++;
    } else if (node.value.includes('aliyuncs')) hits++;
  }
  return hits;
}
function loopNodeScan(items, scanner) {
  scanner.__benchResetCaches();
  let hits = 0;
  for (let i = 0; i < items.length; i++) hits += scanner.scanStringNode(items[i].node, items[i].sourceCode).length + 1;
  return hits;
}

/** ns per node of the real scanner against the bare baseline, for all string nodes and for template literals alone. */
async function timeRealScanner(files) {
  const scanner = await loadScanner();
  if (!scanner) return undefined;
  const items = collectNodes(files).filter((x) => scanner.scanStringNode(x.node, x.sourceCode).length === 0);
  const templates = items.filter((x) => x.node.type === 'TemplateLiteral');
  return {
    count: items.length,
    templates: templates.length,
    all: timeVariants(items, scanner, { includes: loopNodeIncludes, scan: loopNodeScan }),
    templateOnly: templates.length > 0 ? timeVariants(templates, scanner, { includes: loopNodeIncludes, scan: loopNodeScan }) : undefined,
  };
}

function countClassifications() {
  const child = fileURLToPath(new URL('./scan-count.mjs', import.meta.url));
  return JSON.parse(execFileSync(process.execPath, [child], { encoding: 'utf8', maxBuffer: 1 << 24 }));
}

export async function run() {
  const catalog = await import(CHECK_DIST.href);
  const files = orderedCandidates().slice(0, FILES).map((c) => c.file);
  progress(`scan: collecting string literals from ${files.length} corpus files`);
  const { strings, parsed } = collectStrings(files);
  const nonMatching = strings.filter((s) => catalog.findEndpoints(s).length === 0);
  const passGate = nonMatching.filter((s) => catalog.mayContainEndpoint(s));
  const meanLength = sum(nonMatching.map((s) => s.length)) / nonMatching.length;
  progress(`scan: ${strings.length} strings, ${nonMatching.length} without an FC host, ${passGate.length} of those pass the gate; timing`);

  const all = timeVariants(nonMatching, catalog, { includes: loopIncludes, gate: loopGate, scan: loopScan });
  const gatePassing = GATE_PASSING.filter((x) => catalog.findEndpoints(x).length === 0);
  const gated = timeVariants(gatePassing, catalog, { includes: loopIncludes, scan: loopScan });
  progress('scan: timing the plugin\'s own scanStringNode (src bundled by esbuild)');
  const real = await timeRealScanner(files.slice(0, Math.ceil(files.length / 2)));
  progress('scan: counting classifications per file (child process with a counting catalog)');
  const counts = countClassifications();

  const ratioGate = all.gate / all.includes;
  const ratioScan = all.scan / all.includes;
  const rows = [
    { metric: 'strings', value: `${nonMatching.length}`, note: `non-matching string/template literals of ${parsed} corpus files (${strings.length} in all, mean length ${meanLength.toFixed(0)}); ${fmt.pct(passGate.length / nonMatching.length)} pass the gate` },
    { metric: "baseline: s.includes('aliyuncs')", value: `${fmt.ns(all.includes)}/string` },
    { metric: 'gate: mayContainEndpoint', value: `${fmt.ns(all.gate)}/string`, budget: '≤ 3× baseline', pass: ratioGate <= BUDGET, note: `${fmt.ratio(ratioGate)} baseline` },
    { metric: 'gate + findEndpoints', value: `${fmt.ns(all.scan)}/string`, budget: '≤ 3× baseline', pass: ratioScan <= BUDGET, note: `${fmt.ratio(ratioScan)} baseline; the scanner's catalog work per string literal` },
    { metric: 'gate + findEndpoints, gate passed', value: `${fmt.ns(gated.scan)}/string`, note: `${fmt.ratio(gated.scan / gated.includes)} baseline, on ${gatePassing.length} sample strings with "fc" but no host (no budget)` },
    real
      ? {
          metric: 'scanStringNode (plugin src), all string nodes',
          value: `${fmt.ns(real.all.scan)}/node`,
          budget: '≤ 3× baseline',
          pass: real.all.scan / real.all.includes <= BUDGET,
          note: `${fmt.ratio(real.all.scan / real.all.includes)} a bare includes per node (${fmt.ns(real.all.includes)}); ${real.count} non-matching nodes, cache reset per pass`,
        }
      : { metric: 'scanStringNode (plugin src)', value: 'not measured', note: 'literal-scanner.ts no longer has the shape the bench patches (WeakMap caches, scanStringNode)' },
    ...(real?.templateOnly
      ? [{ metric: 'scanStringNode, template literals only', value: `${fmt.ns(real.templateOnly.scan)}/node`, note: `${fmt.ratio(real.templateOnly.scan / real.templateOnly.includes)} baseline; ${real.templates} templates (no budget)` }]
      : []),
    {
      metric: 'classified once per file',
      value: counts.once ? 'yes' : 'no',
      budget: 'once',
      pass: counts.once,
      note: `${counts.files} files, ${counts.stringNodes} string nodes: findEndpoints on literals ${counts.one.literalScans} (valid-endpoint alone) vs ${counts.all.literalScans} (all ${counts.all.rules} rules); per-file text scans ${counts.all.fileScans}; same text twice in a file: ${counts.all.repeats} vs ${counts.one.repeats}`,
    },
  ];
  return { title: 'Literal scanning cost', rows, data: { all, gated, real, counts, strings: nonMatching.length, passGate: passGate.length } };
}

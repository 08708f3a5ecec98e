// Section "lint": ESLint over a real corpus with a baseline config, and with the baseline plus the plugin's
// configs.recommended, alternating in one process; then one run with `stats: true` for the per-rule times.
import js from '@eslint/js';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { orderedCandidates } from './corpus.mjs';
import { fmt, median, msSince, now, PLUGIN_DIST, progress, REPO_ROOT, sha256, sum } from './lib.mjs';

const ROUNDS = Number(process.env.BENCH_LINT_ROUNDS ?? 5);
const JS_TARGET = Number(process.env.BENCH_LINT_JS ?? 2000);
const TS_TARGET = Number(process.env.BENCH_LINT_TS ?? 300);
const CONTROL = process.env.BENCH_LINT_CONTROL === '1';
const RATIO_BUDGET = 1.03;
const RULE_SHARE_BUDGET = 0.01;

/** Globals of Node and the browser, so `no-undef` reports real mistakes rather than every `require`. */
const GLOBALS = Object.fromEntries(
  [
    'require', 'module', 'exports', '__dirname', '__filename', 'global', 'process', 'Buffer', 'console', 'setTimeout',
    'clearTimeout', 'setInterval', 'clearInterval', 'setImmediate', 'clearImmediate', 'queueMicrotask', 'window',
    'document', 'navigator', 'self', 'location', 'URL', 'URLSearchParams', 'TextEncoder', 'TextDecoder', 'fetch',
    'AbortController', 'performance', 'structuredClone', 'atob', 'btoa', 'Blob', 'Event', 'EventTarget',
  ].map((name) => [name, 'readonly']),
);

/** The baseline: `@eslint/js` recommended, with typescript-eslint's parser for TS files. */
export function baselineConfig() {
  return [
    // The corpus lives in node_modules, which ESLint ignores by default (`ignore: false` keeps that default; this lifts it).
    { ignores: ['!**/node_modules/'] },
    js.configs.recommended,
    {
      languageOptions: { globals: GLOBALS },
      // Third-party files carry directives for rules and plugins this config does not have; both configs ignore them alike.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
    },
    {
      files: ['**/*.ts', '**/*.mts', '**/*.cts'],
      languageOptions: { parser: tsParser },
      // As typescript-eslint advises: TypeScript itself checks undefined names.
      rules: { 'no-undef': 'off' },
    },
  ];
}

export async function loadPlugin() {
  return (await import(PLUGIN_DIST.href)).default;
}

const newEslint = (config, extra = {}) =>
  new ESLint({ cwd: REPO_ROOT, overrideConfigFile: true, overrideConfig: config, cache: false, ...extra });

/** Picks the corpus: the first JS_TARGET JS and TS_TARGET TS files (in hash order) that the baseline parses. */
export async function pickCorpus(baseline) {
  const ordered = orderedCandidates();
  const jsCandidates = ordered.filter((c) => !c.ts).slice(0, Math.ceil(JS_TARGET * 1.2));
  const tsCandidates = ordered.filter((c) => c.ts).slice(0, Math.ceil(TS_TARGET * 1.2));
  const results = await baseline.lintFiles([...jsCandidates, ...tsCandidates].map((c) => c.file));
  const ignored = results.filter((r) => r.messages.some((m) => !m.fatal && m.ruleId === null && /ignored/i.test(m.message)));
  if (ignored.length > 0) throw new Error(`ESLint ignored ${ignored.length} corpus files, e.g. ${ignored[0].filePath}: ${ignored[0].messages[0].message}`);
  const fatal = new Set(results.filter((r) => r.messages.some((m) => m.fatal)).map((r) => r.filePath));
  const parses = (c) => !fatal.has(`${REPO_ROOT}${c.file}`);
  const picked = [...jsCandidates.filter(parses).slice(0, JS_TARGET), ...tsCandidates.filter(parses).slice(0, TS_TARGET)];
  const packages = new Set(picked.map((c) => c.file.split('/node_modules/')[1]?.split('/').slice(0, c.file.includes('/node_modules/@') ? 2 : 1).join('/')));
  return {
    files: picked.map((c) => c.file),
    jsFiles: picked.filter((c) => !c.ts).length,
    tsFiles: picked.filter((c) => c.ts).length,
    bytes: sum(picked.map((c) => c.size)),
    packages: packages.size,
    droppedUnparsable: fatal.size,
    hash: sha256(picked.map((c) => `${c.file}:${c.size}`).join('\n')).slice(0, 12),
  };
}

/**
 * One round: every file is linted by every instance back to back, the order rotating from file to file and round to
 * round, so load that drifts over seconds hits all alike (pairs of 100-file chunks were a second apart: their ratios
 * spread 0.89–1.19×). CPU time of the process per lint; the text is read once, up front, so no lint pays for I/O.
 */
async function interleavedRound(round, variants, files) {
  for (const v of variants) v.round = { cpu: 0, wall: 0 };
  for (let i = 0; i < files.length; i++) {
    const step = round + i;
    const rotated = [...variants.slice(step % variants.length), ...variants.slice(0, step % variants.length)];
    const order = Math.floor(step / variants.length) % 2 ? rotated.reverse() : rotated;
    for (const v of order) {
      const cpu0 = process.cpuUsage();
      const start = now();
      const results = await v.eslint.lintText(files[i].text, { filePath: files[i].filePath });
      v.round.wall += msSince(start);
      const cpu = process.cpuUsage(cpu0);
      v.round.cpu += (cpu.user + cpu.system) / 1000;
      v.findings += countMessages(results, '@fc-atlas/');
    }
  }
  for (const v of variants) {
    v.cpu.push(v.round.cpu);
    v.wall.push(v.round.wall);
  }
}

const countMessages = (results, prefix) => sum(results.map((r) => r.messages.filter((m) => m.ruleId?.startsWith(prefix)).length));

/** Sums `stats.times` over all files: total, parse, and per rule. */
function aggregateStats(results) {
  let total = 0;
  let parse = 0;
  const rules = new Map();
  for (const result of results) {
    for (const pass of result.stats?.times.passes ?? []) {
      total += pass.total ?? 0;
      parse += pass.parse?.total ?? 0;
      for (const [rule, { total: t }] of Object.entries(pass.rules ?? {})) rules.set(rule, (rules.get(rule) ?? 0) + t);
    }
  }
  return { total, parse, rules };
}

export async function run() {
  const plugin = await loadPlugin();
  const baseline = baselineConfig();
  const withPlugin = [...baseline, plugin.configs.recommended];
  const ruleIds = Object.keys(plugin.configs.recommended.rules);

  // The corpus is picked with an instance of its own: an instance that has linted the candidates stays cheaper than a
  // fresh one for the whole run (an identical second baseline measured 1.02–1.06× against the picking one in 3 of 4
  // same-process runs, 0.98–1.00× against a fresh one), so picking with the measured baseline inflated the ratio.
  progress('lint: picking the corpus (one baseline pass over the candidates)');
  const corpus = await pickCorpus(newEslint(baseline));
  const files = corpus.files.map((file) => ({ filePath: `${REPO_ROOT}${file}`, text: readFileSync(`${REPO_ROOT}${file}`, 'utf8') }));
  const variant = (name, config) => ({ name, eslint: newEslint(config), cpu: [], wall: [], findings: 0 });
  const base = variant('baseline', baseline);
  const plus = variant('+plugin', withPlugin);
  // Opt-in control: a second, identical baseline instance; its ratio to the first is the bias and noise floor.
  const control = CONTROL ? variant('baseline again', baselineConfig()) : undefined;
  const variants = [base, plus, ...(control ? [control] : [])];
  progress(`lint: corpus ${files.length} files (${corpus.jsFiles} JS, ${corpus.tsFiles} TS), ${fmt.kb(corpus.bytes)}; warming up every instance alike`);
  for (const v of variants) for (const f of files.slice(0, 600)) await v.eslint.lintText(f.text, { filePath: f.filePath });

  for (let round = 0; round < ROUNDS; round++) {
    await interleavedRound(round, variants, files);
    const [b, p] = [base.cpu[round], plus.cpu[round]];
    const extra = control ? `, control ${fmt.ms(control.cpu[round])} (${fmt.ratio(control.cpu[round] / b)})` : '';
    progress(`lint: round ${round + 1}/${ROUNDS}: CPU baseline ${fmt.ms(b)}, +plugin ${fmt.ms(p)} (${fmt.ratio(p / b)})${extra}; wall ${fmt.ms(base.wall[round])} / ${fmt.ms(plus.wall[round])}; load ${os.loadavg()[0].toFixed(2)}`);
  }
  const findings = plus.findings / ROUNDS;
  const pairRatios = plus.cpu.map((c, r) => c / base.cpu[r]);

  progress('lint: one run with stats: true for per-rule times');
  const statsRun = await newEslint(withPlugin, { stats: true }).lintFiles(corpus.files);
  const stats = aggregateStats(statsRun);

  const ratio = median(plus.cpu) / median(base.cpu);
  const pairedRatio = median(pairRatios);
  const wallRatio = median(plus.wall) / median(base.wall);
  const list = (values) => values.map((v) => (v / 1000).toFixed(1)).join(', ');
  const rows = [
    { metric: 'corpus', value: `${files.length} files`, note: `${corpus.jsFiles} JS + ${corpus.tsFiles} TS, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB, ${corpus.packages} packages, id ${corpus.hash}` },
    { metric: 'baseline, CPU (median)', value: fmt.s(median(base.cpu)), note: `@eslint/js recommended; ${ROUNDS} runs (s): ${list(base.cpu)}` },
    { metric: '+ configs.recommended, CPU (median)', value: fmt.s(median(plus.cpu)), note: `${ROUNDS} runs (s): ${list(plus.cpu)}; ${findings} plugin findings` },
    // The budget is judged on the paired statistic: each round lints every file with both instances back to back, so a
    // round's ratio cancels the drift between rounds (CPU totals vary ±10 % from round to round), which a ratio of
    // medians taken over different rounds does not.
    {
      metric: 'CPU ratio, median of per-round ratios',
      value: fmt.ratio(pairedRatio),
      budget: `≤ ${RATIO_BUDGET}`,
      pass: pairedRatio <= RATIO_BUDGET,
      note: `per-round ratios ${pairRatios.map((r) => r.toFixed(3)).join(', ')}`,
    },
    { metric: 'ratio of CPU medians', value: fmt.ratio(ratio), note: 'unpaired: the medians may come from different rounds' },
  ];
  if (control) {
    const controlRatios = control.cpu.map((c, r) => c / base.cpu[r]);
    rows.push({
      metric: 'control: baseline vs baseline, CPU',
      value: fmt.ratio(median(controlRatios)),
      note: `a second identical baseline instance (BENCH_LINT_CONTROL=1): the bias and noise to read the ratio against; per-run ${controlRatios.map((r) => r.toFixed(3)).join(', ')}`,
    });
    const againstControl = plus.cpu.map((c, r) => c / control.cpu[r]);
    rows.push({
      metric: '+ configs.recommended vs control, CPU',
      value: fmt.ratio(median(againstControl)),
      note: `median of per-run ratios to the control: ${againstControl.map((r) => r.toFixed(3)).join(', ')}`,
    });
  }
  rows.push({ metric: 'ratio of wall-clock medians', value: fmt.ratio(wallRatio), note: `wall (s): baseline ${list(base.wall)}; +plugin ${list(plus.wall)}` });
  for (const rule of ruleIds) {
    const t = stats.rules.get(rule) ?? 0;
    rows.push({ metric: `share: ${rule}`, value: fmt.pct(t / stats.total), budget: '≤ 1 %', pass: t / stats.total <= RULE_SHARE_BUDGET, note: fmt.ms(t) });
  }
  const pluginTotal = sum(ruleIds.map((r) => stats.rules.get(r) ?? 0));
  const topCore = [...stats.rules].filter(([r]) => !r.startsWith('@fc-atlas/')).sort((a, b) => b[1] - a[1]).slice(0, 3);
  rows.push({ metric: 'share: all plugin rules', value: fmt.pct(pluginTotal / stats.total), note: `of ${fmt.ms(stats.total)} (stats total: parse ${fmt.pct(stats.parse / stats.total)})` });
  rows.push({ metric: 'top core rules', value: topCore.map(([r, t]) => `${r} ${fmt.pct(t / stats.total)}`).join(', ') });
  return { title: 'Lint overhead', rows, data: { corpus, base: { cpu: base.cpu, wall: base.wall }, plus: { cpu: plus.cpu, wall: plus.wall }, ...(control ? { control: { cpu: control.cpu, wall: control.wall } } : {}), pairRatios, stats: { total: stats.total, parse: stats.parse, rules: Object.fromEntries(stats.rules) } } };
}

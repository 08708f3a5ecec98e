// Shared helpers for the bench/ scripts: statistics, timing, tables and paths.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
export const PLUGIN_DIST = new URL('../packages/eslint-plugin/dist/index.mjs', import.meta.url);
export const CATALOG_DIST = new URL('../packages/catalog/dist/index.mjs', import.meta.url);
/** The catalog's `./check` entry (the diagnostic scanner), built. */
export const CHECK_DIST = new URL('../packages/catalog/dist/check.mjs', import.meta.url);
export const PLAYGROUND_DIR = fileURLToPath(new URL('../apps/playground/', import.meta.url));

/** Resolves a dependency the way a workspace package sees it (the bench reuses the playground's own vite and playwright). */
export async function importFrom(workspaceDir, specifier) {
  const require = createRequire(`${workspaceDir}package.json`);
  const module = await import(pathToFileURL(require.resolve(specifier)).href);
  // A CommonJS package (playwright-core) comes back as its `module.exports` under `default`.
  return { ...module.default, ...module };
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export const sum = (values) => values.reduce((a, b) => a + b, 0);

export const now = () => process.hrtime.bigint();
/**
 * CPU time of this process in ns (user + system). Micro-benchmarks time with this rather than the wall clock: on a
 * shared machine a process waits for a core for long stretches, and that wait is not the code's cost.
 */
export const cpuNs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
};
export const msSince = (start) => Number(process.hrtime.bigint() - start) / 1e6;

export function sha256(text) {
  return createHash('sha256').update(text).digest('hex');
}

export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    load: os.loadavg().map((l) => l.toFixed(2)).join(' '),
  };
}

export function lockfileHash() {
  return sha256(readFileSync(`${REPO_ROOT}pnpm-lock.yaml`, 'utf8')).slice(0, 12);
}

export const fmt = {
  ms: (v) => (v >= 100 ? `${Math.round(v)} ms` : `${v.toFixed(1)} ms`),
  s: (v) => `${(v / 1000).toFixed(1)} s`,
  ns: (v) => `${v >= 100 ? Math.round(v) : v.toFixed(1)} ns`,
  kb: (bytes) => `${(bytes / 1024).toFixed(2)} KB`,
  ratio: (v) => `${v.toFixed(3)}×`,
  pct: (v) => `${(v * 100).toFixed(2)} %`,
  ops: (v) => (v >= 1e6 ? `${(v / 1e6).toFixed(2)} M/s` : `${(v / 1e3).toFixed(0)} k/s`),
};

/**
 * A result row. `pass` is true/false for a budgeted row, undefined for an informational one.
 * @typedef {{ metric: string, value: string, budget?: string, pass?: boolean, note?: string }} Row
 */

/** Prints one section's rows as a Markdown table (so it can be pasted into BENCHMARKS.md as is). */
export function printTable(title, rows) {
  const header = ['metric', 'measured', 'budget', 'result', 'note'];
  const cells = rows.map((r) => [r.metric, r.value, r.budget ?? '', r.pass === undefined ? '' : r.pass ? 'PASS' : 'MISS', r.note ?? '']);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i].length)));
  const line = (c) => `| ${c.map((v, i) => v.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\n### ${title}\n`);
  console.log(line(header));
  console.log(`| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`);
  for (const c of cells) console.log(line(c));
}

/** Logs progress to stderr so stdout stays the tables. */
export const progress = (...args) => console.error('[bench]', ...args);

/** Repetitions that make one timing of `fn` last about `targetMs`, so timer resolution and noise stay small. */
export function calibrate(fn, targetMs = 20) {
  let reps = 1;
  for (;;) {
    const start = process.hrtime.bigint();
    for (let r = 0; r < reps; r++) fn();
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (ms >= targetMs / 4 || reps >= 1e7) return Math.max(1, Math.ceil((reps * targetMs) / Math.max(ms, 0.001)));
    reps *= 4;
  }
}

#!/usr/bin/env node
// Growth: does the cost of `pnpm demo <dir>` grow no faster than the tree it reads? Generates trees of 1 000, 4 000 and
// 16 000 files under the OS temp dir (real JS/TS files from node_modules/.pnpm mixed with FC-heavy files from
// examples/fc-client), runs scripts/demo.mjs on each in a child process, and prints a Markdown table: wall time, time
// per file, files/s and peak RSS, cold (empty cache) and warm (the same command again). Then one tree with
// --concurrency 2 against --concurrency off.
//
// Usage: pnpm turbo run build --filter=@fc-atlas/eslint-plugin && node bench/growth.mjs [options]
//   --sizes <n,n,...>      tree sizes (default 1000,4000,16000; empty for none)
//   --fc-share <0..1>      share of FC-heavy files (default 0.25)
//   --threads-at <n>       size for the --concurrency 2 vs off point (default 4000; 0 to skip)
//   --threads-rounds <n>   cold runs of each setting for that point, alternating (default 2: off 2 2 off)
//   --heap-cap <MB>        run the demo with --max-old-space-size=<MB>: finishing shows the heap stays bounded
//   --keep                 keep the generated trees (printed) instead of deleting them
//   --json <file>          also write the raw numbers
// Timings on a shared machine are noisy: compare rows of one run, and read the load average printed with the table.
import { createHash } from 'node:crypto';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { walkFiles } from '../scripts/walk-files.mjs';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEMO = path.join(REPO_ROOT, 'scripts', 'demo.mjs');
const PLUGIN_DIST = path.join(REPO_ROOT, 'packages', 'eslint-plugin', 'dist', 'index.mjs');
const STORE = path.join(REPO_ROOT, 'node_modules', '.pnpm');
const FC_TEMPLATES = path.join(REPO_ROOT, 'examples', 'fc-client', 'src');

const LINTED = new Set(['.js', '.mjs', '.cjs', '.jsx', '.ts', '.mts', '.cts', '.tsx']);
// Bigger files are mostly bundles and generated tables: they would dominate without being typical source.
const MIN_BYTES = 200;
const MAX_BYTES = 48 * 1024;
const FILES_PER_DIR = 100;

// Preloaded into each demo run: reports the process's CPU time and peak RSS (worker threads included) at exit.
const USAGE_HOOK =
  'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();' +
  'writeFileSync(process.env.FC_ATLAS_BENCH_USAGE,JSON.stringify({maxRssKb:u.maxRSS,cpuMs:(u.userCPUTime+u.systemCPUTime)/1e3}))})';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,4000,16000' },
    'fc-share': { type: 'string', default: '0.25' },
    'threads-at': { type: 'string', default: '4000' },
    'threads-rounds': { type: 'string', default: '2' },
    'heap-cap': { type: 'string' },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  process.stdout.write(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 15).map((l) => l.replace(/^\/\/ ?/, '')).join('\n') + '\n');
  process.exit(0);
}
const sizes = values.sizes === '' ? [] : values.sizes.split(',').map(Number);
const fcShare = Number(values['fc-share']);
const threadsAt = Number(values['threads-at']);
const threadsRounds = Number(values['threads-rounds']);
const heapCap = values['heap-cap'] === undefined ? undefined : Number(values['heap-cap']);
if (
  sizes.some((n) => !Number.isInteger(n) || n < 1) ||
  !(fcShare >= 0 && fcShare <= 1) ||
  !Number.isInteger(threadsAt) ||
  !(Number.isInteger(threadsRounds) && threadsRounds > 0) ||
  (heapCap !== undefined && !(Number.isInteger(heapCap) && heapCap > 0))
) {
  console.error('growth: --sizes takes positive integers, --fc-share a number from 0 to 1, --threads-at and --threads-rounds integers, --heap-cap MB');
  process.exit(2);
}
if (!existsSync(PLUGIN_DIST)) {
  console.error(`growth: ${PLUGIN_DIST} is missing; run \`pnpm turbo run build --filter=@fc-atlas/eslint-plugin\` first`);
  process.exit(1);
}

const log = (...args) => console.error('[growth]', ...args);
const sha256 = (text) => createHash('sha256').update(text).digest('hex');

/** Real source files from the workspace's node_modules/.pnpm (no symlinks, .d.ts, .min.js), in a stable hash order. */
function realCorpus() {
  const found = [];
  walkFiles(STORE, (full, name) => {
    if (!LINTED.has(path.extname(name)) || /\.d\.[cm]?ts$|\.min\.[cm]?js$/.test(name)) return;
    const { size } = statSync(full);
    if (size >= MIN_BYTES && size <= MAX_BYTES) found.push(full);
  });
  // A prefix of a hash order is a uniform sample, so every tree size draws from the same mix of packages.
  return found.map((file) => ({ file, key: sha256(path.relative(REPO_ROOT, file)) })).sort((a, b) => (a.key < b.key ? -1 : 1)).map((c) => c.file);
}

/**
 * Writes a tree of `size` files: every 1/fcShare-th file an FC-heavy template, the rest real files (the pool repeats
 * when the tree is bigger than the pool). Each file is written as it is read: nothing holds the tree's source.
 */
async function writeTree(root, size, pool, templates) {
  const fcEvery = fcShare > 0 ? Math.round(1 / fcShare) : Infinity;
  let real = 0;
  let fc = 0;
  let bytes = 0;
  for (let i = 0; i < size; i++) {
    const dir = path.join(root, `pkg-${String(Math.floor(i / FILES_PER_DIR)).padStart(3, '0')}`);
    if (i % FILES_PER_DIR === 0) await mkdir(dir, { recursive: true });
    let name;
    let text;
    if (i % fcEvery === fcEvery - 1) {
      const template = templates[fc % templates.length];
      name = `fc-${i}${path.extname(template.name)}`;
      text = `${template.text}\nexport const copy${i} = ${i};\n`;
      fc++;
    } else {
      const source = pool[real % pool.length];
      name = `real-${i}${path.extname(source)}`;
      text = await readFile(source);
      real++;
    }
    bytes += text.length;
    await writeFile(path.join(dir, name), text);
  }
  return { real, fc, bytes };
}

/**
 * A private copy of the built plugin (its node_modules linked to the real one), so a colleague's rebuild of the shared
 * dist in the middle of a long run cannot pull the plugin from under the demo.
 */
async function pluginCopy(dir) {
  await mkdir(path.join(dir, 'dist'), { recursive: true });
  await symlink(path.join(path.dirname(PLUGIN_DIST), '..', 'node_modules'), path.join(dir, 'node_modules'), 'junction');
  const entry = path.join(dir, 'dist', 'index.mjs');
  await copyFile(PLUGIN_DIST, entry);
  return entry;
}

/** Runs the demo once; returns wall time, CPU, peak RSS and the summary line it printed. */
async function runDemo(dir, args) {
  const usageFile = path.join(os.tmpdir(), `fc-atlas-growth-usage-${process.pid}.json`);
  const started = process.hrtime.bigint();
  const { code, tail, stderr } = await new Promise((resolve, reject) => {
    const heap = heapCap === undefined ? [] : [`--max-old-space-size=${heapCap}`];
    const child = spawn(process.execPath, [...heap, '--import', USAGE_HOOK, DEMO, dir, ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, FC_ATLAS_PLUGIN: plugin, FC_ATLAS_BENCH_USAGE: usageFile, FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // The report can be megabytes; keep only its end, where the summary is.
    let tail = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      tail = (tail + chunk).slice(-4096);
    });
    child.stderr.on('data', (chunk) => {
      stderr = (stderr + chunk).slice(-8192);
      const line = String(chunk).trim().split('\n').at(-1);
      if (line?.startsWith('linted ')) process.stderr.write(`\r[growth]   ${line}   `);
    });
    child.on('error', reject);
    child.on('close', (exitCode) => resolve({ code: exitCode, tail, stderr }));
  });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  process.stderr.write('\n');
  if (code !== 0) throw new Error(`demo exited ${code} on ${dir}\n${stderr}\n${tail}`);
  const usage = JSON.parse(await readFile(usageFile, 'utf8'));
  await rm(usageFile, { force: true });
  const summary = /^(\d+) errors?, (\d+) warnings? in \d+ of (\d+) files?/m.exec(tail);
  return { wallMs, ...usage, findings: summary ? Number(summary[1]) + Number(summary[2]) : undefined, linted: summary ? Number(summary[3]) : undefined };
}

const machine = () => {
  const cpus = os.cpus();
  return `${cpus[0]?.model?.trim() ?? 'unknown CPU'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`;
};
const load = () => os.loadavg().map((l) => l.toFixed(1)).join(' ');

const scratch = await mkdtemp(path.join(os.tmpdir(), 'fc-atlas-growth-'));
const plugin = await pluginCopy(path.join(scratch, 'plugin'));
const pool = realCorpus();
const templates = readdirSync(FC_TEMPLATES)
  .filter((name) => LINTED.has(path.extname(name)))
  .sort()
  .map((name) => ({ name, text: readFileSync(path.join(FC_TEMPLATES, name), 'utf8') }));
log(`${pool.length} real files in the pool, ${templates.length} FC templates; trees under ${scratch}`);

const startLoad = load();
const rows = [];
const trees = new Map();
try {
  for (const size of [...new Set([...sizes, ...(threadsAt > 0 ? [threadsAt] : [])])].sort((a, b) => a - b)) {
    const root = path.join(scratch, `tree-${size}`);
    log(`writing ${size} files`);
    trees.set(size, { root, ...(await writeTree(root, size, pool, templates)) });
  }
  for (const size of sizes) {
    const tree = trees.get(size);
    const cache = ['--cache-location', path.join(scratch, `eslintcache-${size}`)];
    log(`${size} files, cold (empty cache), one thread`);
    const cold = await runDemo(tree.root, ['--concurrency', 'off', ...cache]);
    log(`${size} files, warm (same cache), one thread`);
    const warm = await runDemo(tree.root, ['--concurrency', 'off', ...cache]);
    rows.push({ size, tree, cold, warm });
  }
  let threads;
  if (threadsAt > 0) {
    // Cold runs, alternating (off 2 2 off ...), so a change in the machine's load hits both settings alike.
    const tree = trees.get(threadsAt);
    threads = { size: threadsAt, off: [], 2: [] };
    for (let round = 0; round < threadsRounds; round++) {
      for (const setting of round % 2 === 0 ? ['off', '2'] : ['2', 'off']) {
        log(`${threadsAt} files, cold, --concurrency ${setting} (round ${round + 1} of ${threadsRounds})`);
        const cache = path.join(scratch, `eslintcache-${threadsAt}-threads-${setting}-${round}`);
        threads[setting].push(await runDemo(tree.root, ['--concurrency', setting, '--cache-location', cache]));
      }
    }
  }

  const ms = (v) => (v >= 10_000 ? `${(v / 1000).toFixed(0)} s` : v >= 1000 ? `${(v / 1000).toFixed(1)} s` : `${v.toFixed(0)} ms`);
  const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;
  const perFile = (v, n) => `${(v / n).toFixed(1)} ms`;
  const out = [];
  out.push(`Machine: ${machine()}; load average ${startLoad} at start, ${load()} at the end.`);
  out.push(
    `Command: \`node bench/growth.mjs --sizes '${sizes.join(',')}' --fc-share ${fcShare} --threads-at ${threadsAt} --threads-rounds ${threadsRounds}${heapCap ? ` --heap-cap ${heapCap}` : ''}\``,
  );
  if (rows.length > 0) out.push('');
  if (rows.length > 0) out.push('| files (real + FC-heavy) | source | findings | cold: wall | cold: per file | cold: files/s | cold: CPU per file | cold: peak RSS | warm: wall | warm: per file | warm: peak RSS |');
  if (rows.length > 0) out.push('| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const { size, tree, cold, warm } of rows) {
    out.push(
      `| ${size.toLocaleString('en-US')} (${tree.real} + ${tree.fc}) | ${(tree.bytes / 2 ** 20).toFixed(1)} MB | ${cold.findings ?? '?'} | ${ms(cold.wallMs)} | ${perFile(cold.wallMs, size)} | ${((size / cold.wallMs) * 1000).toFixed(0)} | ${perFile(cold.cpuMs, size)} | ${mb(cold.maxRssKb)} | ${ms(warm.wallMs)} | ${perFile(warm.wallMs, size)} | ${mb(warm.maxRssKb)} |`,
    );
  }
  if (rows.length > 1) {
    const [first, last] = [rows[0], rows.at(-1)];
    const growth = (a, b) => (b / a).toFixed(2);
    out.push('');
    out.push(
      `From ${first.size.toLocaleString('en-US')} to ${last.size.toLocaleString('en-US')} files (×${last.size / first.size}): cold wall ×${growth(first.cold.wallMs, last.cold.wallMs)}, ` +
        `cold CPU ×${growth(first.cold.cpuMs, last.cold.cpuMs)}, cold peak RSS ×${growth(first.cold.maxRssKb, last.cold.maxRssKb)}, warm wall ×${growth(first.warm.wallMs, last.warm.wallMs)}.`,
    );
  }
  if (threads) {
    const median = (values) => {
      const sorted = [...values].sort((a, b) => a - b);
      const mid = sorted.length >> 1;
      return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    };
    out.push('');
    out.push(`| files | --concurrency | cold runs: wall | median wall | files/s | median CPU | peak RSS |`);
    out.push('| --- | --- | --- | --- | --- | --- | --- |');
    for (const setting of ['off', '2']) {
      const runs = threads[setting];
      const wall = median(runs.map((r) => r.wallMs));
      out.push(
        `| ${threads.size.toLocaleString('en-US')} | ${setting} | ${runs.map((r) => ms(r.wallMs)).join(', ')} | ${ms(wall)} | ${((threads.size / wall) * 1000).toFixed(0)} | ${ms(median(runs.map((r) => r.cpuMs)))} | ${mb(Math.max(...runs.map((r) => r.maxRssKb)))} |`,
      );
    }
    const findings = new Set([...threads.off, ...threads[2]].map((r) => r.findings));
    if (findings.size > 1) out.push(`\nFindings differ between runs: ${[...findings].join(', ')}.`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
  if (values.json) await writeFile(values.json, `${JSON.stringify({ machine: machine(), startLoad, endLoad: load(), rows, threads }, null, 2)}\n`);
} finally {
  if (values.keep) log(`trees kept under ${scratch}`);
  else await rm(scratch, { recursive: true, force: true });
}

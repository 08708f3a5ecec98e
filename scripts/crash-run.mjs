#!/usr/bin/env node
// Crash run: every @fc-atlas rule (configs.all) over every JS/TS/JSX file in the workspace's node_modules, through
// @typescript-eslint/parser with JSX on. Prints files, parse failures, rule exceptions and time; exits 1 on any exception.
//
//   node scripts/crash-run.mjs [--limit N] [--workers N] [--json FILE] [--workspace-only]
//
// The workspace holds ~8 700 distinct JS/TS files (pnpm hard-links identical ones; each counts once); the full run adds
// the Node installation's own node_modules (npm, corepack) unless --workspace-only.
//
// Lints the built plugin (packages/eslint-plugin/dist): run `pnpm turbo run build --filter=@fc-atlas/eslint-plugin...`
// first (`pnpm robustness` does). The CI sample in packages/eslint-plugin/tests/robustness/crash-sample.test.ts uses
// the exports below on ~300 of the same files.
import { Linter } from 'eslint';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, isAbsolute, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { walkFiles } from './walk-files.mjs';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The plugin package to lint with (its built dist); FC_ATLAS_PLUGIN_DIR points at a snapshot when the tree is being rebuilt. */
const pluginDir = process.env.FC_ATLAS_PLUGIN_DIR ?? join(repoRoot, 'packages/eslint-plugin');

/** The file names the crash run lints: JS, TS (declaration files included) and JSX in every module flavour. */
export const CORPUS_FILE = /\.(?:[cm]?[jt]s|[jt]sx)$/;

/**
 * Every JS/TS/JSX file under `<root>/node_modules/.pnpm` (and under each of `extraDirs`), without following links and
 * counting each file once (pnpm hard-links identical files across packages, so a file is its inode), as
 * `{ path, size }` sorted by path: relative to the repo root for the workspace, absolute for `extraDirs`. The same
 * list on every machine with the same lockfile.
 */
export function listCorpusFiles(root = repoRoot, { extraDirs = [] } = {}) {
  const seen = new Set();
  const files = [];
  const visit = (base) => (path, name) => {
    if (!CORPUS_FILE.test(name)) return;
    const stat = lstatSync(path);
    const id = `${stat.dev}:${stat.ino}`;
    if (seen.has(id)) return;
    seen.add(id);
    files.push({ path: base ? relative(base, path) : path, size: stat.size });
  };
  walkFiles(join(root, 'node_modules', '.pnpm'), visit(root));
  const workspace = files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).splice(0);
  for (const dir of extraDirs) walkFiles(dir, visit(undefined));
  return [...workspace, ...files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))];
}

/** The node_modules of the running Node installation (npm, corepack, any global packages): more real code to lint. */
export const globalModulesDir = () => join(dirname(process.execPath), '..', 'lib', 'node_modules');

/**
 * A deterministic sample: every `stride`-th file of the sorted list (stride chosen to give about `count` files),
 * skipping files over `maxFileBytes` and stopping once `maxTotalBytes` are taken.
 */
export function sampleCorpus(files, { count, maxFileBytes, maxTotalBytes }) {
  const small = files.filter((f) => f.size <= maxFileBytes);
  const stride = Math.max(1, Math.floor(small.length / count));
  const sample = [];
  let total = 0;
  for (let i = 0; i < small.length && sample.length < count; i += stride) {
    if (total + small[i].size > maxTotalBytes) break;
    sample.push(small[i]);
    total += small[i].size;
  }
  return sample;
}

/** Wraps every rule so the time spent in its `create` and listeners (by `now`, in ms) is added to `times[ruleName]`. */
function timedPlugin(plugin, times, now) {
  const rules = {};
  for (const [name, rule] of Object.entries(plugin.rules)) {
    const clock = (fn) =>
      function timed(...args) {
        const start = now();
        try {
          return fn.apply(this, args);
        } finally {
          times[name] = (times[name] ?? 0) + now() - start;
        }
      };
    rules[name] = {
      ...rule,
      create: clock((context) => {
        const listeners = rule.create(context);
        return Object.fromEntries(Object.entries(listeners).map(([key, listener]) => [key, clock(listener)]));
      }),
    };
  }
  return { ...plugin, rules };
}

/**
 * A function that lints one file with every rule of `plugin` (`configs.all` rule settings) and reports what happened:
 * `exception` when a rule (or ESLint) threw, `parseError` when the parser rejected the file (not a rule's fault),
 * `findings` per rule, and `ruleMs`, the time (wall clock, or `clock`) spent inside the plugin's rules (`ruleTimes`: per rule, in the order
 * ESLint ran them; rules share the literal scanner's per-node cache, so the first rule to visit a string pays for it).
 */
export function createCrashLinter({ plugin, parser, rules = plugin.configs.all.rules, clock = () => performance.now() }) {
  const linter = new Linter({ configType: 'flat' });
  const times = {};
  const timed = timedPlugin(plugin, times, clock);
  const configs = {};
  const configFor = (sourceType) =>
    (configs[sourceType] ??= [
      {
        files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
        plugins: { '@fc-atlas': timed },
        languageOptions: {
          parser,
          sourceType,
          ecmaVersion: 'latest',
          // typescript-estree reads JSX in .js/.jsx/.tsx files; .ts files stay TypeScript (`<T>x` casts).
          parserOptions: { ecmaFeatures: { jsx: true } },
        },
        // Comments in third-party code must not switch our rules off or change their options.
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
        rules,
      },
    ]);

  const ruleCount = Object.keys(rules).length;
  return function lint(code, path) {
    for (const key of Object.keys(times)) delete times[key];
    // ESLint ignores paths under node_modules; lint under a neutral name that keeps the extension (`.d.ts`, `.tsx`).
    const filename = `corpus/${basename(path)}`;
    const sourceTypes = /\.c[jt]s$/.test(filename) ? ['commonjs'] : ['module', 'script'];
    let parseError;
    for (const sourceType of sourceTypes) {
      let messages;
      try {
        messages = linter.verify(code, configFor(sourceType), { filename });
      } catch (error) {
        return { exception: error, ruleMs: sumTimes(times), findings: {} };
      }
      const fatal = messages.find((m) => m.fatal);
      const unconfigured = messages.find((m) => !m.fatal && m.ruleId === null && m.message.startsWith('No matching configuration'));
      if (unconfigured) throw new Error(`the crash linter's own config did not apply to ${path}: ${unconfigured.message}`);
      if (fatal) {
        parseError ??= `${fatal.line}:${fatal.column} ${fatal.message}`;
        continue;
      }
      if (Object.keys(times).length !== ruleCount) throw new Error(`only ${Object.keys(times).join(', ')} ran on ${path}`);
      const findings = {};
      for (const m of messages) if (m.ruleId?.startsWith('@fc-atlas/')) findings[m.ruleId] = (findings[m.ruleId] ?? 0) + 1;
      return { findings, ruleMs: sumTimes(times), ruleTimes: { ...times }, messages };
    }
    return { parseError, ruleMs: 0, findings: {} };
  };
}

const sumTimes = (times) => Object.values(times).reduce((a, b) => a + b, 0);

/** Milliseconds of CPU time this process has used: unlike wall time, not inflated when other jobs share the machine. */
export const cpuClock = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/** The first lines of an error's stack, for a report that fits on a screen. */
export function shortStack(error, lines = 8) {
  return String(error?.stack ?? error).split('\n').slice(0, lines).join('\n');
}

/** Lints `files` (relative to the repo root); the summary the workers send back. */
async function lintFiles(files, onProgress) {
  const { default: plugin } = await import(pathToFileURL(join(pluginDir, 'dist/index.mjs')).href);
  const { default: parser } = await import('@typescript-eslint/parser');
  const lint = createCrashLinter({ plugin, parser });
  const summary = { files: 0, bytes: 0, parsed: 0, parseErrors: 0, exceptions: [], findings: {}, ruleMs: 0, slowest: [] };
  for (const file of files) {
    const path = isAbsolute(file.path) ? file.path : join(repoRoot, file.path);
    const code = readFileSync(path, 'utf8');
    const result = lint(code, path);
    summary.files++;
    summary.bytes += file.size;
    summary.ruleMs += result.ruleMs;
    if (result.exception) summary.exceptions.push({ file: file.path, stack: shortStack(result.exception, 14) });
    else if (result.parseError) summary.parseErrors++;
    else summary.parsed++;
    for (const [rule, n] of Object.entries(result.findings)) summary.findings[rule] = (summary.findings[rule] ?? 0) + n;
    summary.slowest.push({ file: file.path, size: file.size, ruleMs: result.ruleMs });
    summary.slowest.sort((a, b) => b.ruleMs - a.ruleMs).splice(5);
    if (summary.files % 500 === 0) onProgress?.(summary.files);
  }
  return summary;
}

function merge(summaries) {
  const total = { files: 0, bytes: 0, parsed: 0, parseErrors: 0, exceptions: [], findings: {}, ruleMs: 0, slowest: [] };
  for (const s of summaries) {
    for (const key of ['files', 'bytes', 'parsed', 'parseErrors', 'ruleMs']) total[key] += s[key];
    total.exceptions.push(...s.exceptions);
    for (const [rule, n] of Object.entries(s.findings)) total.findings[rule] = (total.findings[rule] ?? 0) + n;
    total.slowest.push(...s.slowest);
  }
  total.slowest.sort((a, b) => b.ruleMs - a.ruleMs).splice(5);
  return total;
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? args[at + 1] : fallback;
  };
  const limit = Number(option('--limit', Infinity));
  const workers = Number(option('--workers', Math.min(2, availableParallelism())));
  const jsonOut = option('--json', undefined);

  const started = performance.now();
  const extraDirs = args.includes('--workspace-only') ? [] : [globalModulesDir()].filter((dir) => existsSync(dir));
  const all = listCorpusFiles(repoRoot, { extraDirs });
  const fromWorkspace = all.filter((f) => !isAbsolute(f.path)).length;
  const files = Number.isFinite(limit) ? sampleCorpus(all, { count: limit, maxFileBytes: Infinity, maxTotalBytes: Infinity }) : all;
  console.log(
    `crash run: ${files.length} files (${(files.reduce((a, f) => a + f.size, 0) / 1e6).toFixed(1)} MB): ${fromWorkspace} from the workspace's node_modules/.pnpm${
      extraDirs.length ? `, ${all.length - fromWorkspace} from ${extraDirs.join(', ')}` : ''
    }; ${workers} workers`,
  );

  // Interleave so both workers get a similar mix of small and large files.
  const chunks = Array.from({ length: workers }, (_, w) => files.filter((_, i) => i % workers === w));
  let done = 0;
  const summaries = await Promise.all(
    chunks.map(
      (chunk) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { files: chunk }, resourceLimits: { maxOldGenerationSizeMb: 4096 } });
          worker.on('message', (message) => {
            if (message.progress) {
              done += 500;
              process.stdout.write(`  ${done} / ${files.length}\n`);
            } else resolve(message.summary);
          });
          worker.on('error', reject);
          worker.on('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
        }),
    ),
  );
  const total = merge(summaries);
  const seconds = (performance.now() - started) / 1000;

  console.log('');
  console.log(`files:        ${total.files} (${(total.bytes / 1e6).toFixed(1)} MB)`);
  console.log(`parsed:       ${total.parsed} (parser rejected ${total.parseErrors}: not JS/TS the parser accepts; no rule ran on them)`);
  console.log(`exceptions:   ${total.exceptions.length}`);
  console.log(`findings:     ${Object.entries(total.findings).map(([r, n]) => `${r} ${n}`).join(', ') || 'none'}`);
  const cpu = process.cpuUsage();
  console.log(
    `time:         ${seconds.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (all threads), ${(total.ruleMs / 1000).toFixed(2)} s inside the plugin's rules`,
  );
  console.log(`slowest files (time inside the rules):`);
  for (const s of total.slowest) console.log(`  ${s.ruleMs.toFixed(1).padStart(8)} ms  ${(s.size / 1024).toFixed(0).padStart(6)} KB  ${s.file}`);
  for (const e of total.exceptions) console.log(`\nEXCEPTION in ${e.file}\n${e.stack}`);
  if (jsonOut) {
    const { writeFileSync } = await import('node:fs');
    writeFileSync(jsonOut, `${JSON.stringify({ ...total, seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6, node: process.version }, null, 2)}\n`);
  }
  process.exitCode = total.exceptions.length > 0 ? 1 : 0;
}

if (!isMainThread && workerData?.files) {
  const summary = await lintFiles(workerData.files, () => parentPort.postMessage({ progress: true }));
  parentPort.postMessage({ summary });
} else if (isMainThread && process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await main();
}

#!/usr/bin/env node
// Lints a directory with @fc-atlas/eslint-plugin's recommended config; the directory needs no ESLint config of its own.
// Usage: node scripts/demo.mjs [dir] [options]   (run with --help for the options)
//
// This file is also the "options module" ESLint's worker threads import when concurrency is on: imported with an
// `?options=<json>` query it only builds and default-exports the ESLint options, and never runs the CLI.
import { createHash } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL, URLSearchParams } from 'node:url';
import { parseArgs } from 'node:util';
import { isMainThread } from 'node:worker_threads';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));
const DEFAULT_PLUGIN_URL = new URL('../packages/eslint-plugin/dist/index.mjs', import.meta.url);
const DEFAULT_DIR = path.join(REPO_ROOT, 'examples');
const DEFAULT_CACHE_ROOT = path.join(REPO_ROOT, 'node_modules', '.cache', 'fc-atlas');

const JS_FILES = ['**/*.js', '**/*.jsx', '**/*.mjs', '**/*.cjs'];
const TS_FILES = ['**/*.ts', '**/*.tsx', '**/*.mts', '**/*.cts'];
const LINTED_EXTENSIONS = new Set(['.js', '.jsx', '.mjs', '.cjs', '.ts', '.tsx', '.mts', '.cts']);
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.git']);

const DEFAULT_BATCH_SIZE = 200;
// Each lintFiles() call starts its own worker threads, so threaded batches must be big enough to pay for that.
const DEFAULT_THREADED_BATCH_SIZE = 2000;
// Each lintFiles() call also stats every cached file and rewrites the whole cache file, so a batch is at least this
// share of the files done: the cache is then written O(log n) times, about 1/share + 1 times its final size in all.
const BATCH_GROWTH = 1 / 4;
const LARGE_TREE = 1000;
// ESLint's "auto" runs at most half the cores as workers, and none when that is 1 (see calculateWorkerCount).
const AUTO_STARTS_WORKERS = availableParallelism() >= 4;

const EXIT_OK = 0;
const EXIT_FAILURE = 1;
const EXIT_USAGE = 2;

const PARSE_ERROR_ROW = '(parse error)';
const NOT_LINTED_ROW = '(could not lint)';

const HELP = `Usage: pnpm demo [dir] [options]
       node scripts/demo.mjs [dir] [options]

Lints every .js .jsx .mjs .cjs .ts .tsx .mts .cts file under <dir> (default: examples/) with
@fc-atlas/eslint-plugin's recommended config, skipping node_modules, dist and .git. The directory needs
no ESLint config; one that exists there is ignored. Prints ESLint's report, then findings per rule.

Options:
  --format <name>          ESLint formatter for the report (default: stylish). With any other formatter
                           the per-rule summary goes to stderr, so stdout stays machine-readable.
  --no-cache               Lint every file again (and drop the demo's cache file for this directory).
                           The cache is on by default; unchanged files are not linted again.
  --cache-location <path>  ESLint cache file or directory (default: node_modules/.cache/fc-atlas/<plugin hash>/).
  --concurrency <n|auto|off>
                           Worker threads (ESLint 9.34+; older ESLint lints in one thread). Default: auto,
                           ESLint's choice (up to half the cores, none on fewer than 4 cores or a small tree).
  --no-concurrency         Same as --concurrency off.
  --batch-size <n>         Files per lintFiles() call, the unit of progress (default: ${DEFAULT_BATCH_SIZE}, or ${DEFAULT_THREADED_BATCH_SIZE} when
                           worker threads run, and at least a quarter of the files done: each call rewrites the
                           whole cache, so fixed batches would make big trees quadratic).
  -h, --help               Show this help.

Environment:
  FC_ATLAS_PLUGIN          The plugin to load instead of packages/eslint-plugin/dist/index.mjs: a module
                           file, a file: URL, or a package directory (e.g. an unpacked \`pnpm pack\` tarball).

Exit codes: 0 the lint ran (whatever it found); 1 the plugin could not be loaded or a file could not be
linted; 2 bad arguments or <dir> is missing / not a directory.`;

class UsageError extends Error {}
class SetupError extends Error {}

// ---------------------------------------------------------------------------------------------------------------
// ESLint options (shared by the CLI and the worker-thread options module)
// ---------------------------------------------------------------------------------------------------------------

/** Resolves FC_ATLAS_PLUGIN (file, file: URL or package directory) to a module URL. */
async function resolvePluginUrl(spec, baseDir) {
  if (!spec) return DEFAULT_PLUGIN_URL;
  if (spec.startsWith('file:')) return new URL(spec);
  const target = path.resolve(baseDir, spec);
  const info = await stat(target).catch(() => undefined);
  if (!info) throw new SetupError(`FC_ATLAS_PLUGIN points at ${target}, which does not exist.`);
  if (!info.isDirectory()) return pathToFileURL(target);
  const manifestPath = path.join(target, 'package.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8').catch(() => '{}'));
  const entry = esmEntryOf(manifest);
  if (!entry) throw new SetupError(`FC_ATLAS_PLUGIN points at ${target}, but ${manifestPath} names no entry point.`);
  return pathToFileURL(path.join(target, entry));
}

/** The file `import '<package>'` would load, read from a package.json (exports["."], then module, then main). */
function esmEntryOf(manifest) {
  let entry = manifest.exports;
  if (entry && typeof entry === 'object' && '.' in entry) entry = entry['.'];
  while (entry && typeof entry === 'object') entry = entry.import ?? entry.default ?? entry.node;
  return typeof entry === 'string' ? entry : (manifest.module ?? manifest.main);
}

async function loadPlugin(pluginUrl) {
  let mod;
  try {
    mod = await import(pluginUrl.href);
  } catch (error) {
    const where = pluginUrl.protocol === 'file:' ? fileURLToPath(pluginUrl) : pluginUrl.href;
    const hint =
      pluginUrl.href === DEFAULT_PLUGIN_URL.href
        ? ' Build it first (`pnpm demo` does; or `pnpm turbo run build --filter=@fc-atlas/eslint-plugin`), or set FC_ATLAS_PLUGIN.'
        : '';
    throw new SetupError(`Cannot load the plugin from ${where}: ${firstLine(error)}.${hint}`);
  }
  const plugin = mod.default ?? mod;
  if (!plugin?.configs?.recommended) {
    throw new SetupError(`The plugin at ${pluginUrl.href} has no configs.recommended.`);
  }
  return plugin;
}

/** Flat config entries of configs.recommended (an object or an array of them). */
const recommendedConfigs = (plugin) => [plugin.configs.recommended].flat();

function buildOverrideConfig(plugin) {
  return [
    {
      name: 'fc-atlas-demo/files',
      files: [...JS_FILES, ...TS_FILES],
      // Foreign code has disable comments for plugins we don't load; they must not become findings.
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    {
      name: 'fc-atlas-demo/javascript',
      files: JS_FILES,
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { name: 'fc-atlas-demo/commonjs', files: ['**/*.cjs'], languageOptions: { sourceType: 'commonjs' } },
    {
      name: 'fc-atlas-demo/typescript',
      files: TS_FILES,
      // typescript-estree decides JSX by extension for .ts/.tsx/.mts/.cts, so `<T>x` casts in .ts still parse.
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    },
    { name: 'fc-atlas-demo/cts', files: ['**/*.cts'], languageOptions: { sourceType: 'commonjs' } },
    ...recommendedConfigs(plugin),
  ];
}

/** @param {{ pluginUrl: string, cwd: string, cache: boolean, cacheLocation: string, concurrency?: string | number }} settings */
async function buildEslintOptions(settings) {
  const plugin = await loadPlugin(new URL(settings.pluginUrl));
  return {
    cwd: settings.cwd,
    overrideConfigFile: true,
    overrideConfig: buildOverrideConfig(plugin),
    cache: settings.cache,
    cacheLocation: settings.cacheLocation,
    errorOnUnmatchedPattern: false,
    warnIgnored: false,
    ...(settings.concurrency === undefined ? {} : { concurrency: settings.concurrency }),
  };
}

// ESLint's worker threads import this file with ?options=<json> and read the default export.
const optionsQuery = new URL(import.meta.url).searchParams.get('options');
export default optionsQuery === null ? undefined : await buildEslintOptions(JSON.parse(optionsQuery));

// ---------------------------------------------------------------------------------------------------------------
// CLI
// ---------------------------------------------------------------------------------------------------------------

/** Relative paths are relative to where the user typed `pnpm demo`, not to the repo root pnpm runs scripts in. */
function userCwd() {
  return process.env.npm_lifecycle_event === 'demo' && process.env.INIT_CWD ? process.env.INIT_CWD : process.cwd();
}

function parseCli(argv) {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        'no-cache': { type: 'boolean' },
        'cache-location': { type: 'string' },
        concurrency: { type: 'string' },
        'no-concurrency': { type: 'boolean' },
        format: { type: 'string' },
        'batch-size': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(firstLine(error));
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) {
    throw new UsageError(`Expected one directory, got ${positionals.length}: ${positionals.join(' ')}`);
  }
  if (values['no-concurrency'] && values.concurrency !== undefined) {
    throw new UsageError('--no-concurrency and --concurrency contradict each other; pass one.');
  }
  return {
    help: values.help ?? false,
    dir: positionals[0],
    cache: !values['no-cache'],
    cacheLocation: values['cache-location'],
    concurrency: values['no-concurrency'] ? 'off' : values.concurrency === undefined ? undefined : parseConcurrency(values.concurrency),
    format: values.format ?? 'stylish',
    batchSize: values['batch-size'] === undefined ? undefined : parsePositiveInteger('--batch-size', values['batch-size']),
  };
}

function parseConcurrency(value) {
  if (value === 'auto' || value === 'off') return value;
  return parsePositiveInteger('--concurrency', value, 'auto or off');
}

function parsePositiveInteger(flag, value, alternatives) {
  if (/^[1-9]\d*$/.test(value)) return Number(value);
  const choices = alternatives ? `a positive integer, ${alternatives}` : 'a positive integer';
  throw new UsageError(`${flag} must be ${choices}; got "${value}".`);
}

async function resolveTargetDir(dirArg, baseDir) {
  const dir = dirArg === undefined ? DEFAULT_DIR : path.resolve(baseDir, dirArg);
  const info = await stat(dir).catch(() => undefined);
  if (!info) throw new UsageError(`Directory not found: ${dir}`);
  if (!info.isDirectory()) throw new UsageError(`Not a directory: ${dir}`);
  return dir;
}

/** Every lintable file under root, sorted; symlinks are not followed. */
async function collectFiles(root) {
  const files = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.pop();
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch (error) {
      process.stderr.write(`fc-atlas demo: skipping unreadable directory ${dir}: ${firstLine(error)}\n`);
      continue;
    }
    for (const entry of entries) {
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path.join(dir, entry.name));
      } else if (entry.isFile() && LINTED_EXTENSIONS.has(path.extname(entry.name))) {
        files.push(path.join(dir, entry.name));
      }
    }
  }
  return files.sort();
}

/** The default cache directory is keyed by the plugin's built files, so a rebuilt plugin never reuses stale results. */
async function defaultCacheLocation(pluginUrl) {
  const hash = createHash('sha256');
  hash.update(ESLint.version);
  hash.update(await readFile(fileURLToPath(import.meta.url)));
  if (pluginUrl.protocol === 'file:') {
    const entryPath = fileURLToPath(pluginUrl);
    const dirs = [path.dirname(entryPath)];
    try {
      // The plugin imports its data from @fc-atlas/catalog; a rebuilt catalog must invalidate the cache too.
      dirs.push(path.dirname(createRequire(entryPath).resolve('@fc-atlas/catalog')));
    } catch {
      // A bundled or stand-in plugin has no catalog next to it.
    }
    for (const dir of dirs) await hashDirectoryFiles(hash, dir);
  } else {
    hash.update(pluginUrl.href);
  }
  return path.join(DEFAULT_CACHE_ROOT, hash.digest('hex').slice(0, 16)) + path.sep;
}

async function hashDirectoryFiles(hash, dir) {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isFile()) continue;
    hash.update(entry.name);
    hash.update(await readFile(path.join(dir, entry.name)));
  }
}

async function createEslint(settings) {
  if (settings.concurrency === undefined || settings.concurrency === 'off') {
    return new ESLint(await buildEslintOptions(settings));
  }
  // Plugins and parsers cannot be cloned into worker threads; workers rebuild the options from this module.
  const optionsUrl = new URL(import.meta.url);
  optionsUrl.search = new URLSearchParams({ options: JSON.stringify(settings) }).toString();
  return ESLint.fromOptionsModule(optionsUrl);
}

/** Lints a tiny file of each kind so a broken config or rule fails once, up front, instead of once per file. */
async function probeConfig(eslint, root) {
  for (const ext of ['.js', '.tsx']) {
    const filePath = path.join(root, `__fc_atlas_demo_probe__${ext}`);
    try {
      await eslint.lintText('export const probe = "fc-atlas";\n', { filePath });
    } catch (error) {
      throw new SetupError(`ESLint cannot run the plugin's recommended config: ${firstLine(error)}`);
    }
  }
}

/** A result for a file ESLint could not lint (unreadable, or a rule crashed on it): shown as a finding. */
function notLintedResult(filePath, error) {
  const text = error instanceof Error ? error.message : String(error);
  // ESLint appends "Occurred while linting <file>:<line>" and 'Rule: "<id>"' to a rule's exception.
  const line = Number(/Occurred while linting .*:(\d+)/.exec(text)?.[1] ?? 1);
  const rule = /Rule: "([^"]+)"/.exec(text)?.[1];
  const message = rule ? `Could not lint this file: rule ${rule} crashed: ${firstLine(error)}` : `Could not lint this file: ${firstLine(error)}`;
  return {
    filePath,
    messages: [{ ruleId: null, fatal: true, severity: 2, line, column: 1, message }],
    suppressedMessages: [],
    errorCount: 1,
    fatalErrorCount: 1,
    warningCount: 0,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    usedDeprecatedRules: [],
    notLinted: true,
  };
}

async function lintBatch(eslint, batch) {
  try {
    return await eslint.lintFiles(batch);
  } catch {
    // One bad file fails the whole call; lint one by one to pin it down.
    const results = [];
    for (const file of batch) {
      try {
        results.push(...(await eslint.lintFiles([file])));
      } catch (error) {
        results.push(notLintedResult(file, error));
      }
    }
    return results;
  }
}

function createProgress(total, enabled) {
  const interactive = process.stderr.isTTY;
  const started = performance.now();
  return {
    update(done) {
      if (!enabled) return;
      const seconds = (performance.now() - started) / 1000;
      const line = `linted ${done}/${total} files, ${seconds.toFixed(0)} s, ${Math.round(done / Math.max(seconds, 0.001))} files/s`;
      process.stderr.write(interactive ? `\r${line}` : `${line}\n`);
    },
    finish() {
      if (enabled && interactive) process.stderr.write('\n');
    },
  };
}

/**
 * The demo shows the plugin's findings, parse errors and files it could not lint. A foreign file's own eslint comments can
 * switch on core rules or name rules of plugins we don't load ("Definition for rule ... was not found"): dropped, counted.
 * @returns {number} how many messages were dropped
 */
function keepPluginMessages(result, ownsRule) {
  const kept = result.messages.filter((message) =>
    message.ruleId === null ? result.notLinted || isParseError(message) : ownsRule(message.ruleId),
  );
  const dropped = result.messages.length - kept.length;
  if (dropped === 0) return 0;
  result.messages = kept;
  result.errorCount = kept.filter((m) => m.severity === 2).length;
  result.warningCount = kept.length - result.errorCount;
  result.fatalErrorCount = kept.filter((m) => m.fatal).length;
  result.fixableErrorCount = kept.filter((m) => m.severity === 2 && m.fix).length;
  result.fixableWarningCount = kept.filter((m) => m.severity !== 2 && m.fix).length;
  return dropped;
}

const isParseError = (message) => message.fatal === true && message.message.startsWith('Parsing error');

/** True for the rules of the plugin's recommended config and any other rule in the plugin's namespace. */
function pluginRuleMatcher(plugin) {
  const ruleIds = new Set();
  const prefixes = [];
  for (const config of recommendedConfigs(plugin)) {
    for (const ruleId of Object.keys(config.rules ?? {})) ruleIds.add(ruleId);
    for (const namespace of Object.keys(config.plugins ?? {})) prefixes.push(`${namespace}/`);
  }
  return (ruleId) => ruleIds.has(ruleId) || prefixes.some((prefix) => ruleId.startsWith(prefix));
}

function severityOf(entry) {
  const value = Array.isArray(entry) ? entry[0] : entry;
  return value === 'off' || value === 0 ? 0 : 1;
}

function tallyFindings(results, counts) {
  for (const result of results) {
    for (const message of result.messages) {
      const row = message.ruleId ?? (result.notLinted ? NOT_LINTED_ROW : PARSE_ERROR_ROW);
      const count = counts.get(row) ?? { errors: 0, warnings: 0 };
      if (message.severity === 2) count.errors++;
      else count.warnings++;
      counts.set(row, count);
    }
  }
}

function renderSummary({ dir, plugin, counts, totals, seconds }) {
  // Every enabled rule gets a row, with 0 when it found nothing; rules sorted, then parse errors and crashes.
  const rows = new Map();
  const enabled = recommendedConfigs(plugin).flatMap((config) =>
    Object.entries(config.rules ?? {}).filter(([, entry]) => severityOf(entry)).map(([ruleId]) => ruleId),
  );
  const ruleRows = [...new Set([...enabled, ...[...counts.keys()].filter((row) => !row.startsWith('('))])].sort();
  for (const row of [...ruleRows, PARSE_ERROR_ROW, NOT_LINTED_ROW]) {
    if (counts.has(row) || ruleRows.includes(row)) rows.set(row, counts.get(row) ?? { errors: 0, warnings: 0 });
  }

  const width = Math.max(28, ...[...rows.keys()].map((row) => row.length));
  const line = (label, findings) => `${label.padEnd(width)}  ${String(findings).padStart(8)}`;
  const findings = (count) => count.errors + count.warnings;
  const total = totals.errors + totals.warnings;
  const relative = path.relative(REPO_ROOT, dir);
  const shownDir = relative === '' ? '.' : relative.startsWith('..') || path.isAbsolute(relative) ? dir : relative;
  const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [
    '',
    `fc-atlas findings in ${shownDir} (${plural(totals.files, 'file')}, ${seconds.toFixed(1)} s)`,
    line('rule', 'findings'),
    line('-'.repeat(width), '-'.repeat(8)),
    ...[...rows].map(([row, count]) => line(row, findings(count))),
    line('-'.repeat(width), '-'.repeat(8)),
    line('total', total),
    `${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')} in ${totals.filesWithFindings} of ${plural(totals.files, 'file')}` +
      (totals.notLinted ? `; ${plural(totals.notLinted, 'file')} could not be linted` : ''),
    ...(totals.dropped
      ? [`(${plural(totals.dropped, 'message')} from the files' own eslint comments about other rules left out)`]
      : []),
    '',
  ].join('\n');
}

async function run(argv) {
  const options = parseCli(argv);
  if (options.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT_OK;
  }
  const baseDir = userCwd();
  const dir = await resolveTargetDir(options.dir, baseDir);

  const hasConcurrency = typeof ESLint.fromOptionsModule === 'function';
  let concurrency = options.concurrency ?? (hasConcurrency ? 'auto' : undefined);
  if (concurrency !== undefined && concurrency !== 'off' && !hasConcurrency) {
    process.stderr.write(`fc-atlas demo: ESLint ${ESLint.version} has no --concurrency (needs 9.34+); linting in one thread.\n`);
    concurrency = undefined;
  }
  const threaded = typeof concurrency === 'number' ? concurrency > 1 : concurrency === 'auto' && AUTO_STARTS_WORKERS;

  const pluginUrl = await resolvePluginUrl(process.env.FC_ATLAS_PLUGIN, baseDir);
  const plugin = await loadPlugin(pluginUrl);
  const cacheLocation = options.cacheLocation
    ? path.resolve(baseDir, options.cacheLocation) + (/[\\/]$/.test(options.cacheLocation) ? path.sep : '')
    : await defaultCacheLocation(pluginUrl);

  const eslint = await createEslint({ pluginUrl: pluginUrl.href, cwd: dir, cache: options.cache, cacheLocation, concurrency });
  let formatter;
  try {
    formatter = await eslint.loadFormatter(options.format);
  } catch (error) {
    throw new UsageError(`Unknown --format "${options.format}": ${firstLine(error)}`);
  }
  await probeConfig(eslint, dir);

  const started = performance.now();
  const files = await collectFiles(dir);
  const minBatch = threaded ? DEFAULT_THREADED_BATCH_SIZE : DEFAULT_BATCH_SIZE;
  const batchSizeAfter = (done) => options.batchSize ?? Math.max(minBatch, Math.floor(done * BATCH_GROWTH));
  const progress = createProgress(files.length, process.stderr.isTTY || files.length > LARGE_TREE);
  const counts = new Map();
  const totals = { files: files.length, filesWithFindings: 0, errors: 0, warnings: 0, notLinted: 0, dropped: 0 };
  const ownsRule = pluginRuleMatcher(plugin);
  const results = [];

  for (let start = 0; start < files.length; ) {
    const end = Math.min(start + batchSizeAfter(start), files.length);
    const batchResults = await lintBatch(eslint, files.slice(start, end));
    for (const result of batchResults) totals.dropped += keepPluginMessages(result, ownsRule);
    tallyFindings(batchResults, counts);
    for (const result of batchResults) {
      // Keep what the formatter needs, never the source text.
      delete result.source;
      delete result.output;
      totals.errors += result.errorCount;
      totals.warnings += result.warningCount;
      if (result.messages.length > 0) totals.filesWithFindings++;
      if (result.notLinted) totals.notLinted++;
      results.push(result);
    }
    progress.update(end);
    start = end;
  }
  progress.finish();

  const report = await formatter.format(results);
  if (report) process.stdout.write(report.endsWith('\n') ? report : `${report}\n`);
  const summary = renderSummary({ dir, plugin, counts, totals, seconds: (performance.now() - started) / 1000 });
  (options.format === 'stylish' ? process.stdout : process.stderr).write(summary);
  if (files.length === 0) process.stderr.write(`fc-atlas demo: no ${[...LINTED_EXTENSIONS].join(' ')} files under ${dir}\n`);
  return totals.notLinted > 0 ? EXIT_FAILURE : EXIT_OK;
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n', 1)[0].replace(/\.$/, '');
}

/** True when node runs this file (also through a symlink), not when ESLint's workers or a test import it. */
function invokedAsScript() {
  if (optionsQuery !== null || !isMainThread || process.argv[1] === undefined) return false;
  try {
    return realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
  } catch {
    return false;
  }
}

/** ESLint warns once per lintFiles() call (e.g. about poor concurrency); with batches that would repeat the same line. */
function emitEachWarningOnce() {
  const seen = new Set();
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning, ...rest) => {
    const key = `${typeof warning === 'string' ? warning : warning?.message}\0${JSON.stringify(rest[0] ?? '')}`;
    if (seen.has(key)) return;
    seen.add(key);
    emitWarning(warning, ...rest);
  };
}

if (invokedAsScript()) {
  emitEachWarningOnce();
  try {
    process.exitCode = await run(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`fc-atlas demo: ${error.message}\nRun with --help for usage.\n`);
      process.exitCode = EXIT_USAGE;
    } else if (error instanceof SetupError) {
      process.stderr.write(`fc-atlas demo: ${error.message}\n`);
      process.exitCode = EXIT_FAILURE;
    } else {
      throw error;
    }
  }
}

// `eslint --concurrency` with the plugin, through the real CLI on a generated tree: each worker thread loads
// eslint.config.mjs (and so the plugin) itself, and the results must be the same whatever the number of threads.
// ESLint 9.34+ has the flag; the root has ESLint 10, and tests-consumers/concurrency-eslint9.test.ts covers ESLint 9.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { builtPlugin, builtPluginConfig, findings, lintedFiles, removeTempDir, runEslint, tempDir, workerThreads, writeFixtureTree } from './cli-support.js';

// More than ESLint's 50 files per worker for `auto` (so on four or more cores `auto` lints in two threads) and enough for
// both threads of `--concurrency=2` to take files; each run costs mostly its process and threads starting, not the files.
const FILES = 60;
const TIMEOUT = 90_000;

describe('rule options in every preset', () => {
  const entries = Object.entries(plugin.configs).flatMap(([preset, config]) =>
    Object.entries(config.rules ?? {}).map(([rule, entry]): [string, string, unknown] => [preset, rule, entry]),
  );
  const defaults = Object.entries(plugin.rules).map(([rule, module]): [string, unknown] => [
    rule,
    (module as { defaultOptions?: unknown }).defaultOptions,
  ]);

  // Worker threads get options by structured clone (the API) or by loading the config file, and the cache hashes the
  // config as JSON: a function would not clone, and a RegExp would hash as {} and mix up two different configs.
  it.each(entries)('%s: %s survives structuredClone and a JSON round trip', (_preset, _rule, entry) => {
    expect(structuredClone(entry)).toStrictEqual(entry);
    expect(JSON.parse(JSON.stringify(entry))).toStrictEqual(entry);
  });

  it.each(defaults)('the default options of %s survive structuredClone and a JSON round trip', (_rule, defaultOptions) => {
    expect(structuredClone(defaultOptions)).toStrictEqual(defaultOptions);
    expect(JSON.parse(JSON.stringify(defaultOptions))).toStrictEqual(defaultOptions);
  });

  it.each(Object.keys(plugin.configs))('%s: the config ESLint computes serialises with the plugin named and versioned', async (preset) => {
    const eslint = new ESLint({ overrideConfigFile: true, overrideConfig: [plugin.configs[preset as keyof typeof plugin.configs]] });
    const config = JSON.parse(JSON.stringify(await eslint.calculateConfigForFile('file.js'))) as { plugins: string[] };
    expect(config.plugins).toContain(`${plugin.meta.namespace}:${plugin.meta.name}@${plugin.meta.version}`);
  });
});

describe(`eslint --concurrency on ${FILES} generated files`, () => {
  let scratch = '';
  let tree = '';
  let files: string[] = [];
  let singleThreadFindings: string[] = [];

  beforeAll(async () => {
    scratch = await tempDir('cli-concurrency');
    const entry = await builtPlugin(scratch);
    tree = join(scratch, 'tree');
    await mkdir(tree);
    files = await writeFixtureTree(tree, builtPluginConfig(entry), FILES);
  }, TIMEOUT);
  afterAll(() => removeTempDir(scratch));

  const lint = (...flags: string[]) => runEslint(tree, [...flags, '--format', 'json', '--debug', 'src']);

  it('--concurrency=1 lints in one thread', { timeout: TIMEOUT }, async () => {
    const run = await lint('--concurrency=1');
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(workerThreads(run.stderr)).toBe(0);
    expect(lintedFiles(run.stderr, tree)).toEqual(files);
    singleThreadFindings = findings(run.stdout, tree);
    expect(singleThreadFindings.filter((line) => line.includes(': fatal: '))).toEqual([]);
    expect(singleThreadFindings.some((line) => line.includes(' @fc-atlas/valid-endpoint/'))).toBe(true);
  });

  it('--concurrency=2 lints in two worker threads and reports the same; cached, it re-lints nothing', { timeout: TIMEOUT }, async () => {
    const cache = ['--cache', '--cache-location', join(scratch, 'eslintcache')];
    const first = await lint('--concurrency=2', ...cache);
    expect(first.code, first.stderr.slice(-2000)).toBe(1);
    expect(workerThreads(first.stderr)).toBe(2);
    expect(lintedFiles(first.stderr, tree)).toEqual(files);
    expect(findings(first.stdout, tree)).toEqual(singleThreadFindings);

    const second = await lint('--concurrency=2', ...cache);
    expect(second.code, second.stderr.slice(-2000)).toBe(1);
    expect(lintedFiles(second.stderr, tree)).toEqual([]);
    expect(findings(second.stdout, tree)).toEqual(singleThreadFindings);
  });

  it('--concurrency=auto reports the same (on two cores ESLint picks one thread)', { timeout: TIMEOUT }, async () => {
    const run = await lint('--concurrency=auto');
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(workerThreads(run.stderr)).toEqual(expect.any(Number));
    expect(lintedFiles(run.stderr, tree)).toEqual(files);
    expect(findings(run.stdout, tree)).toEqual(singleThreadFindings);
  });
});

// `eslint --cache` with the plugin, through the real CLI on a generated tree: ESLint keys each cached result on the
// file and on the config, and the config names the plugin by its meta (`@fc-atlas/eslint-plugin@<version>`). So a second
// run re-lints nothing and reports the same findings, and only a new plugin version (or an edited file) re-lints.
// "Re-linted" is read from `--debug`: the linter logs "Linting code for <file>" for each file it runs the rules on.
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  builtPlugin,
  builtPluginConfig,
  cachedFiles,
  copyPlugin,
  findings,
  lintedFiles,
  perTemplate,
  pluginMeta,
  removeTempDir,
  runEslint,
  tempDir,
  writeFixtureTree,
} from './cli-support.js';

// Three copies of each template: enough to show that every copy reports the same and that one edited file alone is
// re-linted; the cache's behaviour does not change with the number of files.
const FILES = 12;
const TIMEOUT = 90_000;

describe(`eslint --cache on ${FILES} generated files`, () => {
  let scratch = '';
  let tree = '';
  let plugin = '';
  let files: string[] = [];
  let cacheFile = '';
  let firstFindings: string[] = [];

  beforeAll(async () => {
    scratch = await tempDir('cli-cache');
    plugin = await builtPlugin(scratch);
    tree = join(scratch, 'tree');
    await mkdir(tree);
    files = await writeFixtureTree(tree, builtPluginConfig(plugin), FILES);
    cacheFile = join(scratch, 'eslintcache');
  }, TIMEOUT);
  afterAll(() => removeTempDir(scratch));

  const lint = () => runEslint(tree, ['--cache', '--cache-location', cacheFile, '--format', 'json', '--debug', 'src']);
  const usePlugin = (entry: string) => writeFile(join(tree, 'eslint.config.mjs'), builtPluginConfig(entry));

  it('lints every file on the first run and reports what the templates plant', { timeout: TIMEOUT }, async () => {
    const run = await lint();
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(lintedFiles(run.stderr, tree)).toEqual(files);
    firstFindings = findings(run.stdout, tree);
    expect(firstFindings.filter((line) => line.includes(': fatal: '))).toEqual([]);
    expect(firstFindings.some((line) => line.includes(' @fc-atlas/valid-endpoint/'))).toBe(true);
    // Every copy of a template reports the same, and the clean template reports nothing.
    const templates = perTemplate(firstFindings);
    expect([...templates.values()].map((variants) => variants.size)).toEqual([...templates.keys()].map(() => 1));
    expect([...templates.keys()].sort()).toEqual(['Links.tsx', 'client.js', 'retry.ts']);
  });

  it('re-lints nothing on the second run, reports the same findings and leaves the cache as it was', { timeout: TIMEOUT }, async () => {
    const before = await readFile(cacheFile, 'utf8');
    const run = await lint();
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(lintedFiles(run.stderr, tree)).toEqual([]);
    expect(cachedFiles(run.stderr, tree)).toEqual(files);
    expect(findings(run.stdout, tree)).toEqual(firstFindings);
    expect(await readFile(cacheFile, 'utf8')).toBe(before);
  });

  it('keeps the cache for a copy of the plugin with the same name and version; re-lints only an edited file', { timeout: TIMEOUT }, async () => {
    const copy = await copyPlugin(plugin, join(scratch, 'same-version'));
    await usePlugin(copy);
    const edited = files[1]!;
    await appendFile(join(tree, edited), '// edited\n');
    const run = await lint();
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(lintedFiles(run.stderr, tree)).toEqual([edited]);
    expect(findings(run.stdout, tree)).toEqual(firstFindings);
  });

  it('re-lints every file when the plugin version changes, and reports the same findings', { timeout: TIMEOUT }, async () => {
    const meta = await pluginMeta(plugin);
    const copy = await copyPlugin(plugin, join(scratch, 'next-version'), `${meta.version}-next`);
    expect(await pluginMeta(copy)).toEqual({ ...meta, version: `${meta.version}-next` });
    await usePlugin(copy);
    const run = await lint();
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(lintedFiles(run.stderr, tree)).toEqual(files);
    expect(findings(run.stdout, tree)).toEqual(firstFindings);
  });
});

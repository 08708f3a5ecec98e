// ESLint 9's --concurrency (9.34+) and --cache with the packed plugin, in a stranger's npm project: the ESLint 9 half of
// tests/integration/cli-concurrency.test.ts (the repo itself has only ESLint 10), on the same generated tree.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eslintConfig, findings, lintedFiles, runEslint, workerThreads, writeFixtureTree } from '../tests/integration/cli-support.js';
import { json, npmInstall, packed, strangerEnv, tempProject } from './support.js';

const ESLINT_VERSION = '9.39.5';
const FILES = 200;

describe(`--concurrency and --cache with eslint@${ESLINT_VERSION}`, () => {
  let dir = '';
  let files: string[] = [];
  let singleThreadFindings: string[] = [];
  const lint = (...flags: string[]) =>
    runEslint(dir, [...flags, '--format', 'json', '--debug', 'src'], {
      bin: join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'),
      env: strangerEnv(),
    });

  beforeAll(async () => {
    const { catalog, plugin } = packed();
    // The parser version the repo itself tests with.
    const { version: parserVersion } = createRequire(import.meta.url)('@typescript-eslint/parser/package.json') as { version: string };
    dir = await tempProject(`concurrency-eslint-${ESLINT_VERSION}`, {
      'package.json': json({
        name: 'consumer',
        private: true,
        type: 'module',
        devDependencies: {
          eslint: ESLINT_VERSION,
          '@fc-atlas/eslint-plugin': `file:${plugin}`,
          '@fc-atlas/catalog': `file:${catalog}`,
          // The fixture tree has TS and TSX files, so the project has the parser a TypeScript user would.
          '@typescript-eslint/parser': parserVersion,
        },
      }),
    });
    files = await writeFixtureTree(dir, eslintConfig('@fc-atlas/eslint-plugin', '@typescript-eslint/parser'), FILES);
    await npmInstall(dir);
  });

  it('installs the requested ESLint', () => {
    const installed = JSON.parse(readFileSync(join(dir, 'node_modules/eslint/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(ESLINT_VERSION);
  });

  it('--concurrency=1 lints every file in one thread', async () => {
    const run = await lint('--concurrency=1');
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(workerThreads(run.stderr)).toBe(0);
    expect(lintedFiles(run.stderr, dir)).toEqual(files);
    singleThreadFindings = findings(run.stdout, dir);
    expect(singleThreadFindings.filter((line) => line.includes(': fatal: '))).toEqual([]);
    expect(singleThreadFindings.some((line) => line.includes(' @fc-atlas/valid-endpoint/'))).toBe(true);
  });

  it('--concurrency=2 lints in two worker threads and reports the same; cached, it re-lints nothing', async () => {
    const cache = ['--cache', '--cache-location', join(dir, '.eslintcache')];
    const first = await lint('--concurrency=2', ...cache);
    expect(first.code, first.stderr.slice(-2000)).toBe(1);
    expect(workerThreads(first.stderr)).toBe(2);
    expect(lintedFiles(first.stderr, dir)).toEqual(files);
    expect(findings(first.stdout, dir)).toEqual(singleThreadFindings);

    const second = await lint('--concurrency=2', ...cache);
    expect(second.code, second.stderr.slice(-2000)).toBe(1);
    expect(lintedFiles(second.stderr, dir)).toEqual([]);
    expect(findings(second.stdout, dir)).toEqual(singleThreadFindings);
  });

  it('--concurrency=auto reports the same', async () => {
    const run = await lint('--concurrency=auto');
    expect(run.code, run.stderr.slice(-2000)).toBe(1);
    expect(workerThreads(run.stderr)).toEqual(expect.any(Number));
    expect(findings(run.stdout, dir)).toEqual(singleThreadFindings);
  });
});

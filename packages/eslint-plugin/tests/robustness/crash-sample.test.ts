// CI sample of the crash run (`pnpm robustness` runs scripts/crash-run.mjs: every file): a fixed stride through the
// sorted list of JS/TS/JSX files in node_modules, small files only, so it runs in seconds. A rule that throws takes the
// whole lint run down.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crashRun, parser, pluginSource, repoRoot } from './support.js';

const SAMPLE = { count: 150, maxFileBytes: 16 * 1024, maxTotalBytes: 500_000 };

describe('crash run sample: configs.all over real files from node_modules', { timeout: 60_000 }, () => {
  const files = crashRun.sampleCorpus(crashRun.listCorpusFiles(repoRoot), SAMPLE);

  it('samples enough files, of every kind', () => {
    expect(files.length).toBeGreaterThanOrEqual(125);
    const kinds = new Set(files.map((f) => /\.d\.[cm]?ts$/.test(f.path) ? 'd.ts' : /\.[cm]?ts$|\.tsx$/.test(f.path) ? 'ts' : 'js'));
    expect([...kinds].sort()).toEqual(['d.ts', 'js', 'ts']);
  });

  it('lints every sampled file without an exception', { timeout: 300_000 }, () => {
    const lint = crashRun.createCrashLinter({ plugin: pluginSource, parser });
    const exceptions: string[] = [];
    let parsed = 0;
    for (const file of files) {
      const result = lint(readFileSync(join(repoRoot, file.path), 'utf8'), join(repoRoot, file.path));
      if (result.exception) exceptions.push(`${file.path}\n${crashRun.shortStack(result.exception)}`);
      else if (!result.parseError) parsed++;
    }
    expect(exceptions).toEqual([]);
    // Most files parse: the rules really ran on them (a parse failure is not a crash, but would hide one).
    expect(parsed).toBeGreaterThan(files.length * 0.9);
  });
});

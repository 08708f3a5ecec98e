// Shared by the robustness tests: the plugin from source, the parser, and typed handles on the root scripts' exports
// (scripts/crash-run.mjs and scripts/fuzz.mjs), so the CI samples and the full runs share one implementation.
import tsParser from '@typescript-eslint/parser';
import type { ESLint, Linter } from 'eslint';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import plugin from '../../src/index.js';

export const repoRoot = join(import.meta.dirname, '..', '..', '..', '..');
export const pluginSource = plugin as ESLint.Plugin & { configs: Record<'recommended' | 'strict' | 'all', Linter.Config> };
export const parser = tsParser as unknown as Linter.Parser;

export interface CorpusFile {
  path: string;
  size: number;
}
export interface CrashResult {
  exception?: Error;
  parseError?: string;
  findings: Record<string, number>;
  ruleMs: number;
  ruleTimes?: Record<string, number>;
  messages?: Linter.LintMessage[];
}
export interface CrashRunModule {
  listCorpusFiles(root?: string): CorpusFile[];
  sampleCorpus(files: CorpusFile[], limits: { count: number; maxFileBytes: number; maxTotalBytes: number }): CorpusFile[];
  createCrashLinter(options: {
    plugin: ESLint.Plugin;
    parser: Linter.Parser;
    rules?: Linter.RulesRecord;
    clock?: () => number;
  }): (code: string, path: string) => CrashResult;
  cpuClock(): number;
  shortStack(error: unknown, lines?: number): string;
}

export interface FuzzProgram {
  kind: 'eslump' | 'snippets' | 'mutation';
  code: string;
  filename: string;
}
export interface UnsafeSuggestion {
  message: Linter.LintMessage;
  suggestion: Linter.LintSuggestion;
  output: string;
  problem: string;
}
export interface SuggestionCheck {
  exception?: Error;
  messages: Linter.LintMessage[];
  unsafe: UnsafeSuggestion[];
  suggestions: number;
  parsed: boolean;
}
export interface FuzzModule {
  createRng(seed: number): () => number;
  fuzzProgram(seed: number, index: number, context: { parser: Linter.Parser; seeds: { name: string; code: string }[] }): FuzzProgram;
  seedFiles(): { name: string; code: string }[];
  ruleConfigs(plugin: ESLint.Plugin, parser: Linter.Parser): { all: Linter.Config[]; strict: Linter.Config[] };
  applyFix(code: string, fix: Linter.LintSuggestion['fix']): string;
  lintAndCheckSuggestions(
    linter: Linter,
    code: string,
    config: Linter.Config[],
    filename: string,
    options?: { checkGone?: boolean },
  ): SuggestionCheck;
  checkProgram(
    linter: Linter,
    configs: Record<string, Linter.Config[]>,
    program: FuzzProgram,
  ): { problems: { config: string; kind: string; detail: string }[]; parsed: boolean; suggestions: number };
}

const importScript = async <T>(name: string): Promise<T> =>
  (await import(/* @vite-ignore */ pathToFileURL(join(repoRoot, 'scripts', name)).href)) as T;

export const crashRun = await importScript<CrashRunModule>('crash-run.mjs');
export const fuzz = await importScript<FuzzModule>('fuzz.mjs');

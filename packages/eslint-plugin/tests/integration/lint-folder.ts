import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint';
import plugin from '../../src/index.js';

/**
 * Lints `patterns` under `cwd` with the real ESLint class and `configs.recommended` (TS parser for TS files, JSX on),
 * ignoring any config there; returns sorted `path:line:column ruleId` lines, paths relative to `cwd`.
 */
export async function lintFolder(cwd: string, patterns: string[]): Promise<string[]> {
  const eslint = new ESLint({
    cwd,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx,mts,cts}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{js,jsx,mjs,cjs}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(patterns);
  return results
    .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(cwd.length + 1)}:${m.line}:${m.column} ${m.ruleId}`))
    .sort();
}

// The repo's own lint: typescript-eslint's recommended rules over every package, and eslint-plugin-regexp's
// recommended rules (plus the moving-search check) so no regex in the project can backtrack catastrophically.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['**/dist/**', '**/node_modules/**', '**/.turbo/**', '**/coverage/**', 'examples/**', '**/test-output/**']),
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      // A moving search (`replace`, `exec` without `^`) over a long string is where quadratic regexes bite.
      'regexp/no-super-linear-move': 'error',
      // Style only: the code spells ASCII classes out (`[0-9]`, `[A-Za-z]`) on purpose, so these stay advice.
      'regexp/prefer-d': 'warn',
      'regexp/prefer-w': 'warn',
      'regexp/use-ignore-case': 'warn',
      'regexp/prefer-character-class': 'warn',
      'regexp/no-unused-capturing-group': 'warn',
    },
  },
  // The plugin's own rules follow ESLint's rule-writing conventions (meta, schemas, messages, suggestions).
  {
    ...eslintPlugin.configs.recommended,
    files: ['packages/eslint-plugin/src/rules/**/*.ts'],
    // createRule (typescript-eslint's RuleCreator) owns the defaults: `defaultOptions` beside `meta`, applied once.
    rules: { ...eslintPlugin.configs.recommended.rules, 'eslint-plugin/require-meta-default-options': 'off' },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);

// Collects the string literals and template literals of real files, as the literal scanner sees them.
import { readFileSync } from 'node:fs';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { isTs } from './corpus.mjs';
import { REPO_ROOT } from './lib.mjs';

/** Same stand-in as the catalog's `DYNAMIC`: one `${...}` of a template literal. */
const DYNAMIC = '\uFFFC';

/** The run-time text of every string literal and template literal in `files` (template expressions as `DYNAMIC`). */
export function collectStrings(files) {
  const strings = [];
  let nodes = 0;
  const collector = {
    meta: { type: 'problem', schema: [] },
    create: () => ({
      Literal(node) {
        if (typeof node.value === 'string') strings.push(node.value);
      },
      TemplateLiteral(node) {
        strings.push(node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(DYNAMIC));
      },
      JSXText(node) {
        strings.push(node.value);
      },
    }),
  };
  const linter = new Linter({ cwd: REPO_ROOT });
  const config = (ts) => [
    // The corpus lives in node_modules, which ESLint ignores by default.
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      plugins: { bench: { rules: { collect: collector } } },
      languageOptions: { ...(ts ? { parser: tsParser } : {}), parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      rules: { 'bench/collect': 'error' },
    },
  ];
  const configs = { js: config(false), ts: config(true) };
  let parsed = 0;
  for (const file of files) {
    const before = strings.length;
    const messages = linter.verify(readFileSync(`${REPO_ROOT}${file}`, 'utf8'), isTs(file) ? configs.ts : configs.js, { filename: `${REPO_ROOT}${file}` });
    if (messages.some((m) => /No matching configuration|ignored by default/.test(m.message))) throw new Error(`${file}: ${messages[0].message}`);
    if (!messages.some((m) => m.fatal)) parsed++;
    nodes += strings.length - before;
  }
  return { strings, nodes, parsed };
}

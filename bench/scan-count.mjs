// Child process of `pnpm bench scan`: lints files with each plugin rule alone and with all rules, the plugin's
// catalog's scanner entry swapped for bench/scan-count-catalog.mjs, and prints how often strings were classified (JSON on stdout).
import { readdirSync, readFileSync } from 'node:fs';
import { register } from 'node:module';
import { orderedCandidates, isTs } from './corpus.mjs';
import { PLUGIN_DIST, REPO_ROOT } from './lib.mjs';

const FILES = Number(process.env.BENCH_SCAN_COUNT_FILES ?? 200);

const hooks = `
export async function resolve(specifier, context, next) {
  if (specifier === '@fc-atlas/catalog/check' && context.parentURL?.includes('/packages/eslint-plugin/dist/')) {
    return { url: ${JSON.stringify(new URL('./scan-count-catalog.mjs', import.meta.url).href)}, shortCircuit: true };
  }
  return next(specifier, context);
}`;
register(`data:text/javascript,${encodeURIComponent(hooks)}`, import.meta.url);

const { Linter } = await import('eslint');
const tsParser = (await import('@typescript-eslint/parser')).default;
const plugin = (await import(PLUGIN_DIST.href)).default;
const state = globalThis.__fcAtlasScanCounts;
if (!state) throw new Error('the counting catalog was not loaded: the plugin did not import @fc-atlas/catalog/check as expected');

const examples = `${REPO_ROOT}examples/fc-client/src/`;
const files = [
  ...orderedCandidates().slice(0, FILES).map((c) => `${REPO_ROOT}${c.file}`),
  ...readdirSync(examples).map((f) => `${examples}${f}`),
];
const texts = files.map((f) => readFileSync(f, 'utf8'));

const linter = new Linter({ cwd: REPO_ROOT });
const namespace = plugin.meta.namespace;
const ruleNames = Object.keys(plugin.rules);

function count(rules) {
  Object.assign(state, { literalScans: 0, fileScans: 0, gates: 0, repeats: 0 });
  let stringNodes = 0;
  const counter = { meta: { schema: [] }, create: () => ({ Literal: (n) => void (typeof n.value === 'string' && stringNodes++), TemplateLiteral: () => void stringNodes++, JSXText: () => void stringNodes++ }) };
  const config = (ts) => [
    // The corpus lives in node_modules, which ESLint ignores by default.
    { ignores: ['!**/node_modules/'] },
    {
      files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
      plugins: { [namespace]: plugin, bench: { rules: { count: counter } } },
      languageOptions: { ...(ts ? { parser: tsParser } : {}), parserOptions: { ecmaFeatures: { jsx: true } } },
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off' },
      rules: { 'bench/count': 'error', ...Object.fromEntries(rules.map((r) => [`${namespace}/${r}`, 'error'])) },
    },
  ];
  const configs = { js: config(false), ts: config(true) };
  files.forEach((file, i) => {
    state.fileText = texts[i];
    state.seen = new Map();
    const messages = linter.verify(texts[i], isTs(file) ? configs.ts : configs.js, { filename: file });
    if (messages.some((m) => /No matching configuration|ignored by default/.test(m.message))) throw new Error(`${file}: ${messages[0].message}`);
  });
  return { rules: rules.length, stringNodes, literalScans: state.literalScans, fileScans: state.fileScans, gates: state.gates, repeats: state.repeats };
}

const single = Object.fromEntries(ruleNames.map((r) => [r, count([r])]));
const all = count(ruleNames);
const one = single['valid-endpoint'] ?? Object.values(single)[0];
const maxSingle = Math.max(...Object.values(single).map((s) => s.literalScans));
console.log(JSON.stringify({ files: files.length, stringNodes: all.stringNodes, single, one, all, once: all.literalScans <= maxSingle && all.repeats <= Math.max(...Object.values(single).map((s) => s.repeats)) }));

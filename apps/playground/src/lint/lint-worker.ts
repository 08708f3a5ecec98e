/// <reference lib="webworker" />
// Runs the plugin's `all` config with ESLint's browser-safe Linter, off the main thread so typing stays smooth.
import './process-shim.js';
import fcAtlas from '@fc-atlas/eslint-plugin';
import { Linter } from 'eslint/universal';
import { toFindings } from './findings.js';
import type { LintRequest, RuleInfo, WorkerMessage } from './protocol.js';

declare const self: DedicatedWorkerGlobalScope;

const post = (message: WorkerMessage) => self.postMessage(message);

// cwd: eslint/universal would otherwise call process.cwd(), which a worker does not have (TOOLCHAIN F20).
const linter = new Linter({ configType: 'flat', cwd: '/' });
const allRules = fcAtlas.configs.all.rules ?? {};
const namespace = fcAtlas.meta.namespace;

const rules: RuleInfo[] = Object.entries(fcAtlas.rules).map(([name, rule]) => ({
  id: `${namespace}/${name}`,
  description: rule.meta?.docs?.description ?? '',
  type: rule.meta?.type ?? 'problem',
  ...(rule.meta?.docs?.url ? { docsUrl: rule.meta.docs.url } : {}),
}));

type Parser = NonNullable<Linter.LanguageOptions['parser']>;
let tsParser: Promise<Parser> | undefined;

/**
 * JS and JSX go through espree, the parser ESLint itself uses for them; TS and TSX through typescript-eslint's parser
 * without type information. That parser brings all of TypeScript (about 1 MB gzipped, more than the rest of the page),
 * so it loads on the first TS lint only, and stays loaded.
 */
function parserFor(fileType: LintRequest['fileType']): Promise<Parser> | undefined {
  if (fileType === 'js' || fileType === 'jsx') return undefined;
  tsParser ??= import('./ts-parser.js').then(
    (module) => module.tsParser as Parser,
    (error: unknown) => {
      tsParser = undefined; // try again on the next TS lint, e.g. once the network is back
      throw new Error(`the TypeScript parser could not be downloaded (${error instanceof Error ? error.message : String(error)}); JS and JSX still work`);
    },
  );
  return tsParser;
}

async function lint({ id, code, fileType, disabledRules }: LintRequest): Promise<void> {
  const parser = await parserFor(fileType);
  const started = performance.now();
  const off = new Set(disabledRules);
  const config: Linter.Config[] = [
    {
      files: ['**/*.{js,jsx,ts,tsx}'],
      languageOptions: {
        ...(parser ? { parser } : {}),
        ecmaVersion: 'latest',
        sourceType: 'module',
        parserOptions: { ecmaFeatures: { jsx: fileType === 'jsx' || fileType === 'tsx' } },
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
    {
      ...fcAtlas.configs.all,
      files: ['**/*.{js,jsx,ts,tsx}'],
      rules: Object.fromEntries(Object.entries(allRules).map(([rule, level]) => [rule, off.has(rule) ? 'off' : level])),
    },
  ];
  const messages = linter.verify(code, config, { filename: `/playground/input.${fileType}` });
  post({ type: 'result', id, findings: toFindings(code, messages), ms: Math.round(performance.now() - started) });
}

self.addEventListener('message', (event: MessageEvent<LintRequest>) => {
  lint(event.data).catch((error: unknown) => {
    post({ type: 'failed', id: event.data.id, message: error instanceof Error ? error.message : String(error) });
  });
});

post({ type: 'ready', rules, eslintVersion: Linter.version });

import { applyDefault, type RuleWithMetaAndName } from '@typescript-eslint/utils/eslint-utils';
import type { RuleModule } from '@typescript-eslint/utils/ts-eslint';

/** Extra `docs` fields every fc-atlas rule declares; eslint-doc-generator reads `recommended` for the README table. */
export interface FcAtlasRuleDocs {
  description: string;
  recommended?: boolean;
  requiresTypeChecking?: false;
}

const docsBase = 'https://github.com/fc-atlas/fc-atlas/blob/main/packages/eslint-plugin/docs/rules';

/** Distinct option sets remembered per rule; past this the memo starts afresh, so odd inline configs cannot grow it. */
const MEMO_LIMIT = 32;

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * True when ESLint hands the rule a JavaScript AST (from espree, typescript-eslint or any other JS parser). The presets
 * set no `files`, so they also reach JSON, Markdown and CSS files linted with @eslint/json, @eslint/markdown or
 * @eslint/css, whose trees (`Document`, `root`, `StyleSheet`) and tokens are not ESTree: the rules do nothing there.
 * (Declaring `meta.languages` instead would make ESLint 10 refuse such a config outright.)
 */
export function isJavaScriptSource(sourceCode: unknown): boolean {
  return (sourceCode as { ast?: { type?: unknown } } | undefined)?.ast?.type === 'Program';
}

const NO_LISTENERS = Object.freeze({});

/**
 * The one rule factory: owns `docs.url`, so every rule links to its own page, and merges the user's options over the
 * defaults (typescript-eslint's `applyDefault`) once per distinct options rather than in every file's `create`: ESLint
 * hands each file a fresh `context.options` array, so the memo is keyed by its JSON text (rule options are JSON:
 * ESLint's cache and worker threads need that too). The merged options are shared between files, hence frozen. On
 * another language than JavaScript every rule does nothing (`isJavaScriptSource`).
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>({
  name,
  meta,
  defaultOptions,
  create,
}: Readonly<RuleWithMetaAndName<Options, MessageIds, FcAtlasRuleDocs>>): RuleModule<MessageIds, Options, FcAtlasRuleDocs> & { name: string } {
  const defaults = (defaultOptions ?? []) as Options;
  // The copy keeps the user's config objects out of the freeze (applyDefault reuses values it does not merge).
  const merge = (userOptions: readonly unknown[]) =>
    deepFreeze(applyDefault<Options, Options>(defaults, structuredClone(userOptions) as Options));
  const merged = new Map<string, Readonly<Options>>();
  let withoutUserOptions: Readonly<Options> | undefined;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: `${docsBase}/${name}.md` } },
    defaultOptions: defaults,
    create(context) {
      if (!isJavaScriptSource(context.sourceCode)) return NO_LISTENERS;
      // Most configs (`'error'`, the plugin's own presets) give no options: no JSON key to build for them.
      if (context.options.length === 0) return create(context, (withoutUserOptions ??= merge([])));
      const key = JSON.stringify(context.options);
      const known = merged.get(key);
      if (known) return create(context, known);
      if (merged.size >= MEMO_LIMIT) merged.clear();
      const options = merge(context.options);
      merged.set(key, options);
      return create(context, options);
    },
  };
}

/**
 * Remembers what a rule derives from its options (parsed `allow` entries, resolved code lists) per options object:
 * `createRule` hands every file with the same options the same frozen object, so the work runs once, not per file.
 */
export { perObject as perOptions } from './memo.js';

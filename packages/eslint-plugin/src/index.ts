import type { ESLint, Linter, Rule } from 'eslint';
import packageJson from '../package.json' with { type: 'json' };
import { rules as ruleModules } from './rules/index.js';

type RuleName = keyof typeof ruleModules;

// typescript-eslint's rule type and ESLint's differ in details ESLint never reads; cast once, here.
const rules = ruleModules as unknown as Record<RuleName, Rule.RuleModule>;

const namespace = '@fc-atlas';

const ruleEntries = (severity: Linter.RuleSeverity, pick: (rule: RuleName) => boolean): Linter.RulesRecord =>
  Object.fromEntries(
    (Object.keys(rules) as RuleName[]).filter(pick).map((rule) => [`${namespace}/${rule}`, severity]),
  );

const plugin = {
  meta: { name: packageJson.name, version: packageJson.version, namespace },
  rules,
  configs: {} as {
    /** Every rule: mistakes (misspelled hosts and codes) as errors, design advice as warnings. */
    recommended: Linter.Config;
    /** Every rule as an error, with the stricter options (trigger URLs too; every common code handled). */
    strict: Linter.Config;
    /** Every rule, as errors, including any added later: for trying the plugin out, not for pinning. */
    all: Linter.Config;
  },
} satisfies ESLint.Plugin;

plugin.configs.recommended = {
  name: `${namespace}/recommended`,
  plugins: { [namespace]: plugin },
  rules: {
    ...ruleEntries('error', (rule) => rule.startsWith('valid-')),
    ...ruleEntries('warn', (rule) => rule.startsWith('no-')),
  },
};
plugin.configs.strict = {
  name: `${namespace}/strict`,
  plugins: { [namespace]: plugin },
  rules: {
    ...ruleEntries('error', () => true),
    [`${namespace}/no-hardcoded-endpoint`]: ['error', { includeTriggerUrls: true }],
    [`${namespace}/no-unhandled-error-code`]: ['error', { require: 'common', defaultSatisfies: false }],
  },
};
plugin.configs.all = {
  name: `${namespace}/all`,
  plugins: { [namespace]: plugin },
  rules: ruleEntries('error', () => true),
};

export default plugin;

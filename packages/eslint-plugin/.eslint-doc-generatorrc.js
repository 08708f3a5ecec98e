// eslint-doc-generator settings: `pnpm --filter @fc-atlas/eslint-plugin docs` rewrites the README rules table and each
// rule doc's header from the built plugin (dist); `docs:check` fails on any drift (CI).
const repo = 'https://github.com/fc-atlas/fc-atlas/blob/main/packages/eslint-plugin';

/** @type {import('eslint-doc-generator').GenerateOptions} */
const config = {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  // `all` turns on every rule: a column of ticks tells a reader nothing.
  ignoreConfig: ['all'],
  initRuleDocs: false,
  // The title already carries the description, so the header leaves out the 📝 description notice.
  ruleDocNotices: ['deprecated', 'configs', 'fixableAndHasSuggestions', 'requiresTypeChecking'],
  ruleDocTitleFormat: 'desc-parens-prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'configsWarn', 'fixable', 'hasSuggestions'],
  // Absolute links: the README is also shown on npm, where links relative to the repository break.
  urlConfigs: `${repo}/README.md#presets`,
  urlRuleDoc: `${repo}/docs/rules/{name}.md`,
};

export default config;

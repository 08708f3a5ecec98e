import { RuleCreator } from '@typescript-eslint/utils/eslint-utils';

/** Extra `docs` fields every fc-atlas rule declares; eslint-doc-generator reads `recommended` for the README table. */
export interface FcAtlasRuleDocs {
  description: string;
  recommended?: boolean;
  requiresTypeChecking?: false;
}

const docsBase = 'https://github.com/fc-atlas/fc-atlas/blob/main/packages/eslint-plugin/docs/rules';

/** The one rule factory: owns `docs.url`, so every rule links to its own page. */
export const createRule = RuleCreator<FcAtlasRuleDocs>((name) => `${docsBase}/${name}.md`);

// Its own module so the lazily loaded chunk (typescript-eslint's parser and all of TypeScript) has a telling name.
// Named imports, not `export *`: the dev server serves this CommonJS package as a default export only.
import { meta, parseForESLint } from '@typescript-eslint/parser';

export const tsParser = { meta, parseForESLint };

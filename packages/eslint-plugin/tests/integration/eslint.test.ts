import { ESLint } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'project');

async function lint() {
  const eslint = new ESLint({
    cwd: fixtures,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } } },
      { files: ['**/*.{js,jsx}'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
      plugin.configs.recommended,
    ],
  });
  const results = await eslint.lintFiles(['src']);
  return results
    .flatMap((r) => r.messages.map((m) => `${r.filePath.slice(fixtures.length + 1)}:${m.line}:${m.column} ${m.ruleId}`))
    .sort();
}

describe('the real ESLint class with configs.recommended', () => {
  it('reports exactly the planted mistakes in the fixture project', async () => {
    expect(await lint()).toEqual([
      'src/Page.tsx:2:27 @fc-atlas/valid-endpoint',
      'src/client.js:8:22 @fc-atlas/valid-endpoint',
      'src/errors.ts:2:20 @fc-atlas/valid-error-code',
    ]);
  });
});

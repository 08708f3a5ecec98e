import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFolder } from './lint-folder.js';

const fixtures = join(import.meta.dirname, 'fixtures', 'project');

describe('the real ESLint class with configs.recommended', () => {
  it('reports exactly the planted mistakes in the fixture project', async () => {
    expect(await lintFolder(fixtures, ['src'])).toEqual([
      'src/Page.tsx:2:27 @fc-atlas/valid-endpoint',
      'src/client.js:8:22 @fc-atlas/valid-endpoint',
      'src/errors.ts:3:20 @fc-atlas/valid-error-code',
    ]);
  });
});

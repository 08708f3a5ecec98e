import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintFolder } from './lint-folder.js';

// The demo's corpus: examples/fc-client and the findings its EXPECTED.md promises, read from the table there.
const example = join(import.meta.dirname, '..', '..', '..', '..', 'examples', 'fc-client');

function promised(): string[] {
  const table = readFileSync(join(example, 'EXPECTED.md'), 'utf8');
  const findings = table.slice(table.indexOf('## Findings'), table.indexOf('\n## ', table.indexOf('## Findings') + 1));
  return [...findings.matchAll(/^\| \d+ \| `([^`]+)` \| `([\w-]+)` \|/gm)].map((m) => `${m[1]} @fc-atlas/${m[2]}`).sort();
}

describe('examples/fc-client with configs.recommended', () => {
  it('produces exactly the findings listed in EXPECTED.md, and nothing on the listed non-findings', async () => {
    const expected = promised();
    expect(expected.length).toBeGreaterThanOrEqual(10);
    const actual = await lintFolder(example, ['src']);
    expect(actual).toEqual(expected);
  });
});

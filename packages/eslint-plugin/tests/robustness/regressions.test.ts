// Inputs the crash run, the fuzzer and the linear-time checks found, kept as regression tests. A known, reported issue
// whose fix is in another file is an `it.fails` with the input: it turns red the day the fix lands — then make it `it`.
import { DYNAMIC } from '@fc-atlas/catalog/check';
import { describe, expect, it } from 'vitest';
import { crashRun, parser, pluginSource } from './support.js';

const lint = crashRun.createCrashLinter({ plugin: pluginSource, parser });

/** Characters `String#indexOf(DYNAMIC)` walks over while `fn` runs (a search costs the length it scans). */
function dynamicSearchWork(fn: () => void): number {
  const original = String.prototype.indexOf;
  let scanned = 0;
  String.prototype.indexOf = function indexOf(this: string, search: string, position?: number) {
    const found = original.call(this, search, position);
    if (search === DYNAMIC) scanned += (found < 0 ? this.length : found + 1) - Math.max(0, position ?? 0);
    return found;
  };
  try {
    fn();
  } finally {
    String.prototype.indexOf = original;
  }
  return scanned;
}

describe('slow inputs', { timeout: 120_000 }, () => {
  // Found by linear-time.test.ts ("near-miss hosts" in a template literal): 100 KB -> 1 MB grew 21x, 1 MB -> 2 MB 3x.
  // literal-scanner.ts locate() walked the text from the start for every host: O(hosts x length). Fixed: the `${…}`
  // positions are found once per node and each host binary-searches them.
  it('a template literal with thousands of hosts is scanned once, not once per host', () => {
    const hosts = '1.cn-hangzou.fc.aliyuncs.con '.repeat(3500);
    const code = `const s = \`\${region}.${hosts}\`;`;
    let findings = 0;
    const work = dynamicSearchWork(() => {
      const result = lint(code, 'many-hosts.ts');
      if (result.exception) throw result.exception;
      findings = result.findings['@fc-atlas/valid-endpoint'] ?? 0;
    });
    expect(findings).toBeGreaterThan(3400);
    expect(work).toBeLessThan(20 * code.length);
  });
});

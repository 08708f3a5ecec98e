// Shared by the rule tests: RuleTester wired to vitest, locations by needle, and syntax every rule must survive.
import { RuleTester } from '@typescript-eslint/rule-tester';
import { afterAll, describe, it } from 'vitest';

RuleTester.afterAll = afterAll;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

/** A RuleTester with the typescript-eslint parser; `jsx: true` turns on JSX for every case. */
export function createRuleTester({ jsx = false }: { jsx?: boolean } = {}): RuleTester {
  return new RuleTester(jsx ? { languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } } : {});
}

export /** The 1-based location of the `nth` occurrence of `needle` in `code`, as ESLint reports it. */
function at(code: string, needle: string, nth = 0) {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = code.indexOf(needle, start + 1);
  if (start < 0) throw new Error(`${JSON.stringify(needle)} is not in ${JSON.stringify(code)}`);
  const position = (offset: number) => {
    const lines = code.slice(0, offset).split(/\r\n|[\r\n\u2028\u2029]/);
    return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
  };
  const from = position(start);
  const to = position(start + needle.length);
  return { line: from.line, column: from.column, endLine: to.line, endColumn: to.column };
}

/** Code that ESLint parses and every rule must pass over without a report or a crash (needs JSX on). */
export const oddSyntax: { code: string; filename?: string }[] = [
  { code: '``' },
  { code: 'const a = `${x}${y}`;' },
  { code: 'const a = `${x}`;' },
  { code: "const a = '';" },
  { code: "const a = '\\uD800 lone \\uDC00 surrogates \uD800 fc.aliyuncs.com';" },
  { code: "const a = '\\u{1F600}\\u{10FFFF} fc \\u{0}';" },
  { code: "const a = 'line \\\ncontinuation \\\r\nfc.aliyuncs.com';" },
  { code: "const a = '\\0 \\x00 fc \\uFFFC \uFFFC';" },
  { code: 'const a = tag`\\unicode and \\u{ fc.aliyuncs.com`;' },
  { code: 'const a = String.raw`\\u \\x fc ${x} \\\\`;' },
  { code: 'const a = `outer ${`inner ${`fc ${x}`}`} fc.aliyuncs.com`;' },
  { code: "@Injectable('fc.aliyuncs.com') class Service { @Inject('fc') accessor client = 1; #fc = 'fc'; }" },
  { code: "enum Host { Principal = 'fc.aliyuncs.com', Other = 1 << 2 }" },
  { code: "namespace Fc { export const principal = 'fc.aliyuncs.com'; }" },
  { code: "declare module 'fc-client' { export const endpoint: string; }" },
  { code: "declare global { interface Window { fc: 'fc.aliyuncs.com' } }" },
  { code: "import data from './regions.json' with { type: 'json' }; export { data };" },
  { code: "import type { T } from './t.js'; export type { T }; export * as ns from './ns.js';" },
  { code: "const el = <a title='&amp;&#169;&#x1F600;&unknown; fc.aliyuncs.com'>&nbsp;&lt;fc&gt; fc.aliyuncs.com</a>;" },
  { code: 'const el = <><svg:rect xlink:href="#fc" />{/* fc.aliyuncs.com */}</>;' },
  { code: 'const id = <T,>(x: T) => x; label: for (;;) break label;' },
  { code: 'const re = /fc\\.aliyuncs\\.com/v; const big = 1_000n; const u = import.meta.url;' },
  { code: '#!/usr/bin/env node\nconsole.log("fc");', filename: 'bin.js' },
];

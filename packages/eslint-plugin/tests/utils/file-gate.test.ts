import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { fileMayHoldHost, isStringNode } from '../../src/utils/literal-scanner.js';

const linter = new Linter({ configType: 'flat' });

/** What the probe rule saw in the last file: the run-time text of every string node, and the gate's answer. */
const seen: { values: string[]; gate?: boolean } = { values: [] };

const probeRule: Rule.RuleModule = {
  create(context) {
    const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
    seen.gate = fileMayHoldHost(sourceCode);
    const visit = (node: TSESTree.Node) => {
      if (!isStringNode(node)) return;
      // Templates: cooked text, and raw text too (String.raw and failed cooking read it).
      if (node.type === 'TemplateLiteral') seen.values.push(...node.quasis.flatMap((q) => [q.value.raw, q.value.cooked ?? '']));
      else seen.values.push(node.value);
    };
    return { Literal: visit as never, TemplateLiteral: visit as never, JSXText: visit as never };
  },
};

const probeConfigs = Object.fromEntries(
  (['module', 'script'] as const).map((sourceType) => [
    sourceType,
    {
      plugins: { probe: { rules: { strings: probeRule } } },
      languageOptions: { sourceType, parserOptions: { ecmaFeatures: { jsx: true } } },
      rules: { 'probe/strings': 'error' },
    } satisfies Linter.Config,
  ]),
);

function probe(code: string, sourceType: 'module' | 'script' = 'module') {
  seen.values = [];
  seen.gate = undefined;
  const messages = linter.verify(code, probeConfigs[sourceType]!);
  return { parsed: !messages.some((m) => m.fatal), values: seen.values, gate: seen.gate };
}

function lintRecommended(code: string, sourceType: 'module' | 'script' = 'module') {
  return linter
    .verify(code, [
      { ...plugin.configs.recommended, languageOptions: { sourceType, parserOptions: { ecmaFeatures: { jsx: true } } } },
    ])
    .map((m) => `${m.ruleId}: ${m.message}`);
}

describe('fileMayHoldHost (the per-file gate of the endpoint rules)', () => {
  it('turns away a file whose source cannot spell "fc" in any string', () => {
    expect(probe("const a = 'oss-cn-hangzhou.aliyuncs.com'; const b = `x${y}\\n`; /[a-z]\\d/.test(a);").gate).toBe(false);
  });

  it('lets through a file with "fc" anywhere, even only in a comment or an identifier', () => {
    expect(probe('// fc\nconst a = 1;').gate).toBe(true);
    expect(probe('const FcClient = 1;').gate).toBe(true);
  });

  it.each([
    ['a hex escape', "const a = '1234.cn-hangzhuo.\\x66c.aliyuncs.com';", 'module'],
    ['a unicode escape', "const a = '1234.cn-hangzhuo.\\u0066c.aliyuncs.com';", 'module'],
    ['a code point escape', "const a = `1234.cn-hangzhuo.\\u{66}c.aliyuncs.com`;", 'module'],
    ['a legacy octal escape', "var a = '1234.cn-hangzhuo.\\146c.aliyuncs.com';", 'script'],
    ['an escaped letter', "const a = '1234.cn-hangzhuo.f\\c.aliyuncs.com';", 'module'],
    ['a line continuation', "const a = '1234.cn-hangzhuo.f\\\nc.aliyuncs.com';", 'module'],
    ['a JSX character reference', 'const a = <p>1234.cn-hangzhuo.&#102;c.aliyuncs.com</p>;', 'module'],
    ['a JSX attribute character reference', 'const a = <a href="https://1234.cn-hangzhuo.&#x66;c.aliyuncs.com" />;', 'module'],
  ] as const)('still reports a misspelled host whose "fc" comes from %s', (_what, code, sourceType) => {
    expect(probe(code, sourceType).gate).toBe(true);
    expect(lintRecommended(code, sourceType)).toEqual([expect.stringMatching(/^@fc-atlas\/valid-endpoint: .*unknown region "cn-hangzhuo"/)]);
  });

  it('does not silence no-hardcoded-endpoint on files it turns away: the bad allow entry is still reported', () => {
    const messages = linter.verify("const a = 'oss-cn-hangzhou.aliyuncs.com';", [
      { ...plugin.configs.recommended, rules: { '@fc-atlas/no-hardcoded-endpoint': ['error', { allow: ['example.com'] }] } },
    ]);
    expect(probe("const a = 'oss-cn-hangzhou.aliyuncs.com';").gate).toBe(false);
    expect(messages.map((m) => m.messageId)).toEqual(['badAllowEntry']);
  });

  it('never turns away a file in which some string node spells "fc" (escapes, entities, line breaks)', () => {
    // An `f`, a joint and a `c`, each written plainly or as an escape or entity, amid loose pieces of escapes: many
    // files spell `fc` only through an escape (which kinds decode depends on the string kind, so not every one does).
    const f = fc.constantFrom('f', 'F', '\\x66', '\\u0046', '\\u{66}', '\\146', '\\F', '&#102;', '&#x46;');
    const joint = fc.constantFrom('', '', '\\\n', '\\\r\n', '\\\u2028', ' ', 'x');
    const c = fc.constantFrom('c', 'C', '\\x63', '\\u0043', '\\u{63}', '\\143', '\\c', '\\C', '&#99;', '&#x63;');
    const noise = fc.constantFrom('', 'a', '\\\\', '6', '&#', '&', '#;', '\\0');
    const body = fc.tuple(noise, f, joint, c, noise).map((pieces) => pieces.join(''));
    const wrap = fc.constantFrom(
      (b: string) => ({ code: `var a = '${b.replaceAll("'", '')}';`, sourceType: 'script' as const }),
      (b: string) => ({ code: `const a = '${b.replaceAll("'", '')}';`, sourceType: 'module' as const }),
      (b: string) => ({ code: `const a = \`${b.replaceAll('`', '').replaceAll('$', '')}\`;`, sourceType: 'module' as const }),
      (b: string) => ({ code: `const a = tag\`${b.replaceAll('`', '').replaceAll('$', '')}\`;`, sourceType: 'module' as const }),
      (b: string) => ({ code: `const a = <p>${b.replace(/[<>{}]/g, '')}</p>;`, sourceType: 'module' as const }),
      (b: string) => ({ code: `const a = <a title="${b.replaceAll('"', '')}" />;`, sourceType: 'module' as const }),
    );
    let spelled = 0;
    fc.assert(
      fc.property(body, wrap, (text, make) => {
        const { code, sourceType } = make(text);
        const { parsed, values, gate } = probe(code, sourceType);
        if (!parsed || !values.some((v) => /fc/i.test(v))) return;
        spelled++;
        expect(gate).toBe(true);
      }),
      { numRuns: 400 },
    );
    // The property must have been put to the test, not skipped on unparsable input.
    expect(spelled).toBeGreaterThan(40);
  });
});

import { DYNAMIC } from '@fc-atlas/catalog/check';
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  describeProblems,
  fileHasFcHost,
  isStringNode,
  scanStringNode,
  showHost,
  type HostFinding,
} from '../../src/utils/literal-scanner.js';

interface Seen {
  /** The source text the finding's range covers. */
  source: string;
  /** The source text of each literal part, or `undefined` when the mapping is inexact. */
  parts: string[] | undefined;
  host: string | undefined;
  fragment: boolean;
  expressions: string[];
}

const linter = new Linter({ configType: 'flat' });

/** Lints `code` with a probe rule that records what the scanner finds in every string node. */
function scan(code: string, options: { js?: 'module' | 'script'; filename?: string } = {}) {
  const findings: HostFinding[] = [];
  let sameObjectOnRescan = true;
  let hasFcHost: boolean | undefined;
  const probe: Rule.RuleModule = {
    create(context) {
      const sourceCode = context.sourceCode as unknown as TSESLint.SourceCode;
      const visit = (node: TSESTree.Node) => {
        if (!isStringNode(node)) return;
        const first = scanStringNode(node, sourceCode);
        sameObjectOnRescan &&= scanStringNode(node, sourceCode) === first;
        findings.push(...first);
      };
      return {
        Program() {
          hasFcHost = fileHasFcHost(sourceCode);
        },
        Literal: visit,
        TemplateLiteral: visit,
        JSXText: visit,
      } as unknown as Rule.RuleListener;
    },
  };
  const languageOptions = options.js
    ? { sourceType: options.js, parserOptions: { ecmaFeatures: { jsx: true } } }
    : { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } };
  const messages = linter.verify(
    code,
    [{ files: ['**/*.{js,jsx,ts,tsx}'], plugins: { probe: { rules: { probe } } }, languageOptions, rules: { 'probe/probe': 'error' } }],
    options.filename ?? (options.js ? 'file.jsx' : 'file.tsx'),
  );
  expect(messages).toEqual([]);
  expect(sameObjectOnRescan).toBe(true);
  const seen: Seen[] = findings.map((f) => ({
    source: code.slice(f.range[0], f.range[1]),
    parts: f.parts?.map((p) => code.slice(p.range[0], p.range[1])),
    host: f.match.diagnosis?.host,
    fragment: f.match.fragment,
    expressions: f.expressions.map((e) => code.slice(e.range[0], e.range[1])),
  }));
  return { seen, findings, hasFcHost };
}

const HOST = '16530750.cn-hangzhou.fc.aliyuncs.com';

describe('scanStringNode: where a host sits in the source', () => {
  it('maps a plain string exactly', () => {
    expect(scan(`const a = 'https://${HOST}/path';`).seen).toEqual([
      { source: HOST, parts: [HOST], host: HOST, fragment: false, expressions: [] },
    ]);
  });

  it('maps through escape sequences before and inside the host (raw vs cooked offsets)', () => {
    const code = String.raw`const a = '\t\u{1F600}\x41\u0042\'\\ 1653\u{30}750.cn-hangzhou.fc.aliyuncs.com';`;
    const [finding] = scan(code).seen;
    expect(finding).toEqual({
      source: String.raw`1653\u{30}750.cn-hangzhou.fc.aliyuncs.com`,
      parts: [String.raw`1653\u{30}750.cn-hangzhou.fc.aliyuncs.com`],
      host: HOST,
      fragment: false,
      expressions: [],
    });
  });

  it('maps through a line continuation inside the host', () => {
    const code = `const a = '16530750.cn-hang\\\nzhou.fc.aliyuncs.com';`;
    expect(scan(code).seen[0]?.source).toBe('16530750.cn-hang\\\nzhou.fc.aliyuncs.com');
    const crlf = `const a = '16530750.cn-hang\\\r\nzhou.fc.aliyuncs.com';`;
    expect(scan(crlf).seen[0]?.source).toBe('16530750.cn-hang\\\r\nzhou.fc.aliyuncs.com');
  });

  it('maps legacy octal escapes in sloppy-mode scripts', () => {
    const code = String.raw`var a = '\101\7\0 ${HOST}';`;
    expect(scan(code, { js: 'script', filename: 'file.js' }).seen[0]?.source).toBe(HOST);
  });

  it('maps CR LF line breaks in templates, which the value holds as LF', () => {
    const code = `const a = \`line one\r\nline two\r${HOST}\`;`;
    expect(scan(code).seen[0]).toMatchObject({ source: HOST, parts: [HOST] });
  });

  it('covers the ${...} parts inside a host, with one literal part per stretch between them', () => {
    const code = 'const a = `https://${accountId}.${region}.fc.aliyuncs.com/${path}`;';
    expect(scan(code).seen).toEqual([
      {
        source: '${accountId}.${region}.fc.aliyuncs.com',
        parts: ['', '.', '.fc.aliyuncs.com'],
        host: `${DYNAMIC}.${DYNAMIC}.fc.aliyuncs.com`,
        fragment: false,
        expressions: ['accountId', 'region'],
      },
    ]);
  });

  it('counts expressions before the host so each finding gets its own', () => {
    const code = 'const a = `${a} ${b} ${c}.cn-hangzhou.fc.aliyuncs.com and ${d}.cn-beijing.fc.aliyuncs.com`;';
    expect(scan(code).seen.map((s) => s.expressions)).toEqual([['c'], ['d']]);
  });

  it('reads String.raw templates as their raw text', () => {
    const code = 'const a = String.raw`C:\\new ' + HOST + '`;';
    const { findings, seen } = scan(code);
    expect(findings[0]?.text).toBe(`C:\\new ${HOST}`);
    expect(seen[0]?.source).toBe(HOST);
  });

  it('reads other tagged templates cooked, and raw where cooking fails', () => {
    const cooked = scan('const a = tag`\\x41 ' + HOST + '`;');
    expect(cooked.findings[0]?.text).toBe(`A ${HOST}`);
    const invalidEscape = scan('const a = tag`\\unicode ' + HOST + '`;');
    expect(invalidEscape.findings[0]?.text).toBe(`\\unicode ${HOST}`);
    expect(invalidEscape.seen[0]?.source).toBe(HOST);
  });

  it('maps JSX attribute strings and JSX text through HTML entities', () => {
    const attribute = scan(`const a = <a title="&quot;&#x1F600;&amp; ${HOST}">x</a>;`);
    expect(attribute.seen[0]).toMatchObject({ source: HOST, parts: [HOST] });
    const text = scan(`const a = <p>&lt;&#169;&unknown; ${HOST}</p>;`);
    expect(text.seen[0]).toMatchObject({ source: HOST, parts: [HOST] });
  });

  it('falls back to the whole node when an entity sits inside the host', () => {
    const code = `const a = <p>16530750&#46;cn-hangzhou.fc.aliyuncs.com</p>;`;
    const [finding] = scan(code).seen;
    expect(finding?.host).toBe(HOST);
    // The entity spans 5 source characters for 1 in the value: still exact, the part covers the entity.
    expect(finding?.source).toBe('16530750&#46;cn-hangzhou.fc.aliyuncs.com');
  });

  it('treats a literal U+FFFC in the source as text, never as a ${...}', () => {
    // Read as a run-time value it would take `x` as its account id; read as text it is a bare suffix.
    const code = `const a = \`\uFFFC.cn-hangzhou.fc.aliyuncs.com \${x}\`;`;
    expect(scan(code).seen).toEqual([
      {
        source: 'cn-hangzhou.fc.aliyuncs.com',
        parts: ['cn-hangzhou.fc.aliyuncs.com'],
        host: 'cn-hangzhou.fc.aliyuncs.com',
        fragment: true,
        expressions: [],
      },
    ]);
  });
});

describe('scanStringNode: property', () => {
  const pieces = [
    'a', ' ', '.', '-', 'fc', HOST, '16530750.cn-shangai.fc.aliyuncs.com', '.fc.aliyuncs.com', 'fcv3.cn-hangzhou.aliyuncs.com',
    '\\n', '\\t', '\\x41', '\\x2e', '\\u0042', '\\u002E', '\\u{1F600}', '\\u{2e}', '\\\n', '\\\r\n', '\\\\', '\u{1F600}', '\uFFFC', '\u00e9',
  ];
  const stringPiece = fc.constantFrom(...pieces, "\\'");
  const templatePiece = fc.constantFrom(...pieces, '\n', '\r\n', '\\`', '\\$', '${x}', '${y.z}');

  /** Cooks the source of one part the way the engine would, inside the same kind of literal. */
  const cook = (source: string, quote: string) => new Function(`return ${quote}${source}${quote};`)() as string;

  it.each([
    ['string literals', stringPiece, "'"],
    ['template literals', templatePiece, '`'],
  ] as const)('maps every part of every host in %s back to source that cooks to the same text', (_, piece, quote) => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (list) => {
        const code = `const a = ${quote}${list.join('')}${quote};`;
        const { findings } = scan(code);
        for (const finding of findings) {
          expect(finding.range[0]).toBeGreaterThanOrEqual(finding.node.range[0]);
          expect(finding.range[1]).toBeLessThanOrEqual(finding.node.range[1]);
          if (!finding.parts) continue;
          expect(finding.parts).toHaveLength(finding.expressions.length + 1);
          for (const part of finding.parts) expect(cook(code.slice(part.range[0], part.range[1]), quote)).toBe(part.text);
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('scanStringNode: what it skips', () => {
  it.each([
    ['a comment', `// ${HOST}\n/* ${HOST} */ const a = 1;`],
    ['a regex literal', `const r = /16530750\\.cn-hangzhou\\.fc\\.aliyuncs\\.com/;`],
    ['a literal type', `type Host = '${HOST}';`],
    ['a template literal type', 'type Host = `${number}.cn-hangzhou.fc.aliyuncs.com`;'],
    ['an interface key', `interface Hosts { '${HOST}': string }`],
    ['a module name', `declare module '${HOST}' {}`],
    ['an import source', `import x from '${HOST}';`],
    ['an export source', `export * from '${HOST}';`],
    ['an import attribute', `import x from './x.json' with { type: '${HOST}' };`],
    ['an import type', `type T = import('${HOST}').T;`],
    ['a string export name', `const x = 1; export { x as '${HOST}' };`],
    ['short strings', `const a = 'fc'; const b = \`\${a}\`;`],
  ])('%s', (_, code) => {
    expect(scan(code).seen).toEqual([]);
  });
});

describe('fileHasFcHost', () => {
  it('is true for a complete host anywhere, comments included', () => {
    expect(scan(`// calls ${HOST}\nconst a = 1;`).hasFcHost).toBe(true);
    expect(scan(`const a = 'https://${HOST}';`).hasFcHost).toBe(true);
  });

  it('is false for placeholders, fragments, principals and other products', () => {
    const code = [
      `const a = 'account-id.cn-hangzhou.fc.aliyuncs.com';`,
      `const b = '.fc.aliyuncs.com';`,
      `const c = { Service: ['fc.aliyuncs.com'] };`,
      `const d = 'my-bucket.oss-cn-hangzhou.aliyuncs.com';`,
    ].join('\n');
    expect(scan(code).hasFcHost).toBe(false);
  });
});

describe('message helpers', () => {
  it('showHost writes run-time parts as ${…}', () => {
    expect(showHost(`${DYNAMIC}.cn-hangzhou.fc.aliyuncs.com`)).toBe('${…}.cn-hangzhou.fc.aliyuncs.com');
  });

  it('describeProblems turns the catalog problems into one clause list', () => {
    const problem = (message: string) => ({ kind: 'whitespace' as const, message, found: '' });
    const diagnosis = (...messages: string[]) =>
      ({ problems: messages.map(problem) }) as unknown as Parameters<typeof describeProblems>[0];
    expect(describeProblems(diagnosis('unknown region "cn-shangai"; did you mean "cn-shanghai"?'))).toBe(
      'unknown region "cn-shangai" (did you mean "cn-shanghai"?)',
    );
    expect(describeProblems(diagnosis('a.', 'b', 'c'))).toBe('a, b and c');
  });
});

import * as catalog from '@fc-atlas/catalog';
import tsParser from '@typescript-eslint/parser';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import noHardcodedEndpoint from '../../src/rules/no-hardcoded-endpoint.js';
import noUnhandledErrorCode from '../../src/rules/no-unhandled-error-code.js';
import validEndpoint from '../../src/rules/valid-endpoint.js';

/*
 * Safe suggestions: every suggestion the two endpoint rules offer on their invalid test cases is applied with the
 * real `Linter`; the result must parse, the rule must no longer report that finding, and a catalog call built from
 * literals must return the very host (or URL) it replaces.
 */

interface Case {
  code: string;
  filename?: string;
  script?: boolean;
  options?: unknown[];
}

const cases: Case[] = [
  // The invalid cases of valid-endpoint.test.ts.
  { code: "const endpoint = 'https://16530750.cn-shangai.fc.aliyuncs.com/2016-08-15/proxy';" },
  { code: "const endpoint = 'FCV3.CN-HANGZOU.ALIYUNCS.COM';" },
  { code: "const trigger = 'https://my-func-abcd.cn-hangzou.fcapp.run/';" },
  { code: "const endpoint = '16530750.eu-north-9.fc.aliyuncs.com';" },
  { code: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.con';" },
  { code: "const endpoint = 'https://16530750.cn-hangzhou.fc.aliyun.com';" },
  { code: "const endpoint = '16530750.cn-hangzhou.fc.alyuncs.com';" },
  { code: "const endpoint = '16530750.cn-hangzhou. fc.aliyuncs.com';" },
  { code: "const endpoint = '16530750 .cn-hangzhou.fc.aliyuncs.com';" },
  { code: "const endpoint = '16530750.cn-hangzhou.internal.fc.aliyuncs.com';" },
  { code: "const endpoint = 'http://16530750.fc.ap-southeast-1.aliyuncs.com';" },
  { code: "const endpoint = '16530750.fc.cn-hangzhou-internal.aliyuncs.com';" },
  { code: "const endpoint = 'https://alice.cn-hangzhou.fc.aliyuncs.com';" },
  { code: "const endpoint = '16530750.ap-south-1.fc.aliyuncs.com';" },
  { code: "const endpoint = 'fcv3.ap-southeast-2.aliyuncs.com';" },
  { code: "const trigger = 'https://my-func-abcd.cn-hangzhou-internal.fcapp.run';" },
  { code: "const endpoint = '16530750.cn-hangzhou-vpc.fc.aliyuncs.com';" },
  { code: "const endpoint = '16530750.cn-shangai.internal.fc.aliyun.con';" },
  { code: "const endpoint = '16530750.fc.cn-shangai.aliyuncs.com';" },
  { code: "const endpoint = `https://${accountId}.cn-shangai.fc.aliyuncs.com/2016-08-15`;" },
  { code: "const endpoint = `${accountId}.fc.${region}-internal.aliyuncs.com`;" },
  { code: "const endpoint = `${accountId}.cn-hangzhou.internal.fc.aliyuncs.com/${path}`;" },
  { code: "const endpoint = accountId + '.cn-shangai.fc.aliyuncs.com';" },
  { code: "const endpoint = '\\t\\u{1F600}\\x31\\u0036530750.cn-sh\\x61ngai.fc.aliyuncs.com';" },
  { code: "const endpoint = 'https://16530750.cn-hang\\\nzhou.fc.aliyun.com';" },
  { code: "const message = `first line\r\nsecond line: ${x} 16530750.cn-shangai.fc.aliyuncs.com`;" },
  { code: "const path = String.raw`C:\\fc\\16530750.cn-shangai.fc.aliyuncs.com`;" },
  { code: "const link = <a href=\"https://16530750.cn-hangzhou.internal.fc.aliyuncs.com/2016-08-15/proxy/\">Invoke</a>;" },
  { code: "const link = <a title=\"&quot;&#x1F600; 16530750.cn-shangai.fc.aliyuncs.com\">x</a>;" },
  { code: "const help = <p>&lt;endpoint&gt; is 16530750.cn-shangai.fc.aliyuncs.com</p>;" },
  { code: "var client = new FC('16530750', { endpoint: 'https://16530750.cn-shangai.fc.aliyuncs.com' });", filename: "client.js" },
  { code: "const doc = '<account-id>.cn-shangai.fc.aliyuncs.com';" },
  { code: "const hosts = '16530750.cn-hangzhou.fc.aliyuncs.com, 16530750.cn-shangai.fc.aliyuncs.com';" },
  // The invalid cases of no-hardcoded-endpoint.test.ts.
  { code: "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';" },
  { code: "import { parseEndpoint } from '@fc-atlas/catalog';\nconst endpoint = 'HTTPS://16530750.CN-HANGZHOU-INTERNAL.FC.ALIYUNCS.COM/2016-08-15/proxy/svc/fn/';" },
  { code: "import FC from '@alicloud/fc2';\nconst client = new FC('16530750', { endpoint: 'http://16530750.cn-hangzhou.fc.aliyuncs.com' });" },
  { code: "const endpoint = 'fcv3.cn-hangzhou.aliyuncs.com';" },
  { code: "const endpoint = 'https://fcv3.ap-southeast-1.aliyuncs.com/2023-03-30/functions';" },
  { code: "const endpoint = '16530750.cn-hangzhou-finance.fc.aliyuncs.com';" },
  { code: "const endpoint = 'https://cn-hangzhou.fc.aliyuncs.com';" },
  { code: "const endpoint = 'https://16530750.cn-hangzhou.fc.aliyuncs.com:8443/';" },
  { code: "const config = '{\"endpoint\":\"https://16530750.cn-hangzhou.fc.aliyuncs.com\"}';" },
  { code: "const hosts = 'primary 16530750.cn-hangzhou.fc.aliyuncs.com, backup 16530750.cn-shanghai.fc.aliyuncs.com';" },
  { code: "const endpoint = `https://${accountId}.cn-hangzhou.fc.aliyuncs.com/2016-08-15/${path}`;" },
  { code: "const endpoint = `${config.account}.${region}-internal.fc.aliyuncs.com`;" },
  { code: "const endpoint = `${(log(), accountId)}.cn-hangzhou.fc.aliyuncs.com`;" },
  { code: "const message = `${user} calls 16530750.cn-hangzhou.fc.aliyuncs.com`;" },
  { code: "const raw = String.raw`\\d 16530750.cn-hangzhou.fc.aliyuncs.com`;" },
  { code: "const q = gql`query { endpoint(host: \"16530750.cn-hangzhou.fc.aliyuncs.com\") }`;" },
  { code: "const endpoint = `https://${accountId}.${region}.fc.aliyuncs.com\r\n`;" },
  { code: "const endpoint = accountId + '.cn-hangzhou.fc.aliyuncs.com';" },
  { code: "const endpoint = 'https://' + accountId + '.' + region + '-internal.fc.aliyuncs.com';" },
  { code: "let host = accountId;\nhost += `.${region}.fc.aliyuncs.com`;" },
  { code: "const INTERNAL_SUFFIX = '-internal.fc.aliyuncs.com';" },
  { code: "if (url.hostname.endsWith('.fc.aliyuncs.com')) retry();" },
  { code: "const link = <a href=\"https://16530750.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy/svc/fn/?a=1&amp;b=2\">Invoke</a>;" },
  { code: "const help = <p>Endpoint: &lt;16530750.cn-hangzhou.fc.aliyuncs.com&gt;</p>;" },
  { code: "'use client';\nconst endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';" },
  { code: "import { fcEndpoint as buildEndpoint } from '@fc-atlas/catalog';\nconst endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';" },
  { code: "function endpoint() { return'16530750.cn-hangzhou.fc.aliyuncs.com' }" },
  { code: "const url = 'https://16530750.cn-hangzhou.fc.aliyuncs.com/a`b${c}\\\\';" },
  { code: "function f(fcEndpoint: unknown) { return '16530750.cn-hangzhou.fc.aliyuncs.com'; }" },
  { code: "const byHost = { '16530750.cn-hangzhou.fc.aliyuncs.com': 1 };" },
  { code: "class Client { '16530750.cn-hangzhou.fc.aliyuncs.com' = 1; }" },
  { code: "enum Endpoint { Hangzhou = '16530750.cn-hangzhou.fc.aliyuncs.com' }" },
  { code: "var endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';", filename: "client.js", script: true },
  { code: "'use strict';\nvar endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';", filename: "client.cjs", script: true },
  { code: "'use strict';\nconst FCClient = require('@alicloud/fc2');\nconst client = new FCClient('16530750', { endpoint: 'https://16530750.cn-hangzhou.fc.aliyuncs.com' });\nmodule.exports = client;", filename: "client.js" },
  { code: "exports.endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';", filename: "client.js" },
  { code: "const { parseEndpoint } = require('@fc-atlas/catalog');\nconst endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';", filename: "client.js" },
  { code: "const catalog = require('@fc-atlas/catalog');\nconst endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';", filename: "client.js" },
  { code: "import * as fcAtlas from '@fc-atlas/catalog';\nconst endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';" },
  { code: "const endpoint = (a, r) => `${a}.` + r + '.fc.aliyun.com';" },
  { code: "const endpoint = (a) => 'https://' + a + '.cn-shangai' + '.fc.aliyuncs.com';" },
  { code: "const sdkMap = { 'cn-hangzhou': 'https://16530750.cn-hangzhou.fc.aliyuncs.com' };" },
  { code: "const config = { endpoint: '16530750.cn-hangzhou.fc.aliyuncs.com' } as const;" },
  { code: "const a = '\\uD80016530750.cn-hangzhou.fc.aliyuncs.com\udc00';" },
  { code: "var endpoint = '\\t16530750.cn-hangzhou.fc.aliyuncs.com';", filename: "client.js" },
  { code: "const trigger = 'https://my-func-abcd.cn-hangzhou-vpc.fcapp.run/invoke';", options: [{"includeTriggerUrls": true}] },
  { code: "const a = '16530750.cn-hangzhou.fc.aliyuncs.com';\nconst b = '16530750.cn-shanghai.fc.aliyuncs.com';", options: [{"allow": ["16530750.cn-hangzhou.fc.aliyuncs.com"]}] },
];

const rules = { 'valid-endpoint': validEndpoint, 'no-hardcoded-endpoint': noHardcodedEndpoint } as unknown as Record<string, Rule.RuleModule>;
const linter = new Linter({ configType: 'flat' });

function lint(code: string, testCase: Case) {
  return linter.verify(
    code,
    [
      {
        files: ['**/*.{js,jsx,cjs,ts,tsx}'],
        plugins: { fc: { rules } },
        languageOptions: {
          parser: tsParser,
          parserOptions: { ecmaFeatures: { jsx: true } },
          ...(testCase.script ? { sourceType: 'script' as const } : {}),
        },
        rules: {
          'fc/valid-endpoint': 'error',
          'fc/no-hardcoded-endpoint': ['error', ...((testCase.options ?? []) as object[])],
        },
      },
    ],
    testCase.filename ?? 'file.tsx',
  );
}

/** True when the code parses as a CommonJS module (espree, which rejects import declarations there). */
const parsesAsCommonJs = (code: string) =>
  new Linter({ configType: 'flat' }).verify(code, [{ languageOptions: { sourceType: 'commonjs' } }], 'file.cjs').every((m) => !m.fatal);

const isCommonJs = (testCase: Case) =>
  testCase.filename?.endsWith('.cjs') === true || /\brequire\(|\bmodule\.exports\b|\bexports\./.test(testCase.code);

const offsetOf = (code: string, line: number, column: number) => {
  const lines = code.split(/(?<=\r\n|[\r\n\u2028\u2029])/);
  return lines.slice(0, line - 1).reduce((sum, l) => sum + l.length, 0) + column - 1;
};

/** The value of a catalog call written with literals only, e.g. `fcEndpoint({ accountId: '1', region: 'cn-hangzhou' })`. */
function evaluateCall(call: string): string | undefined {
  if (!/^(?:fcEndpoint|fcEndpointUrl|fcv3Endpoint)\(\{ \w+: (?:'[\w-]*'|true)(?:, \w+: (?:'[\w-]*'|true))* \}\)$/.test(call)) return undefined;
  const run = new Function('fcEndpoint', 'fcEndpointUrl', 'fcv3Endpoint', `return ${call};`) as (...builders: unknown[]) => string;
  return run(catalog.fcEndpoint, catalog.fcEndpointUrl, catalog.fcv3Endpoint);
}

let suggestionsChecked = 0;
let callsEvaluated = 0;

describe('every suggestion is safe to apply', () => {
  it.each(cases.map((c) => [c.code, c] as const))('%s', (_, testCase) => {
    const before = lint(testCase.code, testCase);
    expect(before.filter((m) => m.fatal)).toEqual([]);
    for (const message of before) {
      for (const suggestion of message.suggestions ?? []) {
        suggestionsChecked++;
        const { range, text } = suggestion.fix;
        const output = testCase.code.slice(0, range[0]) + text + testCase.code.slice(range[1]);
        const after = lint(output, testCase);
        expect(after.filter((m) => m.fatal), output).toEqual([]);
        // CommonJS code (a .cjs file, or one that uses require or exports) stays CommonJS: no import declaration.
        if (isCommonJs(testCase)) expect(parsesAsCommonJs(output), output).toBe(true);
        const sameRule = (messages: Linter.LintMessage[]) => messages.filter((m) => m.ruleId === message.ruleId);
        expect(sameRule(after), output).toHaveLength(sameRule(before).length - 1);
        // Nothing of that rule is left inside the text the suggestion wrote.
        for (const m of sameRule(after)) {
          const start = offsetOf(output, m.line, m.column);
          expect(start < range[0] || start >= range[0] + text.length, `${m.message} in ${output}`).toBe(true);
        }
        if (message.ruleId === 'fc/no-hardcoded-endpoint') {
          const call = /^Replace with (.*)\.$/.exec(suggestion.desc)?.[1] ?? '';
          const host = /endpoint "([^"]+)"/.exec(message.message)?.[1] ?? '';
          const value = evaluateCall(call);
          if (value !== undefined) {
            callsEvaluated++;
            expect(value.replace(/^https?:\/\//, '')).toBe(host.toLowerCase());
          }
        }
      }
    }
  });

  it('checked a meaningful number of suggestions, and evaluated the calls built from literals', () => {
    expect(suggestionsChecked).toBeGreaterThanOrEqual(45);
    expect(callsEvaluated).toBeGreaterThanOrEqual(12);
  });
});

/*
 * The cases no-unhandled-error-code adds must not change what the switch does: each sample is a function `run(err,
 * trace)`; it runs for every FC code (and a few others) before and after the suggestion, and every outcome (returned
 * value, thrown error, the trace of the statements it ran) must be the same.
 */
const switchSamples: Record<string, string> = {
  'default last': `function run(err, trace) {
  switch (err.code) {
    case 'FunctionNotFound':
      return null;
    default:
      throw err;
  }
}`,
  'default first, falling into a case': `function run(err, trace) {
  switch (err.code) {
    default:
      trace.push('default');
    case 'FunctionNotFound':
      trace.push('not found');
      break;
    case 'ServiceNotFound':
      return 'service';
  }
  return trace.length;
}`,
  'default in the middle, a case falling into it': `function run(err, trace) {
  switch (err.code) {
    case 'FunctionNotFound':
      trace.push('not found');
    default:
      trace.push('default');
      break;
    case 'ResourceExhausted':
      return 'retry';
  }
  return 'after';
}`,
  'default sharing labels, in a block': `function run(err, trace) {
  switch (err.code) {
    case 'ResourceThrottled':
      return 'retry';
    case 'ServiceNotFound':
    case undefined:
    default: {
      trace.push('default');
      throw err;
    }
  }
}`,
  'one line, default last': `function run(err, trace) { switch (err.code) { case 'FunctionNotFound': return null; default: throw err; } }`,
  'one line, default first': `function run(err, trace) { switch (err.code) { default: trace.push('default'); case 'FunctionNotFound': return 'not found'; } }`,
  'no default, the last case falling out': `function run(err, trace) {
  switch (err.code) {
    case 'ResourceExhausted':
      return 'retry';
    case 'FunctionNotFound':
      trace.push('not found');
  }
  return 'after';
}`,
};

const probeCodes: (string | undefined)[] = [...catalog.errorCodes.map((c) => c.code), 'ECONNRESET', '', undefined];

function outcome(source: string, code: string | undefined): unknown {
  const run = new Function(`${source}\nreturn run;`)() as (err: { code?: string }, trace: string[]) => unknown;
  const err = { code };
  const trace: string[] = [];
  try {
    return { returned: run(err, trace), trace };
  } catch (thrown) {
    return { threw: thrown === err ? 'err' : String(thrown), trace };
  }
}

describe('no-unhandled-error-code: the added cases keep every path (strict options)', () => {
  const strictLinter = new Linter({ configType: 'flat' });
  const lintStrict = (code: string) =>
    strictLinter.verify(code, [
      {
        files: ['**/*.js'],
        plugins: { fc: { rules: { 'no-unhandled-error-code': noUnhandledErrorCode as unknown as Rule.RuleModule } } },
        languageOptions: { parser: tsParser },
        rules: { 'fc/no-unhandled-error-code': ['error', { require: 'common', defaultSatisfies: false }] },
      },
    ], 'file.js');

  it.each(Object.entries(switchSamples))('%s', (_, source) => {
    const [message, ...others] = lintStrict(source);
    expect(others).toEqual([]);
    const fix = message?.suggestions?.[0]?.fix;
    expect(fix, JSON.stringify(message)).toBeDefined();
    const fixed = source.slice(0, fix!.range[0]) + fix!.text + source.slice(fix!.range[1]);
    expect(lintStrict(fixed), fixed).toEqual([]);
    for (const code of probeCodes) {
      expect(outcome(fixed, code), `${String(code)} in\n${fixed}`).toEqual(outcome(source, code));
    }
  });
});

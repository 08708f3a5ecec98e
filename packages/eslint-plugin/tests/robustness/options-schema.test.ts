// Bad configuration: wrong rule options fail ESLint's schema validation with a message that names the rule and the bad
// value; option values the schema cannot judge (an allow-list host, a code name) are reported, never silently ignored.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { pluginSource } from './support.js';

const linter = new Linter({ configType: 'flat' });
const HOST = 'const host = "16530750.cn-hangzhou.fc.aliyuncs.com";';
const SWITCH = "switch (err.code) { case 'FunctionNotFound': break; }";

function lint(rule: string, options: unknown[], code = HOST): Linter.LintMessage[] {
  return linter.verify(code, [{ plugins: { '@fc-atlas': pluginSource }, rules: { [`@fc-atlas/${rule}`]: ['error', ...options] } }], {
    filename: 'options.js',
  });
}

/** The error ESLint throws for bad options (fails the test if it does not throw). */
function schemaError(rule: string, options: unknown[]): string {
  try {
    lint(rule, options);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`options ${JSON.stringify(options)} for ${rule} were accepted`);
}

describe('rule options are validated by their schema, with readable messages', { timeout: 60_000 }, () => {
  const cases: [rule: string, options: unknown[], mentions: string[]][] = [
    // Rules without options reject any.
    ['valid-endpoint', [{ fix: true }], ['@fc-atlas/valid-endpoint', 'should NOT have more than 0 items']],
    ['valid-error-code', ['strict'], ['@fc-atlas/valid-error-code', 'should NOT have more than 0 items']],
    // no-hardcoded-endpoint
    ['no-hardcoded-endpoint', [{ allow: '16530750.cn-hangzhou.fc.aliyuncs.com' }], ['@fc-atlas/no-hardcoded-endpoint', 'should be array']],
    ['no-hardcoded-endpoint', [{ allow: [42] }], ['@fc-atlas/no-hardcoded-endpoint', 'Value 42 should be string']],
    ['no-hardcoded-endpoint', [{ allow: [''] }], ['@fc-atlas/no-hardcoded-endpoint', 'should NOT be shorter than 1 characters']],
    ['no-hardcoded-endpoint', [{ allow: ['a.fc.aliyuncs.com', 'a.fc.aliyuncs.com'] }], ['duplicate items']],
    ['no-hardcoded-endpoint', [{ includeTriggerUrls: 'yes' }], ['@fc-atlas/no-hardcoded-endpoint', 'Value "yes" should be boolean']],
    ['no-hardcoded-endpoint', [{ alow: [] }], ['Unexpected property "alow"', '"allow"', '"includeTriggerUrls"']],
    ['no-hardcoded-endpoint', [{}, {}], ['should NOT have more than 1 items']],
    // no-unhandled-error-code
    ['no-unhandled-error-code', [{ require: 'retryabel' }], ['@fc-atlas/no-unhandled-error-code', 'Value "retryabel" should be equal to one of the allowed values']],
    ['no-unhandled-error-code', [{ require: [] }], ['should NOT have fewer than 1 items']],
    ['no-unhandled-error-code', [{ require: [7] }], ['Value 7 should be string']],
    ['no-unhandled-error-code', [{ defaultSatisfies: 'no' }], ['Value "no" should be boolean']],
    ['no-unhandled-error-code', [{ ignoreComment: '' }], ['should NOT be shorter than 1 characters']],
    ['no-unhandled-error-code', [{ requires: 'common' }], ['Unexpected property "requires"']],
  ];
  for (const [rule, options, mentions] of cases) {
    it(`${rule} rejects ${JSON.stringify(options)}`, () => {
      const message = schemaError(rule, options);
      for (const text of mentions) expect(message).toContain(text);
    });
  }

  it('accepts every preset and the documented option shapes', () => {
    for (const config of ['recommended', 'strict', 'all'] as const) {
      expect(() => linter.verify(HOST, [pluginSource.configs[config]], { filename: 'a.js' })).not.toThrow();
    }
    expect(() => lint('no-hardcoded-endpoint', [{ allow: ['*.cn-hangzhou.fc.aliyuncs.com'], includeTriggerUrls: true }])).not.toThrow();
    expect(() => lint('no-unhandled-error-code', [{ require: ['ResourceThrottled'], defaultSatisfies: false, ignoreComment: 'ok' }], SWITCH)).not.toThrow();
  });
});

describe('option values the schema cannot judge are reported, not ignored', { timeout: 60_000 }, () => {
  const badAllowEntries = [
    'example.com',
    '*.example.com',
    '*',
    'fc.aliyuncs.com',
    '16530750.cn-hangzhuo.fc.aliyuncs.com', // misspelled region: valid-endpoint reports the host, so it never matches
    '<account-id>.cn-hangzhou.fc.aliyuncs.com',
    '**.fc.aliyuncs.com',
  ];
  for (const entry of badAllowEntries) {
    it(`no-hardcoded-endpoint reports the allow entry ${JSON.stringify(entry)}`, () => {
      const reports = lint('no-hardcoded-endpoint', [{ allow: [entry] }]).filter((m) => m.messageId === 'badAllowEntry');
      expect(reports).toHaveLength(1);
      expect(reports[0]!.message).toContain(entry);
      // The bad entry does not switch the rule off: the host is still reported.
      expect(lint('no-hardcoded-endpoint', [{ allow: [entry] }]).some((m) => m.messageId === 'hardcodedEndpoint')).toBe(true);
    });
  }

  const goodAllowEntries = [
    '16530750.cn-hangzhou.fc.aliyuncs.com',
    ' 16530750.CN-HANGZHOU.fc.aliyuncs.com ',
    'https://16530750.cn-hangzhou.fc.aliyuncs.com/',
    '*.cn-hangzhou.fc.aliyuncs.com',
    '16530750.*.fc.aliyuncs.com',
  ];
  for (const entry of goodAllowEntries) {
    it(`no-hardcoded-endpoint accepts the allow entry ${JSON.stringify(entry)} and it allows the host`, () => {
      expect(lint('no-hardcoded-endpoint', [{ allow: [entry] }])).toEqual([]);
    });
  }

  it('no-unhandled-error-code reports a "require" entry that is not an FC code, with the nearest code', () => {
    const reports = lint('no-unhandled-error-code', [{ require: ['ResourceThrotled', 'FunctionNotFound'] }], SWITCH).filter(
      (m) => m.messageId === 'badOption',
    );
    expect(reports).toHaveLength(1);
    expect(reports[0]!.message).toContain('"ResourceThrotled"');
    expect(reports[0]!.message).toContain('did you mean "ResourceThrottled"');
  });
});

import { describe, expect, it } from 'vitest';
import { compressText, decodeState, decompressText, encodeState, type PlaygroundState } from '../src/state.js';

const defaults: PlaygroundState = { tab: 'lint', fileType: 'js', code: 'const example = 1;\n', disabledRules: [] };

describe('encodeState', () => {
  it('writes nothing for the defaults, so an untouched page has a clean URL', async () => {
    expect(await encodeState(defaults, defaults)).toBe('');
  });

  it('writes only what differs from the defaults', async () => {
    const hash = await encodeState({ ...defaults, fileType: 'tsx', disabledRules: ['valid-error-code'] }, defaults);
    expect(hash).toBe('#type=tsx&off=valid-error-code');
  });

  it('sorts switched-off rules, so the same options give the same link', async () => {
    const a = await encodeState({ ...defaults, disabledRules: ['valid-error-code', 'no-hardcoded-endpoint'] }, defaults);
    const b = await encodeState({ ...defaults, disabledRules: ['no-hardcoded-endpoint', 'valid-error-code'] }, defaults);
    expect(a).toBe(b);
    expect(a).toBe('#off=no-hardcoded-endpoint%2Cvalid-error-code');
  });

  it('keeps the code compressed and URL-safe', async () => {
    const code = `const host = 'https://1234.cn-shangai.fc.aliyuncs.com';\n`.repeat(40);
    const hash = await encodeState({ ...defaults, code }, defaults);
    const z = new URLSearchParams(hash.slice(1)).get('z')!;
    expect(z).toMatch(/^[\w-]+$/);
    expect(hash.length).toBeLessThan(code.length / 5);
  });
});

describe('decodeState', () => {
  const roundTrips: [string, PlaygroundState][] = [
    ['every field set', { tab: 'endpoints', fileType: 'ts', code: 'let a: number = 1;', disabledRules: ['no-unhandled-error-code', 'valid-endpoint'] }],
    ['non-ASCII code and emoji', { ...defaults, code: "// 华东2(上海) 🚀\nconst region = 'cn-shanghai';\n" }],
    ['empty code', { ...defaults, code: '' }],
    ['code with characters URLs treat specially', { ...defaults, code: "a?b=c&d#e%20+f/g\u2028'`\"\n\t\r\n" }],
  ];
  it.each(roundTrips)('round-trips %s', async (_name, state) => {
    const { state: decoded, problem } = await decodeState(await encodeState(state, defaults));
    expect(problem).toBeUndefined();
    expect({ ...defaults, ...decoded, disabledRules: [...(decoded.disabledRules ?? [])].sort() }).toEqual({
      ...state,
      disabledRules: [...state.disabledRules].sort(),
    });
  });

  it('round-trips long code', async () => {
    const code = Array.from({ length: 3000 }, (_, i) => `const v${i} = '${i.toString(36)}';`).join('\n');
    const { state } = await decodeState(await encodeState({ ...defaults, code }, defaults));
    expect(state.code).toBe(code);
  });

  it('reads an empty hash as "all defaults"', async () => {
    expect(await decodeState('')).toEqual({ state: {} });
    expect(await decodeState('#')).toEqual({ state: {} });
  });

  it('accepts plain `code=` for links written by hand', async () => {
    const { state } = await decodeState(`#code=${encodeURIComponent("const h = 'x';")}&type=jsx`);
    expect(state).toEqual({ code: "const h = 'x';", fileType: 'jsx' });
  });

  it('names unknown values and keeps the parts it could read', async () => {
    const { state, problem } = await decodeState('#tab=settings&type=py&off=valid-endpoint');
    expect(state).toEqual({ disabledRules: ['valid-endpoint'] });
    expect(problem).toContain('unknown tab "settings"');
    expect(problem).toContain('unknown file type "py" (expected js, jsx, ts, tsx)');
  });

  it('falls back to the example when the compressed code is damaged', async () => {
    const good = new URLSearchParams((await encodeState({ ...defaults, code: 'const x = 1;'.repeat(20) }, defaults)).slice(1)).get('z')!;
    for (const z of [good.slice(0, good.length / 2), 'not*base64', 'AAAA']) {
      const { state, problem } = await decodeState(`#z=${z}&type=ts`);
      expect(state).toEqual({ fileType: 'ts' });
      expect(problem).toMatch(/code in the link is cut off or damaged/);
    }
  });

  it('drops empty and repeated rule names', async () => {
    expect((await decodeState('#off=a,,b,a,')).state.disabledRules).toEqual(['a', 'b']);
  });
});

describe('compressText', () => {
  it('round-trips every UTF-16 code point class', async () => {
    const text = 'ascii é 中文 😀 \u0000 \uFFFC';
    expect(await decompressText(await compressText(text))).toBe(text);
  });
});

import type { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { lineStarts, offsetAt, toFindings } from '../src/lint/findings.js';

const message = (overrides: Partial<Linter.LintMessage>): Linter.LintMessage => ({
  ruleId: '@fc-atlas/valid-endpoint',
  severity: 2,
  message: 'm',
  line: 1,
  column: 1,
  ...overrides,
});

describe('offsetAt', () => {
  const code = 'ab\ncd\n\nef';
  const starts = lineStarts(code);
  it('finds the start of every line', () => expect(starts).toEqual([0, 3, 6, 7]));
  it('turns 1-based line and column into an offset', () => {
    expect(offsetAt(starts, code.length, 1, 1)).toBe(0);
    expect(offsetAt(starts, code.length, 2, 2)).toBe(4);
    expect(offsetAt(starts, code.length, 4, 3)).toBe(9);
  });
  it('puts a message without a position at the start', () => {
    expect(offsetAt(starts, code.length, Number.NaN, Number.NaN)).toBe(0);
    expect(offsetAt(starts, code.length, undefined as unknown as number, undefined as unknown as number)).toBe(0);
  });
  it('clamps positions outside the code', () => {
    expect(offsetAt(starts, code.length, 9, 9)).toBe(code.length);
    expect(offsetAt(starts, code.length, 0, 0)).toBe(0);
  });
});

describe('toFindings', () => {
  const code = "const a = 'x';\nconst b = 'y';\n";
  it('gives offsets, severities and suggestions as edits, sorted by position', () => {
    const findings = toFindings(code, [
      message({ line: 2, column: 11, endLine: 2, endColumn: 14, severity: 1, ruleId: '@fc-atlas/valid-error-code' }),
      message({
        line: 1,
        column: 11,
        endLine: 1,
        endColumn: 14,
        suggestions: [{ desc: 'Replace with "z".', fix: { range: [10, 13], text: "'z'" } }],
      }),
    ]);
    expect(findings).toEqual([
      {
        ruleId: '@fc-atlas/valid-endpoint',
        severity: 'error',
        message: 'm',
        line: 1,
        column: 11,
        from: 10,
        to: 13,
        suggestions: [{ description: 'Replace with "z".', from: 10, to: 13, insert: "'z'" }],
      },
      expect.objectContaining({ ruleId: '@fc-atlas/valid-error-code', severity: 'warning', from: 25, to: 28, suggestions: [] }),
    ]);
  });

  it('gives a parse error (no end, no rule) an empty range', () => {
    const [finding] = toFindings(code, [message({ ruleId: null, line: 2, column: 3, fatal: true })]);
    expect(finding).toMatchObject({ ruleId: null, from: 17, to: 17 });
  });
});

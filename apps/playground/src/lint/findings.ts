import type { Linter } from 'eslint';
import type { Finding } from './protocol.js';

/** Offsets of the first character of each line. */
export function lineStarts(code: string): number[] {
  const starts = [0];
  for (let i = 0; i < code.length; i++) if (code.charCodeAt(i) === 10) starts.push(i + 1);
  return starts;
}

/** ESLint's 1-based line and column to an offset, clamped to the code (a parser crash may give no position at all). */
export function offsetAt(starts: readonly number[], codeLength: number, line: number, column: number): number {
  const lineStart = starts[Math.min(Math.max(Number.isFinite(line) ? line : 1, 1), starts.length) - 1] ?? 0;
  const offset = lineStart + (Number.isFinite(column) ? column : 1) - 1;
  return Math.min(Math.max(offset, 0), codeLength);
}

/** ESLint's messages as findings with offsets, sorted by position; suggestions become plain edits. */
export function toFindings(code: string, messages: readonly Linter.LintMessage[]): Finding[] {
  const starts = lineStarts(code);
  return messages
    .map((message): Finding => {
      const from = offsetAt(starts, code.length, message.line, message.column);
      const end = message.endLine === undefined ? from : offsetAt(starts, code.length, message.endLine, message.endColumn ?? message.column);
      return {
        ruleId: message.ruleId,
        severity: message.severity === 2 ? 'error' : 'warning',
        message: message.message,
        line: Number.isFinite(message.line) ? message.line : 1,
        column: Number.isFinite(message.column) ? message.column : 1,
        from,
        to: Math.max(end, from),
        suggestions: (message.suggestions ?? []).map((suggestion) => ({
          description: suggestion.desc,
          from: suggestion.fix.range[0],
          to: suggestion.fix.range[1],
          insert: suggestion.fix.text,
        })),
      };
    })
    .sort((a, b) => a.from - b.from || a.to - b.to);
}

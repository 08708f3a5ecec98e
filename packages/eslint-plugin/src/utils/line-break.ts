import type { TSESLint } from '@typescript-eslint/utils';

const OWN_BREAK = /^(?:\r\n|\r|\n)/;
const ANY_BREAK = /\r\n|\r|\n/;

/**
 * The line break for text a suggestion writes at `line` (1-based): the one that ends that line, else the file's first,
 * else `\n`. A CRLF file, or the CRLF part of a mixed one, thus stays CRLF. (U+2028/U+2029 end lines for ESLint but
 * are never written.)
 */
export function lineBreakAt(sourceCode: Readonly<TSESLint.SourceCode>, line: number): string {
  const end = sourceCode.getIndexFromLoc({ line, column: 0 }) + (sourceCode.lines[line - 1] ?? '').length;
  return (OWN_BREAK.exec(sourceCode.text.slice(end, end + 2)) ?? ANY_BREAK.exec(sourceCode.text))?.[0] ?? '\n';
}

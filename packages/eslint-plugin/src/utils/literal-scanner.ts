import { DYNAMIC, findEndpoints, mayContainEndpoint, type EndpointMatch } from '@fc-atlas/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

/** A node whose text can hold a host: a string literal, a template literal or JSX text. */
export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral | TSESTree.JSXText;

/** A stretch of the scanned text that sits at a known place in the source: cooked offsets → source offsets. */
interface Segment {
  /** Offset of the segment in the scanned text. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Source offset of each text offset in [textStart, textEnd]; `undefined` when the source cannot be mapped exactly. */
  readonly sourceOffsets?: readonly number[];
  /** Source range of the whole node part, used when the exact offsets are unknown. */
  readonly fallback: readonly [number, number];
}

export interface HostFinding {
  readonly node: StringNode;
  readonly match: EndpointMatch;
  /** Source range of the host (exact where the source can be mapped, else the string part that holds it). */
  readonly range: readonly [number, number];
  /**
   * Source ranges of the host's literal parts, one per stretch between run-time values (`${...}`), with the text
   * offsets they hold; `undefined` when an escape sequence or HTML entity makes the mapping inexact.
   */
  readonly parts?: readonly { readonly range: readonly [number, number]; readonly text: string }[];
  /** Source text of each `${...}` expression inside the host, in order. */
  readonly expressions: readonly string[];
}

const findingsByNode = new WeakMap<StringNode, readonly HostFinding[]>();
const fileHostFlag = new WeakMap<object, boolean>();

/**
 * Maps each offset of the decoded value of a JS string body to its source offset, walking escape sequences.
 * `body` is the raw text between the quotes (or a template quasi's raw text); `base` its source offset.
 */
function mapEscapes(body: string, base: number): number[] {
  const offsets: number[] = [];
  let i = 0;
  while (i < body.length) {
    if (body[i] !== '\\') {
      offsets.push(base + i);
      i++;
      continue;
    }
    const start = i;
    const next = body[i + 1];
    let length = 2;
    let produced = 1;
    if (next === 'x') length = 4;
    else if (next === 'u' && body[i + 2] === '{') {
      const close = body.indexOf('}', i);
      length = close < 0 ? 2 : close - i + 1;
      const codePoint = Number.parseInt(body.slice(i + 3, close), 16);
      produced = codePoint > 0xffff ? 2 : 1;
    } else if (next === 'u') length = 6;
    else if (next === '\r' && body[i + 2] === '\n') {
      length = 3;
      produced = 0;
    } else if (next === '\n' || next === '\r' || next === '\u2028' || next === '\u2029') produced = 0;
    for (let k = 0; k < produced; k++) offsets.push(base + start);
    i += length;
  }
  offsets.push(base + body.length);
  return offsets;
}

/** The text a node holds (template expressions replaced by `DYNAMIC`) and how it maps back to the source. */
function textOf(node: StringNode, sourceText: string): { text: string; segments: Segment[]; expressions: string[] } {
  if (node.type === 'TemplateLiteral') {
    let text = '';
    const segments: Segment[] = [];
    const expressions: string[] = [];
    node.quasis.forEach((quasi, index) => {
      const value = quasi.value.cooked ?? quasi.value.raw;
      // A quasi's range includes its opening delimiter (` or }); its raw text starts one character later.
      const base = quasi.range[0] + 1;
      const offsets = mapEscapes(quasi.value.raw, base);
      const exact = offsets.length === value.length + 1;
      segments.push({
        textStart: text.length,
        textEnd: text.length + value.length,
        ...(exact ? { sourceOffsets: offsets } : {}),
        fallback: quasi.range,
      });
      text += value;
      const expression = node.expressions[index];
      if (expression) {
        text += DYNAMIC;
        expressions.push(sourceText.slice(expression.range[0], expression.range[1]));
      }
    });
    return { text, segments, expressions };
  }
  const value = node.value;
  if (node.type === 'JSXText') {
    const exact = node.raw === value;
    const offsets = exact ? Array.from({ length: value.length + 1 }, (_, k) => node.range[0] + k) : undefined;
    return { text: value, segments: [{ textStart: 0, textEnd: value.length, ...(offsets ? { sourceOffsets: offsets } : {}), fallback: node.range }], expressions: [] };
  }
  const body = node.raw.slice(1, -1);
  const inJsx = node.parent?.type === 'JSXAttribute';
  let offsets: number[] | undefined;
  if (inJsx) {
    // JSX attribute strings have no escapes, but may hold HTML entities; map only when the text is unchanged.
    if (body === value) offsets = Array.from({ length: value.length + 1 }, (_, k) => node.range[0] + 1 + k);
  } else {
    offsets = mapEscapes(body, node.range[0] + 1);
    if (offsets.length !== value.length + 1) offsets = undefined;
  }
  return { text: value, segments: [{ textStart: 0, textEnd: value.length, ...(offsets ? { sourceOffsets: offsets } : {}), fallback: node.range }], expressions: [] };
}

/** Strings in type positions, module specifiers and the like are not run-time values and never hold an endpoint to check. */
function isIgnoredPosition(node: StringNode): boolean {
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'TSLiteralType':
    case 'TSExternalModuleReference':
    case 'TSModuleDeclaration':
    case 'TSImportType':
    case 'ImportAttribute':
      return true;
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
      return parent.source === node;
    default:
      return false;
  }
}

/**
 * The FC hosts (and near misses) in one string node, computed once per node and shared by every rule in this lint
 * run. Nodes without `fc` in their text are skipped before any other work.
 */
export function scanStringNode(node: StringNode, sourceCode: Readonly<TSESLint.SourceCode>): readonly HostFinding[] {
  const cached = findingsByNode.get(node);
  if (cached) return cached;
  let findings: readonly HostFinding[] = [];
  const quick = node.type === 'TemplateLiteral' ? node.quasis.some((q) => q.value.raw.length > 0) : node.value.length >= 10;
  if (quick && !isIgnoredPosition(node)) {
    const { text, segments, expressions } = textOf(node, sourceCode.text);
    if (mayContainEndpoint(text)) {
      findings = findEndpoints(text).map((match) => locate(node, match, text, segments, expressions));
    }
  }
  findingsByNode.set(node, findings);
  return findings;
}

function locate(node: StringNode, match: EndpointMatch, text: string, segments: readonly Segment[], allExpressions: readonly string[]): HostFinding {
  const parts: { range: [number, number]; text: string }[] = [];
  let exact = true;
  let fallbackStart = Number.POSITIVE_INFINITY;
  let fallbackEnd = 0;
  for (const segment of segments) {
    const start = Math.max(match.start, segment.textStart);
    const end = Math.min(match.end, segment.textEnd);
    if (start > end || (start === end && segment.textStart !== match.start)) continue;
    fallbackStart = Math.min(fallbackStart, segment.fallback[0]);
    fallbackEnd = Math.max(fallbackEnd, segment.fallback[1]);
    if (!segment.sourceOffsets) {
      exact = false;
      continue;
    }
    const offsets = segment.sourceOffsets;
    parts.push({ range: [offsets[start - segment.textStart]!, offsets[end - segment.textStart]!], text: text.slice(start, end) });
  }
  // Expressions inside the host, in order: count the DYNAMIC characters before and inside the match.
  const before = countDynamic(text, 0, match.start);
  const inside = countDynamic(text, match.start, match.end);
  const expressions = allExpressions.slice(before, before + inside);
  if (exact && parts.length > 0) {
    return { node, match, range: [parts[0]!.range[0], parts[parts.length - 1]!.range[1]], parts, expressions };
  }
  return { node, match, range: [fallbackStart, fallbackEnd], expressions };
}

function countDynamic(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf(DYNAMIC, from); i >= 0 && i < to; i = text.indexOf(DYNAMIC, i + 1)) count++;
  return count;
}

/** The string nodes a rule visits: every listener calls `scanStringNode` on them. */
export const stringNodeSelectors = ['Literal', 'TemplateLiteral', 'JSXText'] as const;

export function isStringNode(node: TSESTree.Node): node is StringNode {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral' || node.type === 'JSXText'
  );
}

/** True when the file's text holds a complete FC host anywhere (code or comments): a sign the file talks to FC. */
export function fileHasFcHost(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const cached = fileHostFlag.get(sourceCode.ast);
  if (cached !== undefined) return cached;
  const text = sourceCode.text;
  const found = mayContainEndpoint(text) && findEndpoints(text).some((m) => !m.fragment && !m.diagnosis.placeholder);
  fileHostFlag.set(sourceCode.ast, found);
  return found;
}

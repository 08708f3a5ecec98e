import { DYNAMIC, findEndpoints, mayContainEndpoint, type EndpointDiagnosis, type EndpointMatch } from '@fc-atlas/catalog/check';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { perObject } from './memo.js';

/** A node whose text can hold a host: a string literal, a template literal or JSX text. */
export type StringNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral | TSESTree.JSXText;

/** One literal stretch of the scanned text (a whole string, or one template quasi) and where it sits in the source. */
interface Segment {
  /** Offset of the stretch in the scanned text. */
  readonly textStart: number;
  readonly textEnd: number;
  /** Source offset of each text offset in [textStart, textEnd]; `undefined` when the source cannot be mapped exactly. */
  readonly sourceOffsets?: readonly number[];
  /** Source range of the node part that holds the stretch, used when the exact offsets are unknown. */
  readonly fallback: readonly [number, number];
}

/** The text of one string node as its run-time value (template expressions replaced by `DYNAMIC`). */
export interface ScannedText {
  readonly text: string;
  readonly segments: readonly Segment[];
  /** The `${...}` expressions, in order: the n-th `DYNAMIC` in `text` stands for `expressions[n]`. */
  readonly expressions: readonly TSESTree.Expression[];
}

export interface HostFinding {
  readonly node: StringNode;
  readonly match: EndpointMatch;
  /** The run-time text of the whole node that the match's offsets refer to. */
  readonly text: string;
  /** Source range of the host, `${...}` parts included (exact where the source can be mapped, else the node parts that hold it). */
  readonly range: readonly [number, number];
  /**
   * Source ranges of the host's literal parts, one per stretch between run-time values (`${...}`), so
   * `parts.length` is one more than the number of expressions inside the host; empty parts have an empty range.
   * `undefined` when the source of some part cannot be mapped exactly.
   */
  readonly parts?: readonly { readonly range: readonly [number, number]; readonly text: string }[];
  /** The `${...}` expressions inside the host, in order. */
  readonly expressions: readonly TSESTree.Expression[];
  /**
   * Set when the host spans several operands of a `+` concatenation (`a + '.' + r + '.fc.aliyuncs.con'`): `text` is then
   * the whole concatenation's run-time text, other operands standing as `DYNAMIC`, and `node` the operand that ends it.
   */
  readonly concatenated?: true;
}

const findingsByNode = new WeakMap<StringNode, readonly HostFinding[]>();

/** What one escape sequence or entity at a position of the source body stands for. */
interface Decoded {
  /** Source characters it spans. */
  readonly length: number;
  /** UTF-16 code units it produces in the value. */
  readonly produced: number;
}

type Decoder = (body: string, at: number, value: string, valueAt: number) => Decoded | undefined;

const unitsOf = (codePoint: number) => (codePoint > 0xffff ? 2 : 1);

/** Escape sequences of JS string literals and template literals (`legacyOctal` only in string literals). */
function jsEscape(legacyOctal: boolean): Decoder {
  return (body, at) => {
    if (body[at] !== '\\') return undefined;
    const next = body[at + 1];
    if (next === undefined) return { length: 1, produced: 0 };
    if (next === '\r') return { length: body[at + 2] === '\n' ? 3 : 2, produced: 0 };
    if (next === '\n' || next === '\u2028' || next === '\u2029') return { length: 2, produced: 0 };
    if (next === 'x') return { length: 4, produced: 1 };
    if (next === 'u' && body[at + 2] === '{') {
      const close = body.indexOf('}', at);
      if (close < 0) return undefined;
      const codePoint = Number.parseInt(body.slice(at + 3, close), 16);
      return { length: close - at + 1, produced: Number.isFinite(codePoint) ? unitsOf(codePoint) : 1 };
    }
    if (next === 'u') return { length: 6, produced: 1 };
    if (legacyOctal && next >= '0' && next <= '7') {
      // LegacyOctalEscapeSequence: \0-\377, at most three digits, at most two when the first is 4-7.
      const digits = next <= '3' ? 3 : 2;
      let length = 2;
      while (length <= digits && body[at + length]! >= '0' && body[at + length]! <= '7') length++;
      return { length, produced: 1 };
    }
    return { length: 2, produced: 1 };
  };
}

const JSX_ENTITY = /^&(?:#x([\da-f]{1,6})|#(\d{1,7})|[a-z][a-z\d]{0,31});/i;

/** HTML entities in JSX text and JSX attribute strings; an entity the parser left as is (unknown name) is plain text. */
const jsxEntity: Decoder = (body, at, value, valueAt) => {
  if (body[at] !== '&') return undefined;
  const entity = JSX_ENTITY.exec(body.slice(at, at + 40));
  if (!entity || value.startsWith(entity[0], valueAt)) return undefined;
  const codePoint = entity[1] ? Number.parseInt(entity[1], 16) : entity[2] ? Number.parseInt(entity[2], 10) : 0;
  return { length: entity[0].length, produced: codePoint > 0 ? unitsOf(codePoint) : 1 };
};

/**
 * Source offset of each offset of `value` (plus one past its end), walking `body` (its source text, at `base`);
 * `undefined` unless every plain character lines up with the value, so a wrong guess never yields a wrong location.
 * `normaliseNewlines`: template literals turn CR LF and CR into LF.
 */
function alignSource(body: string, base: number, value: string, decode: Decoder | undefined, normaliseNewlines: boolean): number[] | undefined {
  const offsets: number[] = [];
  let i = 0;
  while (i < body.length) {
    const decoded = decode?.(body, i, value, offsets.length);
    if (decoded) {
      for (let k = 0; k < decoded.produced; k++) offsets.push(base + i);
      i += decoded.length;
      continue;
    }
    if (normaliseNewlines && body[i] === '\r') {
      if (value[offsets.length] !== '\n') return undefined;
      offsets.push(base + i);
      i += body[i + 1] === '\n' ? 2 : 1;
      continue;
    }
    if (value[offsets.length] !== body[i]) return undefined;
    offsets.push(base + i);
    i++;
  }
  if (offsets.length !== value.length) return undefined;
  offsets.push(base + body.length);
  return offsets;
}

/** A literal `DYNAMIC` character in the source must not pass for a `${...}`; U+FFFD keeps offsets and never forms a host. */
const withoutDynamic = (value: string) => (value.includes(DYNAMIC) ? value.split(DYNAMIC).join('\uFFFD') : value);

const isStringRaw = (node: TSESTree.TemplateLiteral) => {
  const parent = node.parent;
  if (parent?.type !== 'TaggedTemplateExpression' || parent.quasi !== node) return false;
  const tag = parent.tag;
  return (
    tag.type === 'MemberExpression' &&
    !tag.computed &&
    tag.object.type === 'Identifier' &&
    tag.object.name === 'String' &&
    tag.property.type === 'Identifier' &&
    tag.property.name === 'raw'
  );
};

/** The run-time text of a node (template expressions replaced by `DYNAMIC`) and how it maps back to the source. */
export function textOf(node: StringNode, sourceText: string): ScannedText {
  if (node.type === 'TemplateLiteral') {
    // String.raw sees the raw text; other tags and untagged templates the cooked text (raw where cooking failed).
    const raw = isStringRaw(node);
    let text = '';
    const segments: Segment[] = [];
    node.quasis.forEach((quasi, index) => {
      const useRaw = raw || quasi.value.cooked == null;
      const written = useRaw ? quasi.value.raw : quasi.value.cooked!;
      // A quasi's range includes its delimiters: ` or } before, ` or ${ after.
      const bodyStart = quasi.range[0] + 1;
      const bodyEnd = quasi.range[1] - (quasi.tail ? 1 : 2);
      const offsets = alignSource(sourceText.slice(bodyStart, bodyEnd), bodyStart, written, useRaw ? undefined : jsEscape(false), true);
      const value = withoutDynamic(written);
      segments.push({ textStart: text.length, textEnd: text.length + value.length, ...(offsets ? { sourceOffsets: offsets } : {}), fallback: quasi.range });
      text += value;
      if (index < node.expressions.length) text += DYNAMIC;
    });
    return { text, segments, expressions: node.expressions as TSESTree.Expression[] };
  }
  let offsets: number[] | undefined;
  if (node.type === 'JSXText') {
    offsets = alignSource(sourceText.slice(node.range[0], node.range[1]), node.range[0], node.value, jsxEntity, false);
  } else {
    const body = sourceText.slice(node.range[0] + 1, node.range[1] - 1);
    const inJsx = node.parent?.type === 'JSXAttribute';
    offsets = alignSource(body, node.range[0] + 1, node.value, inJsx ? jsxEntity : jsEscape(true), false);
  }
  const value = withoutDynamic(node.value);
  return {
    text: value,
    segments: [{ textStart: 0, textEnd: value.length, ...(offsets ? { sourceOffsets: offsets } : {}), fallback: node.range }],
    expressions: [],
  };
}

/** True for the module specifier of an import, export, `import()`, `require()` or `import x = require()`. */
export function isModuleSourcePosition(literal: TSESTree.Node): boolean {
  const parent = literal.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'ImportDeclaration':
    case 'ExportAllDeclaration':
    case 'ExportNamedDeclaration':
    case 'ImportExpression':
      return parent.source === literal;
    case 'TSExternalModuleReference':
      return parent.expression === literal;
    case 'CallExpression':
      return (
        parent.arguments[0] === literal &&
        parent.callee.type === 'Identifier' &&
        parent.callee.name === 'require'
      );
    default:
      return false;
  }
}

/** Strings that are not run-time values (types, module specifiers, import/export names) never hold an endpoint to check. */
export function isIgnoredPosition(node: StringNode): boolean {
  if (isModuleSourcePosition(node)) return true;
  const parent = node.parent;
  if (!parent) return false;
  switch (parent.type) {
    case 'TSLiteralType':
    case 'TSModuleDeclaration':
    case 'TSImportType':
    case 'ImportAttribute':
    case 'ImportSpecifier':
    case 'ExportSpecifier':
      return true;
    case 'TSPropertySignature':
    case 'TSMethodSignature':
      return parent.key === node;
    case 'ExportAllDeclaration':
      return (parent.exported as TSESTree.Node | null) === node;
    default:
      return false;
  }
}

const NO_FINDINGS: readonly HostFinding[] = Object.freeze([]);

/** `fc` in any letter case (escapes such as `\x66c` are rare enough in hosts to leave to the cooked text). */
const FC = /fc/i;
const mayContainFc = (text: string) => FC.test(text);

/**
 * The FC hosts (and near misses) in one string node, computed once per node and shared by every rule in this lint
 * run. Nodes without `fc` in their text are skipped before any other work.
 */
export function scanStringNode(node: StringNode, sourceCode: Readonly<TSESLint.SourceCode>): readonly HostFinding[] {
  // The gate comes first and nothing is cached for the strings it turns away (almost all of them): `fc` is in every
  // FC host and cannot span a `${...}`, so a template passes only when one of its quasis holds it.
  const mayHold =
    node.type === 'TemplateLiteral'
      ? node.quasis.some((q) => mayContainFc(q.value.raw) || (q.value.cooked !== null && mayContainFc(q.value.cooked)))
      : mayContainEndpoint(node.value);
  if (!mayHold) return NO_FINDINGS;
  const cached = findingsByNode.get(node);
  if (cached) return cached;
  let findings: readonly HostFinding[] = [];
  if (!isIgnoredPosition(node)) {
    const scanned = textOf(node, sourceCode.text);
    if (mayContainEndpoint(scanned.text)) {
      findings = findEndpoints(scanned.text).map((match) => locate(node, match, scanned));
    }
    const root = concatenationRoot(node);
    if (root) findings = withConcatenated(node, findings, scanConcatenation(root, sourceCode));
  }
  findingsByNode.set(node, findings);
  return findings;
}

const roots = new WeakMap<TSESTree.BinaryExpression, TSESTree.BinaryExpression>();

/** The outermost `+` expression that `node` is an operand of (through nested `+`), if any; each `+` is climbed once. */
function concatenationRoot(node: StringNode): TSESTree.BinaryExpression | undefined {
  const climbed: TSESTree.BinaryExpression[] = [];
  let root: TSESTree.BinaryExpression | undefined;
  for (let parent = node.parent; parent?.type === 'BinaryExpression' && parent.operator === '+'; parent = parent.parent) {
    root = roots.get(parent);
    if (root) break;
    climbed.push(parent);
    root = parent;
  }
  for (const expression of climbed) roots.set(expression, root!);
  return root;
}

/** A concatenation's run-time text, and the hosts with mistakes that span operands, by the operand that ends each. */
interface Concatenation {
  readonly scanned: ScannedText;
  readonly spanning: ReadonlyMap<StringNode, { readonly start: number; readonly matches: readonly EndpointMatch[] }>;
  /** Where each string operand's text sits in `scanned.text`. */
  readonly bounds: ReadonlyMap<StringNode, { readonly start: number; readonly end: number }>;
}

const concatenations = new WeakMap<TSESTree.BinaryExpression, Concatenation>();

/**
 * The run-time text of a whole `+` concatenation, as for a template literal: string and template operands as their
 * text, every other operand as `DYNAMIC` (its expression kept, in order). Its hosts that start in one operand and end in
 * a later one, with mistakes other than white space (next to a joined value, that is how prose is concatenated:
 * `'see ' + link + '. fc.aliyuncs.com …'`), are kept for the operand that ends them. Once per concatenation.
 */
function scanConcatenation(root: TSESTree.BinaryExpression, sourceCode: Readonly<TSESLint.SourceCode>): Concatenation {
  const cached = concatenations.get(root);
  if (cached) return cached;
  let text = '';
  const segments: Segment[] = [];
  const expressions: TSESTree.Expression[] = [];
  const operands: { node: StringNode; start: number; end: number }[] = [];
  // Operands left to right, without recursion: a concatenation may have thousands of them.
  const pending: TSESTree.Node[] = [root];
  while (pending.length > 0) {
    const operand = pending.pop()!;
    if (operand.type === 'BinaryExpression' && operand.operator === '+') {
      pending.push(operand.right, operand.left);
    } else if ((operand.type === 'Literal' && typeof operand.value === 'string') || (operand.type === 'TemplateLiteral' && !isStringRaw(operand))) {
      const node = operand as StringNode;
      const part = textOf(node, sourceCode.text);
      const start = text.length;
      for (const segment of part.segments) {
        segments.push({ ...segment, textStart: segment.textStart + start, textEnd: segment.textEnd + start });
      }
      expressions.push(...part.expressions);
      text += part.text;
      operands.push({ node, start, end: text.length });
    } else {
      expressions.push(operand as TSESTree.Expression);
      text += DYNAMIC;
    }
  }
  const spanning = new Map<StringNode, { start: number; matches: EndpointMatch[] }>();
  let index = 0;
  for (const match of mayContainEndpoint(text) ? findEndpoints(text) : []) {
    const problems = match.diagnosis?.problems ?? [];
    if (problems.length === 0 || problems.some((p) => p.kind === 'whitespace')) continue;
    // Matches come left to right: the operand that holds a match's last character is at or after the previous one's.
    while (index < operands.length && operands[index]!.end < match.end) index++;
    const owner = operands[index];
    if (!owner || match.start >= owner.start) continue;
    const entry = spanning.get(owner.node) ?? { start: owner.start, matches: [] };
    entry.matches.push(match);
    spanning.set(owner.node, entry);
  }
  const bounds = new Map(operands.map(({ node, start, end }) => [node, { start, end }] as const));
  const result = { scanned: { text, segments, expressions }, spanning, bounds };
  concatenations.set(root, result);
  return result;
}

/**
 * Adds to a string operand's own findings the hosts with mistakes that only the whole concatenation shows
 * (`a + '.' + r + '.fc.aliyuncs.con'`, `'https://' + a + '.cn-shangai' + '.fc.aliyuncs.com'`) and that this operand
 * ends; each replaces the operand's own findings inside it (a bare suffix fragment), so every host is reported once. A
 * host the operand shows with its mistakes on its own stays as it is.
 */
function withConcatenated(node: StringNode, own: readonly HostFinding[], concatenation: Concatenation): readonly HostFinding[] {
  const truncated = truncatedBy(node, concatenation);
  // A host that runs on into a neighbouring string (`'16530750.c' + 'n-shangai.fc.aliyuncs.com'`) is only part of
  // the host on its own: its correction may not hold for the whole, so it offers none.
  let findings = own.some(truncated) ? own.map((f) => (truncated(f) ? withoutParts(f) : f)) : own;
  const entry = concatenation.spanning.get(node);
  if (!entry) return findings;
  for (const match of entry.matches) {
    const local = match.end - entry.start;
    const inside = (f: HostFinding) => f.match.start < local;
    if (findings.some((f) => inside(f) && !truncated(f) && (f.match.diagnosis?.problems.length ?? 0) > 0)) continue;
    findings = [...findings.filter((f) => !inside(f)), { ...locate(node, match, concatenation.scanned), concatenated: true }];
  }
  return findings;
}

/** A character that continues a host label or joins two labels. */
const HOST_CHARACTER = /[\w.-]/;

/**
 * True for a finding of the operand `node` whose host touches the operand's start or end where the neighbouring
 * operand's text continues it (a letter, digit, `-` or `.` right across the `+`).
 */
function truncatedBy(node: StringNode, concatenation: Concatenation): (finding: HostFinding) => boolean {
  const bounds = concatenation.bounds.get(node);
  const text = concatenation.scanned.text;
  if (!bounds) return () => false;
  const continues = (at: number) => at >= 0 && at < text.length && HOST_CHARACTER.test(text[at]!);
  // After a dot the operand starts a label of its own (`'https://16530750.' + 'cn-shangai.fc.aliyuncs.com'`): its
  // host's labels are the whole host's, so its correction holds there too.
  const before = continues(bounds.start - 1) && !(text[bounds.start - 1] === '.' && /\w/.test(text[bounds.start] ?? ''));
  const after = continues(bounds.end);
  return (finding) =>
    (before && finding.match.start === 0) || (after && finding.match.end === bounds.end - bounds.start);
}

function withoutParts(finding: HostFinding): HostFinding {
  const rest: { -readonly [K in keyof HostFinding]: HostFinding[K] } = { ...finding };
  delete rest.parts;
  return rest;
}

const dynamicOffsetsByText = new WeakMap<ScannedText, number[]>();

/** Offsets of every `DYNAMIC` in the scanned text, found once per node however many hosts it holds. */
function dynamicOffsets(scanned: ScannedText): number[] {
  let offsets = dynamicOffsetsByText.get(scanned);
  if (!offsets) {
    offsets = [];
    for (let i = scanned.text.indexOf(DYNAMIC); i >= 0; i = scanned.text.indexOf(DYNAMIC, i + 1)) offsets.push(i);
    dynamicOffsetsByText.set(scanned, offsets);
  }
  return offsets;
}

/** Index of the first element of a sorted list for which `isAfter` holds (binary search). */
function firstIndex<T>(list: readonly T[], isAfter: (item: T) => boolean): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (isAfter(list[mid]!)) high = mid;
    else low = mid + 1;
  }
  return low;
}

/** Maps a match to the source: one part per literal stretch the host touches, and the `${...}`s between them. */
export function locate(node: StringNode, match: EndpointMatch, scanned: ScannedText): HostFinding {
  const { text, segments } = scanned;
  // Binary searches keep a node with thousands of hosts and `${...}`s linear: no walk from the start per host.
  const dynamic = dynamicOffsets(scanned);
  const before = firstIndex(dynamic, (offset) => offset >= match.start);
  const after = firstIndex(dynamic, (offset) => offset >= match.end);
  const expressions = scanned.expressions.slice(before, after);
  const parts: { range: [number, number]; text: string }[] = [];
  let exact = true;
  let fallbackStart = Number.POSITIVE_INFINITY;
  let fallbackEnd = Number.NEGATIVE_INFINITY;
  for (let index = firstIndex(segments, (segment) => segment.textEnd >= match.start); index < segments.length; index++) {
    const segment = segments[index]!;
    // A stretch that ends where the host starts (or starts where it ends) borders a `${...}` inside the host.
    if (segment.textStart > match.end) break;
    fallbackStart = Math.min(fallbackStart, segment.fallback[0]);
    fallbackEnd = Math.max(fallbackEnd, segment.fallback[1]);
    const offsets = segment.sourceOffsets;
    if (!offsets) {
      exact = false;
      continue;
    }
    const start = Math.max(match.start, segment.textStart);
    const end = Math.min(match.end, segment.textEnd);
    // Part n must be the whole stretch between the (n-1)-th and n-th run-time value of the host. Counting is not
    // enough: in `a + '.' + r + '.internal' + '.fc.aliyuncs.com'` no string precedes `a` and the last stretch spans two
    // strings, so three parts sit beside two values without lining up with them.
    const n = parts.length;
    if (n > after - before) exact = false;
    else if (start !== (n === 0 ? match.start : dynamic[before + n - 1]! + 1) || end !== (before + n < after ? dynamic[before + n]! : match.end)) {
      exact = false;
    }
    parts.push({ range: [offsets[start - segment.textStart]!, offsets[end - segment.textStart]!], text: text.slice(start, end) });
  }
  if (exact && parts.length === expressions.length + 1) {
    return { node, match, text, range: [parts[0]!.range[0], parts[parts.length - 1]!.range[1]], parts, expressions };
  }
  return { node, match, text, range: [fallbackStart, fallbackEnd], expressions };
}

/** The static text of a property key or array element: a string literal, or a template literal without `${}`. */
function staticKey(node: TSESTree.Node | null | undefined): string | undefined {
  if (node?.type === 'Literal' && typeof node.value === 'string') return node.value;
  if (node?.type === 'TemplateLiteral' && node.expressions.length === 0) return node.quasis[0]!.value.cooked ?? undefined;
  return undefined;
}

/**
 * The key a string is filed under in a lookup table: the key of the object property whose value it is
 * (`{ 'cn-hangzhou': '…' }`), or the first element of a `[key, value]` pair (`new Map([['cn-hangzhou', '…']])`).
 */
function tableKeyOf(node: StringNode): string | undefined {
  const parent = node.parent;
  if (parent?.type === 'Property' && parent.value === node && !parent.computed && parent.kind === 'init') {
    return parent.key.type === 'Identifier' ? parent.key.name : staticKey(parent.key);
  }
  if (parent?.type === 'ArrayExpression' && parent.elements.length === 2 && parent.elements[1] === node) {
    return staticKey(parent.elements[0]);
  }
  return undefined;
}

/**
 * True when the host is one entry of a table keyed by region: the whole string (a scheme and a path aside) is the
 * value filed under the very region the host names, as in an SDK's endpoint map
 * `{ 'ap-south-1': 'fcv3.ap-south-1.aliyuncs.com' }`. Such a table picks the host from a region given at run time, so
 * it neither hard-codes a region nor chooses one: a retired or unlisted region there is only the table's entry for it.
 */
export function isRegionTableEntry(finding: HostFinding): boolean {
  const diagnosis = finding.match.diagnosis;
  if (finding.match.fragment || !diagnosis || diagnosis.regionKind === 'dynamic') return false;
  const before = finding.text.slice(0, finding.match.start);
  const after = finding.text.slice(finding.match.end);
  if (!/^\s*(?:https?:\/\/)?$/i.test(before) || !/^(?:\s*$|[/?#])/.test(after)) return false;
  const key = tableKeyOf(finding.node)?.toLowerCase();
  if (key === undefined) return false;
  const network = diagnosis.internal ? '-internal' : diagnosis.vpc ? '-vpc' : '';
  return key === diagnosis.region || key === `${diagnosis.region}${network}`;
}

/**
 * The FC 2.0 API versions, served only by the account's host (`<account-id>.<region>.fc.aliyuncs.com`), as a path
 * right after a host: `/2016-08-15/services` (the fc2 SDKs) or `/2021-04-06/…` (`@alicloud/fc-open20210406`).
 */
const ACCOUNT_API_PATH = /^\.?(?::\d+)?\/(2016-08-15|2021-04-06)(?:[/?#]|$)/;

/** What may stand between a host and its path when the path is in the next operand: a trailing dot, a port. */
const HOST_END = /^\.?(?::\d*)?$/;

/**
 * The text that the operand after `node` in a `+` concatenation starts with (`'/2016-08-15'` in
 * `'https://host' + '/2016-08-15' + x`), up to its first run-time part (written as `DYNAMIC`); `''` when none.
 */
function nextOperandText(node: TSESTree.Node): string {
  let operand = node;
  while (operand.parent?.type === 'BinaryExpression' && operand.parent.operator === '+' && operand.parent.right === operand) operand = operand.parent;
  const parent = operand.parent;
  if (parent?.type !== 'BinaryExpression' || parent.operator !== '+' || parent.left !== operand) return '';
  let next: TSESTree.Node = parent.right;
  while (next.type === 'BinaryExpression' && next.operator === '+') next = next.left;
  if (next.type === 'Literal') return typeof next.value === 'string' ? next.value : '';
  if (next.type !== 'TemplateLiteral') return '';
  const head = next.quasis[0]?.value.cooked ?? '';
  return next.expressions.length > 0 ? `${head}${DYNAMIC}` : head;
}

/**
 * The FC 2.0 API version whose path follows a regional host (no account id) in the same string, as in
 * `http://cn-beijing.fc.aliyuncs.com/2016-08-15/services`: a mistake, since only the account's host serves that API.
 */
export function accountOnlyApiAfter(finding: HostFinding): string | undefined {
  const diagnosis = finding.match.diagnosis;
  if (diagnosis?.family !== 'region-only' || finding.match.fragment || diagnosis.dynamic) return undefined;
  let after = finding.text.slice(finding.match.end);
  // The host ends its operand: the path, if any, is in the next one.
  if (HOST_END.test(after)) after += nextOperandText(finding.node);
  return ACCOUNT_API_PATH.exec(after)?.[1];
}

/** Shows a host the way a reader recognises it: run-time parts as `${…}`. */
export const showHost = (host: string) => host.split(DYNAMIC).join('${…}');

/**
 * One catalog problem as a clause of a sentence: the catalog's `unknown region "x"; did you mean "y"?` becomes
 * `unknown region "x" (did you mean "y"?)` (or `…, hint` when the hint has parentheses of its own), so several
 * problems join into one readable list.
 */
function clause(message: string): string {
  const text = message.trimEnd().replace(/\.$/, '');
  const split = text.indexOf('; ');
  if (split < 0) return text;
  const head = text.slice(0, split);
  const hint = text.slice(split + 2).replaceAll('; ', ', ');
  return /[()]/.test(hint) ? `${head}, ${hint}` : `${head} (${hint})`;
}

/** The problems of a host as one clause list: `a`, `a and b`, `a, b and c`. */
export function describeProblems(diagnosis: Pick<EndpointDiagnosis, 'problems'>): string {
  const clauses = diagnosis.problems.map((p) => clause(p.message));
  return clauses.length <= 1 ? (clauses[0] ?? '') : `${clauses.slice(0, -1).join(', ')} and ${clauses[clauses.length - 1]}`;
}

/** The string nodes a rule visits: every listener calls `scanStringNode` on them. */
export const stringNodeSelectors = ['Literal', 'TemplateLiteral', 'JSXText'] as const;

export function isStringNode(node: TSESTree.Node): node is StringNode {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') || node.type === 'TemplateLiteral' || node.type === 'JSXText'
  );
}

/**
 * Source text that can spell `fc` in a string's value: `fc` itself, or an escape that can yield an `f` or a `c` or
 * join the two: `\x`, `\u`, a legacy octal escape, `\c` `\C` `\F` (an escaped letter is the letter; `\f` is
 * matched too, harmlessly), a line continuation, or a JSX character reference.
 */
const MAY_SPELL_FC = /fc|\\[xu0-7cf\n\r\u2028\u2029]|&#/i;

/**
 * False when no string in the file can hold an FC host, as in most files: a rule that only reads string nodes then
 * skips the file. One regex test per file, shared by every rule.
 */
export const fileMayHoldHost = perObject((sourceCode: Readonly<TSESLint.SourceCode>): boolean => MAY_SPELL_FC.test(sourceCode.text));

/** True when the file's text holds a complete FC host anywhere (code or comments): a sign the file talks to FC. */
export const fileHasFcHost = perObject((sourceCode: Readonly<TSESLint.SourceCode>): boolean => {
  const text = sourceCode.text;
  return mayContainEndpoint(text) && findEndpoints(text).some((m) => !m.fragment && !m.diagnosis.placeholder);
});

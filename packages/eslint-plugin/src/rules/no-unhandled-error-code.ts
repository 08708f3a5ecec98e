import {
  errorCodeIgnoringCase,
  errorCodes,
  isErrorCode,
  isRetryable,
  nearestErrorCode,
  type ErrorCode,
} from '@fc-atlas/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, perOptions } from '../utils/create-rule.js';
import { findVariable } from '../utils/eslint-utils.js';
import {
  errorCodeExpressionKey,
  isErrorCodeExpression,
  mayBeErrorCodeExpression,
  membershipTest,
  skipWrappers,
  staticValue,
  type ListElement,
} from '../utils/error-code-expression.js';
import { fileHasFcContext } from '../utils/fc-context.js';
import { lineBreakAt } from '../utils/line-break.js';
import { isFcOnlyCode } from '../utils/other-service-codes.js';

export interface NoUnhandledErrorCodeOptions {
  require?: 'retryable' | 'common' | string[];
  defaultSatisfies?: boolean;
  ignoreComment?: string;
}
type Options = [NoUnhandledErrorCodeOptions];
type MessageIds = 'missingCodes' | 'addMissingCases' | 'badOption';

const RETRYABLE_CODES: readonly ErrorCode[] = errorCodes.filter((c) => c.retryable === 'yes').map((c) => c.code);
const COMMON_CODES: readonly ErrorCode[] = errorCodes.filter((c) => c.scope === 'common').map((c) => c.code);

/** How many missing codes the message names before it says "and N more". */
const LISTED_IN_MESSAGE = 5;

/** The catalog's functions that take a code (or the error holding it) and decide whether to retry it. */
const CATALOG_RETRY_CHECKS: ReadonlySet<string> = new Set(['isRetryable', 'retryDelay']);


/** Retryable codes first (they are the ones a caller must not drop), then alphabetical. */
function byUrgency(a: string, b: string): number {
  const retry = Number(isRetryable(b)) - Number(isRetryable(a));
  return retry !== 0 ? retry : a < b ? -1 : a > b ? 1 : 0;
}

function formatCodes(codes: readonly string[]): string {
  const quoted = codes.slice(0, LISTED_IN_MESSAGE).map((code) => `"${code}"`);
  if (codes.length > LISTED_IN_MESSAGE) return `${quoted.join(', ')} and ${codes.length - LISTED_IN_MESSAGE} more`;
  if (quoted.length === 1) return quoted[0]!;
  return `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)!}`;
}

const resolveRequired = perOptions(({ require }: NoUnhandledErrorCodeOptions): {
  codes: readonly ErrorCode[];
  bad: { value: string; nearest: ErrorCode | undefined }[];
} => {
  if (require === 'common') return { codes: COMMON_CODES, bad: [] };
  if (!Array.isArray(require)) return { codes: RETRYABLE_CODES, bad: [] };
  const codes: ErrorCode[] = [];
  const bad: { value: string; nearest: ErrorCode | undefined }[] = [];
  for (const value of require) {
    if (isErrorCode(value)) codes.push(value);
    else bad.push({ value, nearest: errorCodeIgnoringCase(value) ?? nearestErrorCode(value, 3) });
  }
  return { codes, bad };
});

function indentOf(sourceCode: Readonly<TSESLint.SourceCode>, line: number): string {
  return /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')![0];
}

/** True when nothing but whitespace precedes the node on its line. */
function startsLine(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node | TSESTree.Token): boolean {
  return sourceCode.lines[node.loc.start.line - 1]!.slice(0, node.loc.start.column).trim() === '';
}

/**
 * The strings a dispatch compares its code with (other values cannot be codes), or `undefined` when any of them cannot
 * be known statically (an imported constant, a parameter, a spread of an unknown list): the rule cannot tell then
 * what is handled, so it says nothing.
 */
function comparedStrings(values: readonly ListElement[]): string[] | undefined {
  const strings: string[] = [];
  for (const { node, scope } of values) {
    const known = staticValue(node, scope);
    if (!known) return undefined;
    if (typeof known.value === 'string') strings.push(known.value);
  }
  return strings;
}

const FUNCTIONS: ReadonlySet<string> = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

/** The function (or the program) whose body runs `node`. */
function enclosingFunction(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && !FUNCTIONS.has(current.type)) current = current.parent;
  return current;
}

function importedName(specifier: TSESTree.ImportSpecifier): string {
  return specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
}

/** The code an expression reads, without wrappers or a fallback: `err.code` for `(err.code ?? '') as string`. */
function withoutFallback(node: TSESTree.Node): TSESTree.Node {
  const inner = skipWrappers(node);
  return inner.type === 'LogicalExpression' ? skipWrappers(inner.left) : inner;
}

/** The identifier an expression such as `err`, `err.code` or `err?.body!.Code` starts from. */
function rootIdentifier(node: TSESTree.Node): TSESTree.Identifier | undefined {
  let current = skipWrappers(node);
  while (current.type === 'MemberExpression') current = skipWrappers(current.object);
  return current.type === 'Identifier' ? current : undefined;
}

export default createRule<Options, MessageIds>({
  name: 'no-unhandled-error-code',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Require switches and if/else chains over FC error codes to handle the retryable (or configured) codes',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      missingCodes:
        'This {{construct}} over FC error codes does not handle {{missing}}. Handle {{them}}{{orDefault}}, or name deliberate omissions in a "// {{marker}}: <codes>" comment.',
      addMissingCases: 'Add a case for each unhandled code: {{missing}}.',
      badOption:
        'The "require" option of @fc-atlas/no-unhandled-error-code lists "{{value}}", which is not an FC error code{{didYouMean}}. Use "retryable", "common" or codes from @fc-atlas/catalog (errorCodes).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          require: {
            description:
              'Which codes must be handled: "retryable" (codes the catalog marks retryable: throttling, server and concurrency errors), "common" (the 13 codes every FC API can return), or a list of code names.',
            oneOf: [
              { type: 'string', enum: ['retryable', 'common'], description: 'A named set of FC codes.' },
              {
                type: 'array',
                items: { type: 'string' },
                minItems: 1,
                uniqueItems: true,
                description: 'FC code names, e.g. ["ResourceExhausted", "ConcurrentUpdateError"].',
              },
            ],
          },
          defaultSatisfies: {
            description: 'Whether a `default` case (or a final `else`) counts as handling every code.',
            type: 'boolean',
          },
          ignoreComment: {
            description:
              'Marker for a comment, inside or just above the switch/if, that names codes left unhandled on purpose, e.g. "// fc-atlas-ignore: ResourceThrottled".',
            type: 'string',
            minLength: 1,
          },
        },
      },
    ],
  },
  defaultOptions: [{ require: 'retryable', defaultSatisfies: true, ignoreComment: 'fc-atlas-ignore' }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const required = resolveRequired(options);
    const defaultSatisfies = options.defaultSatisfies !== false;
    const marker = options.ignoreComment ?? 'fc-atlas-ignore';

    /** Codes named after the marker in comments inside `node` or directly above it. */
    function deliberatelyIgnored(node: TSESTree.Node): Set<string> {
      const ignored = new Set<string>();
      for (const comment of [...sourceCode.getCommentsBefore(node), ...sourceCode.getCommentsInside(node)]) {
        const at = comment.value.indexOf(marker);
        if (at < 0) continue;
        for (const word of comment.value.slice(at + marker.length).match(/[a-z]+/gi) ?? []) {
          if (isErrorCode(word)) ignored.add(word);
        }
      }
      return ignored;
    }

    let catalogRetryCalls: TSESTree.CallExpression[] | undefined;

    /**
     * Calls of the catalog's `isRetryable` / `retryDelay`, found through the references of their import bindings
     * (named, renamed or a namespace), so a local function of the same name never counts.
     */
    function findCatalogRetryCalls(): TSESTree.CallExpression[] {
      const calls: TSESTree.CallExpression[] = [];
      for (const statement of sourceCode.ast.body) {
        if (statement.type !== 'ImportDeclaration' || statement.source.value !== '@fc-atlas/catalog') continue;
        for (const specifier of statement.specifiers) {
          const namespace = specifier.type === 'ImportNamespaceSpecifier';
          if (!namespace && !(specifier.type === 'ImportSpecifier' && CATALOG_RETRY_CHECKS.has(importedName(specifier)))) {
            continue;
          }
          for (const reference of sourceCode.getDeclaredVariables(specifier).flatMap((v) => v.references)) {
            let callee: TSESTree.Node = reference.identifier;
            if (namespace) {
              const member = callee.parent;
              if (member?.type !== 'MemberExpression' || member.object !== callee) continue;
              const name = member.computed ? staticValue(member.property, reference.from)?.value : member.property.name;
              if (typeof name !== 'string' || !CATALOG_RETRY_CHECKS.has(name)) continue;
              callee = member;
            }
            if (callee.parent?.type === 'CallExpression' && callee.parent.callee === callee) calls.push(callee.parent);
          }
        }
      }
      return calls;
    }

    /**
     * True when, earlier in the same function, the catalog's `isRetryable` or `retryDelay` was given this code (or the
     * error it is read from): the retryable codes are handled there, before the dispatch.
     */
    function retryableHandledBefore(node: TSESTree.Node, subject: TSESTree.Node): boolean {
      catalogRetryCalls ??= findCatalogRetryCalls();
      if (catalogRetryCalls.length === 0) return false;
      const code = withoutFallback(subject);
      const accepted = new Set([errorCodeExpressionKey(code, sourceCode)]);
      if (code.type === 'MemberExpression') accepted.add(errorCodeExpressionKey(code.object, sourceCode));
      const root = rootIdentifier(code);
      const variable = root && findVariable(sourceCode.getScope(root), root);
      const body = enclosingFunction(node);
      return catalogRetryCalls.some((call) => {
        const [argument] = call.arguments;
        if (!argument || call.range[1] > node.range[0] || enclosingFunction(call) !== body) return false;
        if (!accepted.has(errorCodeExpressionKey(withoutFallback(argument), sourceCode))) return false;
        // The same name can be another variable (`err` of an earlier catch clause).
        const argumentRoot = rootIdentifier(argument);
        return !argumentRoot || !variable || findVariable(sourceCode.getScope(argumentRoot), argumentRoot) === variable;
      });
    }

    /** The required codes this construct leaves unhandled, sorted for the message; empty when it is fine. */
    function missingCodes(
      node: TSESTree.Node,
      subject: TSESTree.Node,
      handled: ReadonlySet<string>,
      hasDefault: boolean,
    ): string[] {
      const fcCodes = [...handled].filter((code) => isErrorCode(code));
      if (fcCodes.length === 0) return [];
      if (hasDefault && defaultSatisfies) return [];
      const missing = required.codes.filter((code) => !handled.has(code));
      if (missing.length === 0) return [];
      // 'AccessDenied' alone is as likely S3 as FC, and a case no FC code spells ('NoSuchKey', 'InvalidApiKey') says
      // another service's codes are in play: ask for an FC-only code, or FC context, before reporting.
      const specific = fcCodes.some(isFcOnlyCode);
      const foreign = [...handled].some((code) => !isErrorCode(code));
      const fcContext = fileHasFcContext(sourceCode);
      if (!(specific ? fcContext || !foreign : fcContext && !foreign)) return [];
      const ignored = deliberatelyIgnored(node);
      const remaining = missing.filter((code) => !ignored.has(code));
      if (remaining.some((code) => isRetryable(code)) && retryableHandledBefore(node, subject)) {
        return remaining.filter((code) => !isRetryable(code)).sort(byUrgency);
      }
      return remaining.sort(byUrgency);
    }

    function reportData(construct: string, missing: readonly string[]): Record<string, string> {
      return {
        construct,
        missing: formatCodes(missing),
        them: missing.length === 1 ? 'it' : 'them',
        orDefault: defaultSatisfies ? (construct === 'switch' ? ' (or add a default case)' : ' (or add a final else)') : '',
        marker,
      };
    }

    function addCasesFix(node: TSESTree.SwitchStatement, missing: readonly string[]): TSESLint.ReportFixFunction {
      return (fixer) => {
        const switchIndent = indentOf(sourceCode, node.loc.start.line);
        const firstCase = node.cases[0]!;
        const caseIndent = startsLine(sourceCode, firstCase)
          ? indentOf(sourceCode, firstCase.loc.start.line)
          : `${switchIndent}  `;
        const firstString = node.cases.find((c) => c.test?.type === 'Literal' && typeof c.test.value === 'string');
        const quote = firstString?.test ? sourceCode.text.charAt(firstString.test.range[0]) : "'";
        const eol = lineBreakAt(sourceCode, node.loc.start.line);
        const label = (code: string) => `${caseIndent}case ${quote}${code}${quote}:${eol}`;

        let anchor: TSESTree.Node | TSESTree.Token;
        let anchorIndent: string;
        let lines: string;
        const defaultCase = node.cases.find((c) => c.test === null);
        if (defaultCase) {
          // Bare labels right before `default:` share its body: the new codes still run exactly what they ran before.
          anchor = defaultCase;
          anchorIndent = caseIndent;
          lines = `${caseIndent}// TODO: handle the codes below; until then they take the default path${eol}${missing.map(label).join('')}`;
        } else {
          // Without a default these codes skip the switch; a case that only breaks, at the end, keeps it that way.
          const unit = caseIndent.length > switchIndent.length ? caseIndent.slice(switchIndent.length) : '  ';
          const statement = node.cases.flatMap((c) => c.consequent).find((s) => startsLine(sourceCode, s));
          const bodyIndent = statement ? indentOf(sourceCode, statement.loc.start.line) : `${caseIndent}${unit}`;
          anchor = sourceCode.getLastToken(node)!;
          anchorIndent = switchIndent;
          lines = missing
            .map((code) => `${label(code)}${bodyIndent}// TODO: handle ${code}${eol}${bodyIndent}break;${eol}`)
            .join('');
        }
        if (startsLine(sourceCode, anchor)) {
          return fixer.insertTextBeforeRange([anchor.range[0] - anchor.loc.start.column, anchor.range[0]], lines);
        }
        // `{ case 'A': break; }` on one line: break it before the anchor, dropping the blank that preceded it.
        const before = sourceCode.getTokenBefore(anchor, { includeComments: true })!;
        return fixer.replaceTextRange([before.range[1], anchor.range[0]], `${eol}${lines}${anchorIndent}`);
      };
    }

    /** For an if/else test: the error-code expression it compares and the strings it compares with. */
    function comparedCodes(
      test: TSESTree.Expression,
      scope: TSESLint.Scope.Scope,
    ): { subject: TSESTree.Node; key: string; values: string[] } | undefined {
      const inner = skipWrappers(test);
      if (inner.type === 'LogicalExpression' && inner.operator === '||') {
        const left = comparedCodes(inner.left, scope);
        const right = comparedCodes(inner.right, scope);
        if (!left || !right || left.key !== right.key) return undefined;
        return { ...left, values: [...left.values, ...right.values] };
      }
      if (inner.type === 'BinaryExpression' && (inner.operator === '===' || inner.operator === '==')) {
        for (const [subject, other] of [
          [inner.left, inner.right],
          [inner.right, inner.left],
        ] as const) {
          if (!isErrorCodeExpression(subject, scope)) continue;
          const values = comparedStrings([{ node: other, scope }]);
          return values && { subject, key: errorCodeExpressionKey(subject, sourceCode), values };
        }
        return undefined;
      }
      if (inner.type === 'CallExpression') {
        const membership = membershipTest(inner, scope);
        if (!membership?.truthyWhenMember || !isErrorCodeExpression(membership.subject, scope)) return undefined;
        const values = comparedStrings(membership.elements);
        const { subject } = membership;
        return values && { subject, key: errorCodeExpressionKey(subject, sourceCode), values };
      }
      return undefined;
    }

    return {
      Program(node) {
        for (const { value, nearest } of required.bad) {
          context.report({
            node,
            loc: { line: 1, column: 0 },
            messageId: 'badOption',
            data: { value, didYouMean: nearest ? ` (did you mean "${nearest}"?)` : '' },
          });
        }
      },
      SwitchStatement(node) {
        if (node.cases.length === 0 || !mayBeErrorCodeExpression(node.discriminant)) return;
        const scope = sourceCode.getScope(node);
        if (!isErrorCodeExpression(node.discriminant, scope)) return;
        const values = comparedStrings(node.cases.flatMap((c) => (c.test ? [{ node: c.test, scope }] : [])));
        if (!values) return;
        const hasDefault = node.cases.some((c) => c.test === null);
        const missing = missingCodes(node, node.discriminant, new Set(values), hasDefault);
        if (missing.length === 0) return;
        const data = reportData('switch', missing);
        context.report({
          node: node.discriminant,
          messageId: 'missingCodes',
          data,
          suggest: [
            {
              messageId: 'addMissingCases',
              data: { missing: missing.join(', ') },
              fix: addCasesFix(node, missing),
            },
          ],
        });
      },
      IfStatement(node) {
        // Each chain is checked once, from its first `if`.
        if (node.parent.type === 'IfStatement' && node.parent.alternate === node) return;
        // A lone `if (err.code === 'X')` is a special case followed by generic handling, not a dispatch (and most
        // `if`s end here, before any scope lookup).
        if (node.alternate?.type !== 'IfStatement') return;
        const scope = sourceCode.getScope(node);
        const handled = new Set<string>();
        let first: { subject: TSESTree.Node; key: string } | undefined;
        let hasElse = false;
        for (let current: TSESTree.Statement | null = node; current; ) {
          if (current.type !== 'IfStatement') {
            hasElse = true;
            break;
          }
          const compared = comparedCodes(current.test, scope);
          if (!compared || (first && compared.key !== first.key)) return;
          first ??= compared;
          for (const value of compared.values) handled.add(value);
          current = current.alternate;
        }
        const missing = missingCodes(node, first!.subject, handled, hasElse);
        if (missing.length === 0) return;
        context.report({ node: node.test, messageId: 'missingCodes', data: reportData('if/else chain', missing) });
      },
    };
  },
});

import { editDistance, errorCodeIgnoringCase, isErrorCode, nearestErrorCode, type ErrorCode } from '@fc-atlas/catalog';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import {
  applyCaseFold,
  caseFoldOf,
  COMPARISON_OPERATORS,
  isErrorCodeExpression,
  mayBeErrorCodeExpression,
  mayBeMembershipTest,
  membershipTest,
  staticString,
  stringLiteralSource,
  type StringLiteralNode,
} from '../utils/error-code-expression.js';
import { fileHasFcContext } from '../utils/fc-context.js';
import { isFcOnlyCode, isOtherServiceCode } from '../utils/other-service-codes.js';

export type MessageIds =
  | 'nearMiss'
  | 'wrongCase'
  | 'sdkErrorName'
  | 'strayWhitespace'
  | 'foldedCase'
  | 'localeFold'
  | 'replaceWithCode'
  | 'replaceWithFolded';

/** FC codes are PascalCase words; snake_case, SCREAMING_CASE, camelCase, `E`-codes and prose are other vocabularies. */
const PASCAL_CASE_WORD = /^[A-Z][A-Za-z]*$/;
/** `@alicloud/fc2` sets `err.name = 'FC' + ErrorCode + 'Error'`; `err.code` is the bare code. */
const SDK_ERROR_NAME = /^FC([A-Za-z]+)Error$/;
/** A code shorter than this only matches at distance 1: two edits turn short words into other real words. */
const MIN_LENGTH_FOR_TWO_EDITS = 12;

export interface Finding {
  messageId: Exclude<MessageIds, 'replaceWithCode' | 'foldedCase' | 'localeFold' | 'replaceWithFolded'>;
  code: ErrorCode;
}

/**
 * What is wrong with `value` as an FC error code, or `undefined` when nothing provably is. `isFcComparison` says
 * whether the comparison is known to be about FC codes; it is called only when the answer depends on it (a near miss
 * or a difference in letter case).
 */
export function classifyErrorCodeString(value: string, isFcComparison: () => boolean): Finding | undefined {
  if (isErrorCode(value)) return undefined;
  const trimmed = value.trim();
  // No service's code starts or ends with white space: ' ResourceThrottled' is a slip whoever the caller talks to.
  if (trimmed !== value) {
    if (isErrorCode(trimmed)) return { messageId: 'strayWhitespace', code: trimmed };
    return classifyErrorCodeString(trimmed, isFcComparison);
  }
  const sdkName = SDK_ERROR_NAME.exec(value)?.[1];
  if (sdkName !== undefined && isErrorCode(sdkName)) return { messageId: 'sdkErrorName', code: sdkName };
  // OSS and S3 spell it InvalidAccessKeyId: a real code of another service is no FC typo, even in FC client code.
  if (isOtherServiceCode(value)) return undefined;
  const finding = nearOrSameLetters(value);
  // Google APIs say accessDenied, other APIs have InvalidArguments: only FC client code makes these mistakes.
  return finding && isFcComparison() ? finding : undefined;
}

/** The FC code `value` differs from only in letter case or by a typo, ignoring context. */
function nearOrSameLetters(value: string): Finding | undefined {
  const sameLetters = errorCodeIgnoringCase(value);
  if (sameLetters) return { messageId: 'wrongCase', code: sameLetters };
  if (!PASCAL_CASE_WORD.test(value)) return undefined;
  const near = nearestErrorCode(value, 2);
  // A typo keeps the first letter; 'FileNotFound' is not a misspelled 'CAFileNotFound'.
  if (!near || near[0] !== value[0]) return undefined;
  if (near.length < MIN_LENGTH_FOR_TWO_EDITS && editDistance(value, near, 2) > 1) return undefined;
  return { messageId: 'nearMiss', code: near };
}

/**
 * A string literal this rule never reports: one that, trimmed, is neither a PascalCase word nor an FC code in any
 * letter case (`'string'`, `'ENOENT'`, `'a b'`). A comparison with one is dropped before any scope lookup. (An FC code
 * itself is reported when the other side was case-folded: `err.code.toLowerCase() === 'ResourceThrottled'`.)
 */
function isUnreportableLiteral(node: TSESTree.Node): boolean {
  if (node.type !== 'Literal' || typeof node.value !== 'string') return false;
  const trimmed = node.value.trim();
  return !PASCAL_CASE_WORD.test(trimmed) && errorCodeIgnoringCase(trimmed) === undefined;
}

/** Syntax only, before any scope lookup: `subject` can be an error code and `other` is not a literal null, number, …. */
const mayCompareErrorCode = (subject: TSESTree.Node, other: TSESTree.Node) =>
  mayBeErrorCodeExpression(subject) && !(other.type === 'Literal' && typeof other.value !== 'string');

function withQuotesOf(literal: StringLiteralNode, code: string, sourceText: string): string {
  const quote = literal.type === 'TemplateLiteral' ? '`' : sourceText.charAt(literal.range[0]);
  return `${quote}${code}${quote}`;
}

export default createRule<[], MessageIds>({
  name: 'valid-error-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow comparing an FC error code with a misspelled code or with the SDK error name',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      nearMiss:
        '"{{value}}" is not an FC error code, so this comparison never matches; did you mean "{{code}}"? FC error codes are listed in @fc-atlas/catalog (errorCodes).',
      wrongCase:
        '"{{value}}" differs from the FC error code "{{code}}" only in letter case; FC codes are compared exactly, so this never matches.',
      sdkErrorName:
        '"{{value}}" is the @alicloud/fc2 error name (err.name = "FC" + code + "Error"); the code property holds the bare code "{{code}}".',
      strayWhitespace:
        '"{{value}}" has white space around the FC error code "{{code}}"; codes are compared exactly, so this never matches.',
      foldedCase:
        '"{{value}}" is compared with an error code that was {{fold}}-cased first, so this never matches; compare with "{{folded}}".',
      localeFold:
        '"{{value}}" is compared with an error code {{fold}}-cased under the "{{locale}}" locale, where "I" lower-cases to "ı" and "i" upper-cases to "İ", so this never matches; fold the code with {{method}}() instead.',
      replaceWithFolded: 'Replace with "{{folded}}".',
      replaceWithCode: 'Replace with "{{code}}".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    type Scope = ReturnType<typeof sourceCode.getScope>;

    /**
     * A comparison is about FC codes when the file shows FC context, or when the same switch, list or `||`/`&&` chain
     * also compares with an FC code no other service uses (`ResourceThrottled`, `FunctionNotFound`).
     */
    const isFcComparison = (comparedWith: () => (string | undefined)[]) => (): boolean =>
      fileHasFcContext(sourceCode) || comparedWith().some((value) => value !== undefined && isFcOnlyCode(value));


    /** Checks the string `node` (read in `scope`) compared with the error-code expression `subject`. */
    function checkComparedValue(
      node: TSESTree.Node,
      scope: Scope,
      subject: { node: TSESTree.Node; scope: Scope },
      comparedWith: () => (string | undefined)[],
    ): void {
      const value = staticString(node, scope);
      if (value === undefined) return;
      // `code.toLowerCase() === 'accessdenied'` can match; `code.toLowerCase() === 'AccessDenied'` never does.
      const code = errorCodeIgnoringCase(value);
      const fold = code === undefined ? undefined : caseFoldOf(subject.node, subject.scope);
      if (fold) {
        // Folded under a locale known only at run time: no string is known to match, nor known not to.
        if (fold === 'unknown') return;
        if (fold === 'lower' || fold === 'upper') {
          const folded = applyCaseFold(value, fold);
          if (folded !== value) reportFolded(node, scope, value, fold, folded);
          return;
        }
        // Under a Turkic locale only the code folded by its rules matches (`ınvalidargument`).
        if (value !== applyCaseFold(code!, fold)) reportLocaleFold(node, scope, value, fold);
        return;
      }
      const finding = classifyErrorCodeString(value, isFcComparison(comparedWith));
      if (!finding) return;
      const literal = stringLiteralSource(node, scope);
      const target = literal ?? node;
      // A const used in several comparisons is reported once, on its literal.
      if (reported.has(target)) return;
      reported.add(target);
      const data = { value, code: finding.code };
      context.report({
        node: target,
        messageId: finding.messageId,
        data,
        suggest: literal
          ? [
              {
                messageId: 'replaceWithCode',
                data,
                fix: (fixer) => fixer.replaceText(literal, withQuotesOf(literal, finding.code, sourceCode.text)),
              },
            ]
          : [],
      });
    }

    /** Reports a string compared with a code folded under a Turkic locale, which no plainly folded string matches. */
    function reportLocaleFold(node: TSESTree.Node, scope: Scope, value: string, fold: `${'lower' | 'upper'}:${string}`): void {
      const target = stringLiteralSource(node, scope) ?? node;
      if (reported.has(target)) return;
      reported.add(target);
      const [direction, locale] = fold.split(/:(.*)/s) as ['lower' | 'upper', string];
      const method = direction === 'lower' ? 'toLowerCase' : 'toUpperCase';
      context.report({ node: target, messageId: 'localeFold', data: { value, fold: direction, locale, method } });
    }

    /** Reports a string with letters in the case the compared code was folded away from. */
    function reportFolded(node: TSESTree.Node, scope: Scope, value: string, fold: 'lower' | 'upper', folded: string): void {
      const literal = stringLiteralSource(node, scope);
      const target = literal ?? node;
      if (reported.has(target)) return;
      reported.add(target);
      context.report({
        node: target,
        messageId: 'foldedCase',
        data: { value, fold, folded },
        suggest: literal
          ? [{ messageId: 'replaceWithFolded', data: { folded }, fix: (fixer) => fixer.replaceText(literal, withQuotesOf(literal, folded, sourceCode.text)) }]
          : [],
      });
    }

    /** The strings compared with an error-code expression in the `||`/`&&` chain around `node`. */
    function comparedInChain(node: TSESTree.BinaryExpression, scope: Scope): (string | undefined)[] {
      let root: TSESTree.Node = node;
      while (root.parent?.type === 'LogicalExpression' && root.parent.operator !== '??') root = root.parent;
      const values: (string | undefined)[] = [];
      const visit = (part: TSESTree.Node): void => {
        if (part.type === 'LogicalExpression') {
          visit(part.left);
          visit(part.right);
        } else if (part.type === 'BinaryExpression' && COMPARISON_OPERATORS.has(part.operator) && part.left.type !== 'PrivateIdentifier') {
          if (isErrorCodeExpression(part.left, scope)) values.push(staticString(part.right, scope));
          if (isErrorCodeExpression(part.right, scope)) values.push(staticString(part.left, scope));
        }
      };
      visit(root);
      return values;
    }

    return {
      BinaryExpression(node) {
        if (!COMPARISON_OPERATORS.has(node.operator) || node.left.type === 'PrivateIdentifier') return;
        if (!mayCompareErrorCode(node.left, node.right) && !mayCompareErrorCode(node.right, node.left)) return;
        // One side is then the compared value or not an error code at all: either way nothing to report.
        if (isUnreportableLiteral(node.left) || isUnreportableLiteral(node.right)) return;
        const scope = sourceCode.getScope(node);
        const comparedWith = () => comparedInChain(node, scope);
        // Both ways: in `code === err.code`, a `const code = '…'` is itself named like an error code.
        if (isErrorCodeExpression(node.left, scope)) checkComparedValue(node.right, scope, { node: node.left, scope }, comparedWith);
        if (isErrorCodeExpression(node.right, scope)) checkComparedValue(node.left, scope, { node: node.right, scope }, comparedWith);
      },
      SwitchStatement(node) {
        if (!mayBeErrorCodeExpression(node.discriminant)) return;
        if (node.cases.every((c) => c.test === null || isUnreportableLiteral(c.test))) return;
        const scope = sourceCode.getScope(node);
        if (!isErrorCodeExpression(node.discriminant, scope)) return;
        const comparedWith = () => node.cases.map((c) => (c.test ? staticString(c.test, scope) : undefined));
        for (const switchCase of node.cases) {
          if (switchCase.test) checkComparedValue(switchCase.test, scope, { node: node.discriminant, scope }, comparedWith);
        }
      },
      CallExpression(node) {
        if (!mayBeMembershipTest(node)) return;
        const scope = sourceCode.getScope(node);
        const test = membershipTest(node, scope);
        if (!test || !isErrorCodeExpression(test.subject, scope)) return;
        const comparedWith = () => test.elements.map((element) => staticString(element.node, element.scope));
        for (const element of test.elements) checkComparedValue(element.node, element.scope, { node: test.subject, scope }, comparedWith);
      },
    };
  },
});

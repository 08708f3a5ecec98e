import { editDistance, errorCodeIgnoringCase, isErrorCode, nearestErrorCode, type ErrorCode } from '@fc-atlas/catalog';
import type { TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import {
  isErrorCodeExpression,
  mayBeErrorCodeExpression,
  mayBeMembershipTest,
  membershipTest,
  staticString,
  stringLiteralSource,
  type StringLiteralNode,
} from '../utils/error-code-expression.js';
import { fileHasFcContext } from '../utils/fc-context.js';

type MessageIds = 'nearMiss' | 'wrongCase' | 'sdkErrorName' | 'replaceWithCode';

/** FC codes are PascalCase words; snake_case, SCREAMING_CASE, camelCase, `E`-codes and prose are other vocabularies. */
const PASCAL_CASE_WORD = /^[A-Z][A-Za-z]*$/;
/** `@alicloud/fc2` sets `err.name = 'FC' + ErrorCode + 'Error'`; `err.code` is the bare code. */
const SDK_ERROR_NAME = /^FC([A-Za-z]+)Error$/;
/** A code shorter than this only matches at distance 1: two edits turn short words into other real words. */
const MIN_LENGTH_FOR_TWO_EDITS = 12;

const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['===', '==', '!==', '!=']);

export interface Finding {
  messageId: Exclude<MessageIds, 'replaceWithCode'>;
  code: ErrorCode;
}

/**
 * What is wrong with `value` as an FC error code, or `undefined` when nothing provably is.
 * `hasFcContext` is called only when the answer depends on it (a difference in letter case alone).
 */
export function classifyErrorCodeString(value: string, hasFcContext: () => boolean): Finding | undefined {
  if (isErrorCode(value)) return undefined;
  const sdkName = SDK_ERROR_NAME.exec(value)?.[1];
  if (sdkName !== undefined && isErrorCode(sdkName)) return { messageId: 'sdkErrorName', code: sdkName };
  const sameLetters = errorCodeIgnoringCase(value);
  // S3 and OSS spell it InvalidAccessKeyId, Google APIs say accessDenied: only FC client code makes this a mistake.
  if (sameLetters) return hasFcContext() ? { messageId: 'wrongCase', code: sameLetters } : undefined;
  if (!PASCAL_CASE_WORD.test(value)) return undefined;
  const near = nearestErrorCode(value, 2);
  // A typo keeps the first letter; 'FileNotFound' is not a misspelled 'CAFileNotFound'.
  if (!near || near[0] !== value[0]) return undefined;
  if (near.length < MIN_LENGTH_FOR_TWO_EDITS && editDistance(value, near, 2) > 1) return undefined;
  return { messageId: 'nearMiss', code: near };
}

/**
 * A string literal whose value `classifyErrorCodeString` never reports: an FC code, or a string that is neither a
 * PascalCase word nor an FC code in other letter case (`'string'`, `'ENOENT'`, `'a b'`). A comparison with one is
 * dropped before any scope lookup.
 */
function isUnreportableLiteral(node: TSESTree.Node): boolean {
  if (node.type !== 'Literal' || typeof node.value !== 'string') return false;
  const value = node.value;
  return isErrorCode(value) || (!PASCAL_CASE_WORD.test(value) && errorCodeIgnoringCase(value) === undefined);
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
      replaceWithCode: 'Replace with "{{code}}".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    const reported = new Set<TSESTree.Node>();
    const hasFcContext = (): boolean => fileHasFcContext(sourceCode);

    function checkComparedValue(node: TSESTree.Node, scope: ReturnType<typeof sourceCode.getScope>): void {
      const value = staticString(node, scope);
      if (value === undefined) return;
      const finding = classifyErrorCodeString(value, hasFcContext);
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

    return {
      BinaryExpression(node) {
        if (!COMPARISON_OPERATORS.has(node.operator) || node.left.type === 'PrivateIdentifier') return;
        if (!mayCompareErrorCode(node.left, node.right) && !mayCompareErrorCode(node.right, node.left)) return;
        // One side is then the compared value or not an error code at all: either way nothing to report.
        if (isUnreportableLiteral(node.left) || isUnreportableLiteral(node.right)) return;
        const scope = sourceCode.getScope(node);
        if (isErrorCodeExpression(node.left, scope)) checkComparedValue(node.right, scope);
        else if (isErrorCodeExpression(node.right, scope)) checkComparedValue(node.left, scope);
      },
      SwitchStatement(node) {
        if (!mayBeErrorCodeExpression(node.discriminant)) return;
        if (node.cases.every((c) => c.test === null || isUnreportableLiteral(c.test))) return;
        const scope = sourceCode.getScope(node);
        if (!isErrorCodeExpression(node.discriminant, scope)) return;
        for (const switchCase of node.cases) {
          if (switchCase.test) checkComparedValue(switchCase.test, scope);
        }
      },
      CallExpression(node) {
        if (!mayBeMembershipTest(node)) return;
        const scope = sourceCode.getScope(node);
        const test = membershipTest(node, scope);
        if (!test || !isErrorCodeExpression(test.subject, scope)) return;
        for (const element of test.elements) checkComparedValue(element.node, element.scope);
      },
    };
  },
});

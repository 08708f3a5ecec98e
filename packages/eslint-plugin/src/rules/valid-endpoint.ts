import { DYNAMIC } from '@fc-atlas/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import {
  describeProblems,
  fileMayHoldHost,
  isStringNode,
  scanStringNode,
  showHost,
  type HostFinding,
  type StringNode,
} from '../utils/literal-scanner.js';

type MessageId = 'invalidEndpoint' | 'invalidEndpointNoFix' | 'useCorrectedHost';

/**
 * Replaces each literal part of the host with the matching part of the corrected host; run-time parts (`${...}`)
 * stay. No fix when the parts do not line up or the source of a part cannot be mapped exactly.
 */
function fixParts(finding: HostFinding, corrected: string): ((fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[]) | undefined {
  const parts = finding.parts;
  if (!parts) return undefined;
  const replacements = corrected.split(DYNAMIC);
  if (replacements.length !== parts.length) return undefined;
  return (fixer) =>
    parts.flatMap((part, index) =>
      part.text === replacements[index] ? [] : [fixer.replaceTextRange([part.range[0], part.range[1]], replacements[index]!)],
    );
}

export default createRule<[], MessageId>({
  name: 'valid-endpoint',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow misspelled or malformed Function Compute endpoints',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      invalidEndpoint: 'Invalid Function Compute endpoint "{{host}}": {{problems}}. Use "{{corrected}}" instead.',
      invalidEndpointNoFix: 'Invalid Function Compute endpoint "{{host}}": {{problems}}.',
      useCorrectedHost: 'Replace the host with "{{corrected}}".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    // Most files cannot spell `fc` in any string: no listener runs for them.
    if (!fileMayHoldHost(sourceCode)) return {};

    function check(node: StringNode) {
      for (const finding of scanStringNode(node, sourceCode)) {
        const diagnosis = finding.match.diagnosis;
        if (!diagnosis || diagnosis.problems.length === 0) continue;
        const loc = { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) };
        // A fragment ('.cn-shangai.fc.aliyuncs.com' after a run-time account id) is shown as the end of a host.
        const lead = finding.match.fragment ? `…${finding.text[finding.match.start - 1] === '.' ? '.' : ''}` : '';
        const host = lead + showHost(diagnosis.host);
        const problems = describeProblems(diagnosis);
        const corrected = diagnosis.corrected;
        if (corrected === undefined) {
          context.report({ node, loc, messageId: 'invalidEndpointNoFix', data: { host, problems } });
          continue;
        }
        const fix = fixParts(finding, corrected);
        context.report({
          node,
          loc,
          messageId: 'invalidEndpoint',
          data: { host, problems, corrected: lead + showHost(corrected) },
          suggest: fix ? [{ messageId: 'useCorrectedHost', data: { corrected: lead + showHost(corrected) }, fix }] : [],
        });
      }
    }

    return {
      Literal(node: TSESTree.Literal) {
        if (isStringNode(node)) check(node);
      },
      TemplateLiteral: check,
      JSXText: check,
    };
  },
});

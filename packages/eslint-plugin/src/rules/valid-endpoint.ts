import { DYNAMIC, type EndpointDiagnosis } from '@fc-atlas/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import { isStringNode, scanStringNode, type HostFinding, type StringNode } from '../utils/literal-scanner.js';

type MessageId = 'invalidEndpoint' | 'invalidEndpointNoFix' | 'useCorrectedHost';

const describeProblems = (diagnosis: EndpointDiagnosis) => diagnosis.problems.map((p) => p.message).join('; ');

/** Shows a host the way a reader recognises it: run-time parts as `${…}`. */
const showHost = (host: string) => host.split(DYNAMIC).join('${…}');

/**
 * Replaces each literal part of the host with the matching part of the corrected host. Run-time parts (`${...}`) stay;
 * no fix when the parts do not line up or the source holds escapes or entities inside the host.
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
      invalidEndpoint: '"{{host}}" is not a valid Function Compute endpoint: {{problems}}. Use "{{corrected}}".',
      invalidEndpointNoFix: '"{{host}}" is not a valid Function Compute endpoint: {{problems}}.',
      useCorrectedHost: 'Replace with "{{corrected}}".',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;

    function check(node: StringNode) {
      for (const finding of scanStringNode(node, sourceCode)) {
        const diagnosis = finding.match.diagnosis;
        if (!diagnosis || diagnosis.problems.length === 0) continue;
        const loc = { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) };
        const host = showHost(diagnosis.host);
        const problems = describeProblems(diagnosis);
        const corrected = diagnosis.corrected;
        const fix = corrected === undefined ? undefined : fixParts(finding, corrected);
        if (corrected === undefined) {
          context.report({ node, loc, messageId: 'invalidEndpointNoFix', data: { host, problems } });
          continue;
        }
        context.report({
          node,
          loc,
          messageId: 'invalidEndpoint',
          data: { host, problems, corrected: showHost(corrected) },
          suggest: fix ? [{ messageId: 'useCorrectedHost', data: { corrected: showHost(corrected) }, fix }] : [],
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

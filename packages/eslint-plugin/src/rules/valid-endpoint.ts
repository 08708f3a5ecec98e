import { ReferenceTracker } from '@eslint-community/eslint-utils';
import { parseEndpoint } from '@fc-atlas/catalog';
import { checkEndpoint, DYNAMIC, type EndpointDiagnosis } from '@fc-atlas/catalog/check';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import { findVariable, getStaticValue } from '../utils/eslint-utils.js';
import { fileImportsFcModule } from '../utils/fc-context.js';
import {
  accountOnlyApiAfter,
  describeProblems,
  fileMayHoldHost,
  isRegionTableEntry,
  isStringNode,
  scanStringNode,
  showHost,
  type HostFinding,
  type StringNode,
} from '../utils/literal-scanner.js';

export type MessageId =
  | 'invalidEndpoint'
  | 'invalidEndpointNoFix'
  | 'useCorrectedHost'
  | 'invalidRegion'
  | 'useRegion'
  | 'endpointRegionMismatch'
  | 'endpointAccountMismatch'
  | 'accountHostNeeded';


/**
 * Calls that build an FC host from a `region` option, and where that option sits: the fc2 SDK's client
 * (`new FCClient(accountId, { region })`, as its README shows) and the catalog's builders (`fcEndpoint({ region })`).
 * Traced through imports and `require` (named, default, namespace), never by name alone.
 */
const REGION_CALLS = {
  // `'fc2'`: this client also takes an `endpoint` option and the account id, checked against each other.
  '@alicloud/fc2': { [ReferenceTracker.CONSTRUCT]: 'fc2', default: { [ReferenceTracker.CONSTRUCT]: 'fc2' } },
  // An ES module: named and namespace imports read its exports (fc2 is CommonJS: its default import is the client).
  '@fc-atlas/catalog': {
    [ReferenceTracker.ESM]: true,
    ...Object.fromEntries(['fcEndpoint', 'fcEndpointUrl', 'fcv3Endpoint'].map((name) => [name, { [ReferenceTracker.CALL]: true }])),
  },
};
/** The object literal an expression is, or that the `const` it names was declared with. */
function objectLiteralOf(node: TSESTree.Node, scope: TSESLint.Scope.Scope): TSESTree.ObjectExpression | undefined {
  if (node.type === 'ObjectExpression') return node;
  if (node.type !== 'Identifier') return undefined;
  const variable = findVariable(scope, node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type !== 'Variable' || def.parent.kind !== 'const' || def.node.id.type !== 'Identifier') return undefined;
  return def.node.init?.type === 'ObjectExpression' ? def.node.init : undefined;
}

/** Which argument holds the options: the fc2 client takes the account id first. */
const optionsArgument = (node: TSESTree.CallExpression | TSESTree.NewExpression) => node.arguments[node.type === 'NewExpression' ? 1 : 0];

/** A region id (letters, digits, `-`) as a string literal in the quote the source used. */
const quoted = (region: string, quote: string) => `${quote}${region}${quote}`;

/** True when the host is written right and its only fault is a fact about its region: retired, or not in the catalog. */
const isRegionFactOnly = (diagnosis: EndpointDiagnosis) =>
  (diagnosis.regionKind === 'retired' || diagnosis.regionKind === 'unknown') &&
  diagnosis.problems.every((p) => p.kind === 'retired-region' || p.kind === 'unknown-region');

/** The static string value of an expression, if it has one; an integer (a number that is exact, or a BigInt) as its digits. */
const staticText = (node: TSESTree.Node, scope: TSESLint.Scope.Scope): string | undefined => {
  const value = getStaticValue(node, scope)?.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'bigint') return String(value);
  return typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : undefined;
};

/** Problems of a region id that the catalog reports about the host built from it. */
const REGION_PROBLEMS = new Set(['misspelled-region', 'unknown-region', 'retired-region']);

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
      invalidRegion: 'Invalid Function Compute region in the client options: {{problems}}.',
      useRegion: 'Replace the region with "{{region}}".',
      endpointRegionMismatch:
        'The client\'s endpoint "{{host}}" is in region "{{endpointRegion}}", but its region option is "{{region}}": @alicloud/fc2 sends every call to the endpoint and ignores the region. Make them agree.',
      endpointAccountMismatch:
        'The client\'s endpoint "{{host}}" belongs to account "{{endpointAccount}}", but the client is made for account "{{account}}" (@alicloud/fc2 sends it in the x-fc-account-id header). Make them agree.',
      accountHostNeeded:
        'The FC {{version}} API is served by the account\'s host, "<account-id>.{{host}}"; "{{host}}" has no account id. Build the host with fcEndpoint() from @fc-atlas/catalog.',
    },
    schema: [],
  },
  defaultOptions: [],
  create(context) {
    const sourceCode = context.sourceCode;
    // Most files cannot spell `fc` in any string: no string listener runs for them (a file that imports FC can).
    if (!fileMayHoldHost(sourceCode)) return {};

    function check(node: StringNode) {
      for (const finding of scanStringNode(node, sourceCode)) {
        const diagnosis = finding.match.diagnosis;
        if (!diagnosis) continue;
        if (diagnosis.problems.length === 0) {
          checkApiVersion(node, finding, diagnosis);
          continue;
        }
        // A table keyed by region files each host under the region it names; being retired or unlisted is the region's fact.
        if (isRegionFactOnly(diagnosis) && isRegionTableEntry(finding)) continue;
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

    /** A regional host (no account id) followed by an FC 2.0 API path in the same string: that API needs the account host. */
    function checkApiVersion(node: StringNode, finding: HostFinding, diagnosis: EndpointDiagnosis) {
      const version = accountOnlyApiAfter(finding);
      if (version === undefined) return;
      const loc = { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) };
      context.report({ node, loc, messageId: 'accountHostNeeded', data: { version, host: showHost(diagnosis.host) } });
    }

    /**
     * The `region` option of a call that builds an FC host, checked as the region of the host it builds: a value known
     * before run time (a literal, a constant) that the catalog reads as misspelled, unknown or retired.
     */
    function checkRegionOptions() {
      const tracker = new ReferenceTracker(sourceCode.scopeManager!.globalScope! as never);
      const calls = [...tracker.iterateEsmReferences(REGION_CALLS), ...tracker.iterateCjsReferences(REGION_CALLS)];
      for (const { node, info } of calls as unknown as { node: TSESTree.CallExpression | TSESTree.NewExpression; info: unknown }[]) {
        const options = optionsArgument(node);
        if (options?.type !== 'ObjectExpression') continue;
        let region: TSESTree.Expression | undefined;
        let endpoint: TSESTree.Expression | undefined;
        // Options that a later spread (`{ region, ...config }`) may replace: written, but not the client's.
        let regionReplaced = false;
        let endpointReplaced = false;
        for (const property of options.properties) {
          if (property.type === 'SpreadElement') {
            regionReplaced ||= spreadMaySet(property, 'region');
            endpointReplaced ||= spreadMaySet(property, 'endpoint');
            continue;
          }
          if (property.computed || property.kind !== 'init') continue;
          const key = property.key.type === 'Identifier' ? property.key.name : property.key.type === 'Literal' ? property.key.value : undefined;
          if (key === 'region') [region, regionReplaced] = [property.value as TSESTree.Expression, false];
          else if (key === 'endpoint') [endpoint, endpointReplaced] = [property.value as TSESTree.Expression, false];
        }
        // A region as written is checked even when a spread may replace it: the literal itself is wrong.
        const regionIsValid = region !== undefined && checkRegion(region);
        if (info === 'fc2' && endpoint && !endpointReplaced) {
          checkEndpointOption(endpoint, regionIsValid && !regionReplaced ? region : undefined, node.arguments[0]);
        }
      }
    }

    /**
     * False when the spread is known to hold no `key` of its own: an object literal, or a `const` bound to one, whose
     * keys are all written out; or a value known before run time without it. True for anything else.
     */
    function spreadMaySet(spread: TSESTree.SpreadElement, key: string): boolean {
      const object = objectLiteralOf(spread.argument, sourceCode.getScope(spread));
      if (object) {
        return object.properties.some(
          (p) => p.type === 'SpreadElement' || p.computed || (p.key.type === 'Identifier' ? p.key.name : p.key.type === 'Literal' ? String(p.key.value) : key) === key,
        );
      }
      const known = getStaticValue(spread.argument, sourceCode.getScope(spread));
      if (known === null) return true;
      const value = known.value;
      return (typeof value === 'object' || typeof value === 'function') && value !== null && Object.prototype.propertyIsEnumerable.call(value, key);
    }

    /**
     * The fc2 client's `endpoint` option against its other arguments: the SDK sends every call to the endpoint (its
     * region option then only looks right) and sends the account id it was made for in a header.
     */
    function checkEndpointOption(endpoint: TSESTree.Expression, region: TSESTree.Expression | undefined, account: TSESTree.Node | undefined) {
      const parsed = parseEndpoint(staticText(endpoint, sourceCode.getScope(endpoint)) ?? '');
      if (!parsed) return;
      const regionValue = region && staticText(region, sourceCode.getScope(region));
      if (regionValue !== undefined && regionValue.toLowerCase() !== parsed.region) {
        context.report({
          node: endpoint,
          messageId: 'endpointRegionMismatch',
          data: { host: parsed.host, endpointRegion: parsed.region, region: regionValue },
        });
      }
      const accountValue = account && account.type !== 'SpreadElement' ? staticText(account, sourceCode.getScope(account)) : undefined;
      if (accountValue !== undefined && parsed.accountId !== undefined && accountValue.trim() !== parsed.accountId) {
        context.report({
          node: endpoint,
          messageId: 'endpointAccountMismatch',
          data: { host: parsed.host, endpointAccount: parsed.accountId, account: accountValue },
        });
      }
    }

    /** Reports a misspelled, unknown or retired region; true when the region is a region id with no such problem. */
    function checkRegion(value: TSESTree.Expression): boolean {
      const region = getStaticValue(value, sourceCode.getScope(value))?.value;
      // Only a region id can be checked; whole hosts, white space and other values are the builder's to reject.
      if (typeof region !== 'string' || !/^[a-z\d-]+$/i.test(region)) return false;
      const problems = checkEndpoint(`${DYNAMIC}.${region}.fc.aliyuncs.com`)?.problems.filter((p) => REGION_PROBLEMS.has(p.kind)) ?? [];
      if (problems.length === 0) return true;
      const expected = problems.length === 1 ? problems[0]!.expected : undefined;
      const literal = value.type === 'Literal' && typeof value.value === 'string';
      context.report({
        node: value,
        messageId: 'invalidRegion',
        data: { problems: describeProblems({ problems }) },
        suggest:
          expected && literal
            ? [{ messageId: 'useRegion', data: { region: expected }, fix: (fixer) => fixer.replaceText(value, quoted(expected, sourceCode.getText(value)[0]!)) }]
            : [],
      });
      return false;
    }

    return {
      // Only files that import an FC SDK or the catalog can hold such a call.
      ...(fileImportsFcModule(sourceCode) ? { 'Program:exit': checkRegionOptions } : {}),
      Literal(node: TSESTree.Literal) {
        if (isStringNode(node)) check(node);
      },
      TemplateLiteral: check,
      JSXText: check,
    };
  },
});

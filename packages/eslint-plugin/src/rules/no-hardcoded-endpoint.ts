import { DYNAMIC, checkEndpoint, getRegion, type EndpointDiagnosis } from '@fc-atlas/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, perOptions } from '../utils/create-rule.js';
import {
  describeProblems,
  fileMayHoldHost,
  isStringNode,
  scanStringNode,
  showHost,
  type HostFinding,
  type StringNode,
} from '../utils/literal-scanner.js';

type Options = [
  {
    /** Hosts that may appear in code (e.g. a test double); matched case-insensitively, `*` matches one label. */
    allow?: string[];
    /** Also report HTTP trigger URLs (`<sub>.<region>.fcapp.run`). */
    includeTriggerUrls?: boolean;
  },
];

type MessageId = 'hardcodedEndpoint' | 'assembledEndpoint' | 'hardcodedTriggerUrl' | 'hostFragment' | 'badAllowEntry' | 'useBuilder';

const CATALOG = '@fc-atlas/catalog';
const TRIGGER_FAMILIES = new Set(['http-trigger', 'http-trigger-vpc']);

const builderOf = (diagnosis: EndpointDiagnosis | undefined) => (diagnosis?.family === 'openapi-v3' ? 'fcv3Endpoint' : 'fcEndpoint');

interface AllowEntry {
  readonly entry: string;
  readonly matches?: (host: string) => boolean;
  /** Why the entry can never match a reported host. */
  readonly reason?: string;
}

/** An `allow` entry: a host or URL, `*` standing for one whole label. Entries that can never match carry a reason. */
function parseAllowEntry(entry: string): AllowEntry {
  const pattern = entry.trim();
  if (/[^.:/]\*|\*[^.:/]/.test(pattern)) {
    return { entry, reason: 'uses "*" inside a label ("*" stands for one whole label)' };
  }
  const diagnosis = checkEndpoint(pattern.replace(/\*/g, DYNAMIC));
  if (!diagnosis) return { entry, reason: 'is not a Function Compute host or host pattern' };
  if (diagnosis.problems.length > 0) {
    return { entry, reason: `is not a valid Function Compute host: ${describeProblems(diagnosis)}` };
  }
  if (diagnosis.placeholder) return { entry, reason: 'is a placeholder, which this rule never reports' };
  const labels = diagnosis.host.toLowerCase().split('.');
  return {
    entry,
    matches: (host) => {
      const hostLabels = host.toLowerCase().split('.');
      return hostLabels.length === labels.length && labels.every((label, i) => label === DYNAMIC || label === hostLabels[i]);
    },
  };
}

const allowEntriesOf = perOptions((options: Options[0]) => (options.allow ?? []).map(parseAllowEntry));

/** Quotes a host label as a string literal (labels are letters, digits and `-`; escaping is insurance). */
const quote = (value: string) => `'${value.replace(/[\\']/g, '\\$&')}'`;

/** Escapes cooked text for the inside of a template literal. */
const templateText = (value: string) => value.replace(/[`\\\r]|\$\{/g, (m) => (m === '\r' ? '\\r' : `\\${m}`));

const IDENTIFIER_CHAR = /[\p{ID_Continue}$\u200c\u200d]/u;

const isConstAssertion = (type: TSESTree.TypeNode) =>
  type.type === 'TSTypeReference' && type.typeName.type === 'Identifier' && type.typeName.name === 'const';

/**
 * True when the string sits where any expression may stand: not a property key, enum member, directive, tagged quasi,
 * `as const` operand or ambient (`declare`) initializer, where a call is a syntax or type error.
 */
function isExpressionPosition(node: StringNode): boolean {
  const parent = node.parent;
  if (!parent || node.type === 'JSXText') return false;
  for (let ancestor: TSESTree.Node | undefined = parent; ancestor; ancestor = ancestor.parent) {
    if ('declare' in ancestor && ancestor.declare === true) return false;
  }
  switch (parent.type) {
    case 'ExpressionStatement':
    case 'TSEnumMember':
    case 'TaggedTemplateExpression':
      return false;
    case 'TSAsExpression':
    case 'TSTypeAssertion':
      return !isConstAssertion(parent.typeAnnotation);
    case 'Property':
    case 'PropertyDefinition':
    case 'AccessorProperty':
    case 'MethodDefinition':
    case 'TSAbstractPropertyDefinition':
    case 'TSAbstractAccessorProperty':
    case 'TSAbstractMethodDefinition':
      return parent.key !== node || parent.computed;
    default:
      return true;
  }
}

export default createRule<Options, MessageId>({
  name: 'no-hardcoded-endpoint',
  meta: {
    type: 'suggestion',
    docs: {
      description: 'Disallow hard-coded Function Compute endpoints; build them from configuration with the catalog',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      hardcodedEndpoint: 'Hard-coded Function Compute endpoint "{{host}}"; build it from configuration with {{builder}}() from @fc-atlas/catalog.',
      assembledEndpoint:
        'Function Compute endpoint "{{host}}" assembled by hand; build it with {{builder}}() from @fc-atlas/catalog, which checks every part.',
      hardcodedTriggerUrl:
        'Hard-coded HTTP trigger host "{{host}}"; read the trigger URL from configuration (the trigger\'s urlInternet or urlIntranet).',
      hostFragment:
        'Function Compute host fragment "{{fragment}}"; use fcEndpoint() or parseEndpoint() from @fc-atlas/catalog instead of building or matching hosts by hand.',
      badAllowEntry: 'The "allow" entry "{{entry}}" {{reason}}, so it never matches; fix or remove it.',
      useBuilder: 'Replace with {{call}}.',
    },
    schema: [
      {
        type: 'object',
        properties: {
          allow: {
            type: 'array',
            items: { type: 'string', minLength: 1 },
            uniqueItems: true,
            description: 'Hosts allowed in code, e.g. "16530750.cn-hangzhou.fc.aliyuncs.com"; "*" matches one label.',
          },
          includeTriggerUrls: {
            type: 'boolean',
            description: 'Also report HTTP trigger URLs (<sub>.<region>.fcapp.run).',
          },
        },
        additionalProperties: false,
      },
    ],
  },
  defaultOptions: [{ allow: [], includeTriggerUrls: false }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const allowEntries = allowEntriesOf(options);
    const allowed = (host: string) => allowEntries.some((a) => a.matches?.(host) === true);

    /** The name to call the builder by, and the import to add; `undefined` when another binding takes the name. */
    function resolveBuilder(node: StringNode, name: string) {
      const program = sourceCode.ast;
      let catalogImport: TSESTree.ImportDeclaration | undefined;
      for (const statement of program.body) {
        if (statement.type !== 'ImportDeclaration' || statement.source.value !== CATALOG || statement.importKind === 'type') continue;
        for (const specifier of statement.specifiers) {
          if (specifier.type !== 'ImportSpecifier' || specifier.importKind === 'type') continue;
          const imported = specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value;
          if (imported === name && !isShadowed(node, specifier.local.name, specifier)) return { callee: specifier.local.name };
        }
        if (!catalogImport && statement.specifiers.some((s) => s.type === 'ImportSpecifier')) catalogImport = statement;
      }
      if (isShadowed(node, name)) return undefined;
      const addImport = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => {
        if (catalogImport) {
          const named = catalogImport.specifiers.filter((s) => s.type === 'ImportSpecifier');
          return fixer.insertTextAfter(named[named.length - 1]!, `, ${name}`);
        }
        const line = `import { ${name} } from '${CATALOG}';`;
        const imports = program.body.filter((s) => s.type === 'ImportDeclaration');
        const lastImport = imports[imports.length - 1];
        if (lastImport) return fixer.insertTextAfter(lastImport, `\n${line}`);
        // Directives ('use client', 'use strict') must stay first.
        const first = program.body.find((s) => !(s.type === 'ExpressionStatement' && s.directive !== undefined));
        return first ? fixer.insertTextBefore(first, `${line}\n`) : fixer.insertTextAfterRange([0, 0], `${line}\n`);
      };
      return { callee: name, addImport };
    }

    /** True when `name`, seen from `node`, resolves to a binding other than `expected` (or to any binding without one). */
    function isShadowed(node: StringNode, name: string, expected?: TSESTree.ImportSpecifier): boolean {
      for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
        const variable = scope.set.get(name);
        if (variable) return !expected || !variable.defs.some((def) => def.node === expected);
      }
      return false;
    }

    /** The source of one part of the host: a run-time expression as written, or a quoted literal. */
    function part(value: string, finding: HostFinding, used: { next: number }): string | undefined {
      if (value === DYNAMIC) {
        const expression = finding.expressions[used.next++];
        if (!expression) return undefined;
        const source = sourceCode.getText(expression);
        return expression.type === 'SequenceExpression' ? `(${source})` : source;
      }
      if (value.includes(DYNAMIC)) return undefined;
      return quote(value);
    }

    /** The catalog call that builds this host, e.g. `fcEndpoint({ accountId: '1', region: 'cn-hangzhou' })`. */
    function builderCall(finding: HostFinding, diagnosis: EndpointDiagnosis, callee: (name: string) => string | undefined, protocol?: string) {
      const used = { next: 0 };
      const field = (key: string, value: string) => (value === key ? key : `${key}: ${value}`);
      if (diagnosis.family === 'openapi-v3') {
        // fcv3Endpoint() builds neither a network variant nor a host for regions without one (it would throw).
        if (diagnosis.internal || diagnosis.vpc) return undefined;
        if (diagnosis.regionKind !== 'dynamic' && getRegion(diagnosis.region)?.fcv3Host !== true) return undefined;
        const region = part(diagnosis.region, finding, used);
        const name = callee('fcv3Endpoint');
        if (!region || !name) return undefined;
        const call = `${name}({ ${field('region', region)} })`;
        return { name: 'fcv3Endpoint', call, url: protocol === undefined ? call : `\`${protocol}://\${${call}}` };
      }
      if (diagnosis.family !== 'api' && diagnosis.family !== 'api-internal') return undefined;
      if (!['active', 'unlisted', 'dynamic'].includes(diagnosis.regionKind)) return undefined;
      const accountId = part(diagnosis.accountId ?? '', finding, used);
      const region = part(diagnosis.region, finding, used);
      if (!accountId || !region) return undefined;
      const fields = [field('accountId', accountId), field('region', region)];
      if (diagnosis.internal) fields.push('internal: true');
      // fcEndpoint() rejects industry-cloud and unconfirmed region ids unless told to accept them.
      if (diagnosis.regionKind === 'unlisted') fields.push('allowUnlistedRegion: true');
      if (protocol === 'http') fields.push("protocol: 'http'");
      const builder = protocol === undefined ? 'fcEndpoint' : 'fcEndpointUrl';
      const name = callee(builder);
      if (!name) return undefined;
      const call = `${name}({ ${fields.join(', ')} })`;
      return { name: builder, call, url: call };
    }

    /** Offers the catalog call when the string is the host alone, or a URL made of scheme, host and path. */
    function suggestion(node: StringNode, finding: HostFinding) {
      const diagnosis = finding.match.diagnosis;
      // The import the suggestion adds needs an ES module (the configured source type, not the parser's guess).
      const sourceType = context.languageOptions.sourceType ?? sourceCode.ast.sourceType;
      if (!diagnosis || !finding.parts || !isExpressionPosition(node) || sourceType !== 'module') return [];
      const prefix = finding.text.slice(0, finding.match.start);
      const rest = finding.text.slice(finding.match.end);
      const scheme = /^(https?):\/\/$/i.exec(prefix);
      if (prefix !== '' && !scheme) return [];
      if (rest !== '' && !/^[/?#]/.test(rest)) return [];
      const imports: { name: string; addImport?: (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix }[] = [];
      const callee = (name: string) => {
        const resolved = resolveBuilder(node, name);
        if (resolved) imports.push({ name, ...(resolved.addImport ? { addImport: resolved.addImport } : {}) });
        return resolved?.callee;
      };
      const built = builderCall(finding, diagnosis, callee, scheme?.[1]!.toLowerCase());
      if (!built) return [];
      let replacement: string;
      const urlIsTemplate = built.url.startsWith('`');
      if (rest === '') {
        replacement = urlIsTemplate ? `${built.url}\`` : built.url;
      } else {
        // The rest keeps its source form in a template (expressions and escapes as written), else is re-escaped.
        const tail =
          node.type === 'TemplateLiteral' ? sourceCode.text.slice(finding.range[1], node.range[1] - 1) : templateText(node.value.slice(finding.match.end));
        replacement = urlIsTemplate ? `${built.url}${tail}\`` : `\`\${${built.url}}${tail}\``;
      }
      if (node.parent?.type === 'JSXAttribute') replacement = `{${replacement}}`;
      else if (IDENTIFIER_CHAR.test(sourceCode.text[node.range[0] - 1] ?? '') && IDENTIFIER_CHAR.test(replacement[0]!)) {
        replacement = ` ${replacement}`;
      }
      const addImport = imports.find((i) => i.name === built.name)?.addImport;
      return [
        {
          messageId: 'useBuilder' as const,
          data: { call: built.call },
          fix: (fixer: TSESLint.RuleFixer) => {
            const fixes = [fixer.replaceText(node, replacement)];
            if (addImport) fixes.push(addImport(fixer));
            return fixes;
          },
        },
      ];
    }

    function check(node: StringNode) {
      for (const finding of scanStringNode(node, sourceCode)) {
        const { match } = finding;
        const diagnosis = match.diagnosis;
        // Placeholders are documentation; hosts with mistakes are valid-endpoint's to report (one report per host).
        if (diagnosis && (diagnosis.placeholder || diagnosis.problems.length > 0)) continue;
        const loc = { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) };
        if (match.fragment) {
          const dot = finding.text[match.start - 1] === '.' ? '.' : '';
          const fragment = showHost(`${dot}${finding.text.slice(match.start, match.end)}`);
          const parent = node.parent;
          const inConcatenation =
            (parent?.type === 'BinaryExpression' && parent.operator === '+') ||
            (parent?.type === 'AssignmentExpression' && parent.operator === '+=' && parent.right === node);
          if (inConcatenation) {
            context.report({ node, loc, messageId: 'assembledEndpoint', data: { host: `…${fragment}`, builder: builderOf(diagnosis) } });
          } else if (match.start === dot.length && match.end === finding.text.length) {
            // Only a string that is the fragment itself builds or tests hosts; prose that mentions one does not.
            context.report({ node, loc, messageId: 'hostFragment', data: { fragment } });
          }
          continue;
        }
        if (!diagnosis || allowed(diagnosis.host)) continue;
        const host = showHost(diagnosis.host);
        if (TRIGGER_FAMILIES.has(diagnosis.family)) {
          if (options.includeTriggerUrls) context.report({ node, loc, messageId: 'hardcodedTriggerUrl', data: { host } });
          continue;
        }
        context.report({
          node,
          loc,
          messageId: diagnosis.dynamic ? 'assembledEndpoint' : 'hardcodedEndpoint',
          data: { host, builder: builderOf(diagnosis) },
          suggest: suggestion(node, finding),
        });
      }
    }

    const listeners: TSESLint.RuleListener = {
      Program(program) {
        for (const { entry, reason } of allowEntries) {
          if (reason) context.report({ node: program, loc: { line: 1, column: 0 }, messageId: 'badAllowEntry', data: { entry, reason } });
        }
      },
    };
    // Most files cannot spell `fc` in any string: no string listener runs for them.
    if (!fileMayHoldHost(sourceCode)) return listeners;
    return {
      ...listeners,
      Literal(node: TSESTree.Literal) {
        if (isStringNode(node)) check(node);
      },
      TemplateLiteral: check,
      JSXText: check,
    };
  },
});

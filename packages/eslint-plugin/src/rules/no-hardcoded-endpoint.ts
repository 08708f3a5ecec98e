import { DYNAMIC, checkEndpoint, type EndpointDiagnosis } from '@fc-atlas/catalog';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../utils/create-rule.js';
import { isStringNode, scanStringNode, type HostFinding, type StringNode } from '../utils/literal-scanner.js';

type Options = [
  {
    /** Hosts that may appear in code (e.g. a test double); matched case-insensitively, `*` matches one label. */
    allow?: string[];
    /** Also report HTTP trigger URLs (`<sub>.<region>.fcapp.run`). */
    includeTriggerUrls?: boolean;
  },
];

type MessageId = 'hardcodedEndpoint' | 'assembledEndpoint' | 'hostFragment' | 'badAllowEntry' | 'useBuilder';

const CATALOG = '@fc-atlas/catalog';
const TRIGGER_FAMILIES = new Set(['http-trigger', 'http-trigger-vpc']);

const showHost = (host: string) => host.split(DYNAMIC).join('${…}');

/** Builds `pattern` (exact host, `*` for one label) into a matcher; `undefined` for an entry that can never match an FC host. */
function allowMatcher(entry: string): ((host: string) => boolean) | undefined {
  const pattern = entry.trim().toLowerCase();
  if (pattern.includes('*')) {
    const labels = pattern.split('.');
    return (host) => {
      const hostLabels = host.split('.');
      return hostLabels.length === labels.length && labels.every((l, i) => l === '*' || l === hostLabels[i]);
    };
  }
  const diagnosis = checkEndpoint(pattern);
  if (!diagnosis) return undefined;
  const host = diagnosis.host.toLowerCase();
  return (candidate) => candidate === host;
}

const quote = (value: string) => `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The source of one part of the host: a run-time expression as written, or a quoted literal. */
function part(value: string, expressions: readonly string[], used: { next: number }): string | undefined {
  if (value === DYNAMIC) return expressions[used.next++];
  if (value.includes(DYNAMIC)) return undefined;
  return quote(value);
}

/** The catalog call that builds this host, e.g. `fcEndpoint({ accountId: '1', region: 'cn-hangzhou' })`, and the name it needs. */
function builderCall(diagnosis: EndpointDiagnosis, expressions: readonly string[], url: { protocol?: string } | undefined) {
  const used = { next: 0 };
  if (diagnosis.family === 'openapi-v3') {
    const region = part(diagnosis.region, expressions, used);
    if (!region || url) return undefined;
    return { name: 'fcv3Endpoint', call: `fcv3Endpoint({ region: ${region} })` };
  }
  if (diagnosis.family !== 'api' && diagnosis.family !== 'api-internal') return undefined;
  const accountId = part(diagnosis.accountId ?? '', expressions, used);
  const region = part(diagnosis.region, expressions, used);
  if (!accountId || !region) return undefined;
  const field = (key: string, value: string) => (value === key ? key : `${key}: ${value}`);
  const fields = [field('accountId', accountId), field('region', region)];
  if (diagnosis.internal) fields.push('internal: true');
  if (url?.protocol === 'http') fields.push("protocol: 'http'");
  const name = url ? 'fcEndpointUrl' : 'fcEndpoint';
  return { name, call: `${name}({ ${fields.join(', ')} })` };
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
      hardcodedEndpoint:
        'Hard-coded Function Compute endpoint "{{host}}"; build it from configuration with fcEndpoint() from @fc-atlas/catalog.',
      assembledEndpoint:
        'Function Compute endpoint "{{host}}" assembled by hand; use fcEndpoint() from @fc-atlas/catalog, which checks the account id and region.',
      hostFragment:
        'Function Compute host fragment "{{fragment}}"; use parseEndpoint() or fcEndpoint() from @fc-atlas/catalog instead of matching or building hosts by hand.',
      badAllowEntry: 'The "allow" entry "{{entry}}" is not a Function Compute host or pattern, so it never matches; fix or remove it.',
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
    const allowEntries = options.allow ?? [];
    const matchers = allowEntries.map((entry) => ({ entry, matches: allowMatcher(entry) }));
    const allowed = (host: string) => matchers.some((m) => m.matches?.(host.toLowerCase()) === true);

    function importFix(fixer: TSESLint.RuleFixer, name: string): TSESLint.RuleFix | undefined {
      const program = sourceCode.ast;
      for (const statement of program.body) {
        if (statement.type === 'ImportDeclaration' && statement.source.value === CATALOG && statement.importKind !== 'type') {
          const named = statement.specifiers.filter((s) => s.type === 'ImportSpecifier');
          if (named.some((s) => s.local.name === name)) return undefined;
          const last = named[named.length - 1];
          if (last) return fixer.insertTextAfter(last, `, ${name}`);
        }
      }
      const imports = program.body.filter((s) => s.type === 'ImportDeclaration');
      const lastImport = imports[imports.length - 1];
      const line = `import { ${name} } from '${CATALOG}';`;
      if (lastImport) return fixer.insertTextAfter(lastImport, `\n${line}`);
      const first = program.body[0];
      return first ? fixer.insertTextBefore(first, `${line}\n`) : fixer.insertTextAfterRange([0, 0], `${line}\n`);
    }

    /** Offers the catalog call when the string is the host alone, or a URL made of scheme + host + path. */
    function suggestion(node: StringNode, finding: HostFinding) {
      const diagnosis = finding.match.diagnosis;
      if (!diagnosis || node.type === 'JSXText' || node.parent?.type === 'JSXAttribute') return [];
      if (node.type === 'TemplateLiteral' && node.parent?.type === 'TaggedTemplateExpression') return [];
      if (sourceCode.ast.sourceType !== 'module') return [];
      const text = node.type === 'TemplateLiteral' ? undefined : node.value;
      const whole =
        node.type === 'TemplateLiteral'
          ? node.quasis.map((q) => q.value.cooked ?? '').join(DYNAMIC)
          : (text ?? '');
      const hostAt = whole.indexOf(diagnosis.host);
      if (hostAt < 0) return [];
      const prefix = whole.slice(0, hostAt);
      const rest = whole.slice(hostAt + diagnosis.host.length);
      const scheme = /^(https?):\/\/$/i.exec(prefix);
      if (prefix !== '' && !scheme) return [];
      if (rest.includes(DYNAMIC) || (rest !== '' && !/^[/?]/.test(rest))) return [];
      if (rest !== '' && !scheme) return [];
      const built = builderCall(diagnosis, finding.expressions, scheme ? { protocol: scheme[1]!.toLowerCase() } : undefined);
      if (!built) return [];
      if (isShadowed(node, built.name)) return [];
      const replacement = rest === '' ? built.call : `\`\${${built.call}}${rest.replace(/[`\\]|\$\{/g, (m) => `\\${m}`)}\``;
      return [
        {
          messageId: 'useBuilder' as const,
          data: { call: built.call },
          fix: (fixer: TSESLint.RuleFixer) => {
            const fixes = [fixer.replaceText(node, replacement)];
            const added = importFix(fixer, built.name);
            if (added) fixes.push(added);
            return fixes;
          },
        },
      ];
    }

    function isShadowed(node: StringNode, name: string): boolean {
      for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(node); scope; scope = scope.upper) {
        const variable = scope.set.get(name);
        if (!variable) continue;
        // An import of the builder from the catalog is what we want; any other binding of the name is not.
        return !variable.defs.some(
          (def) => def.type === 'ImportBinding' && def.parent?.type === 'ImportDeclaration' && def.parent.source.value === CATALOG,
        );
      }
      return false;
    }

    function check(node: StringNode) {
      for (const finding of scanStringNode(node, sourceCode)) {
        const { match } = finding;
        const loc = { start: sourceCode.getLocFromIndex(finding.range[0]), end: sourceCode.getLocFromIndex(finding.range[1]) };
        const diagnosis = match.diagnosis;
        // Placeholders are documentation; hosts with mistakes are valid-endpoint's to report (one report per host).
        if (diagnosis && (diagnosis.placeholder || diagnosis.problems.length > 0)) continue;
        if (diagnosis && TRIGGER_FAMILIES.has(diagnosis.family) && !options.includeTriggerUrls) continue;
        if (match.fragment) {
          if (diagnosis?.dynamic) continue;
          const dot = sourceCode.text[finding.range[0] - 1] === '.' ? '.' : '';
          const fragment = `${dot}${sourceCode.text.slice(finding.range[0], finding.range[1])}`;
          const inConcatenation = node.parent?.type === 'BinaryExpression' && node.parent.operator === '+';
          context.report(
            inConcatenation
              ? { node, loc, messageId: 'assembledEndpoint', data: { host: `…${fragment}` } }
              : { node, loc, messageId: 'hostFragment', data: { fragment } },
          );
          continue;
        }
        if (!diagnosis || allowed(diagnosis.host)) continue;
        const host = showHost(diagnosis.host);
        if (diagnosis.dynamic) {
          context.report({ node, loc, messageId: 'assembledEndpoint', data: { host }, suggest: suggestion(node, finding) });
        } else {
          context.report({ node, loc, messageId: 'hardcodedEndpoint', data: { host }, suggest: suggestion(node, finding) });
        }
      }
    }

    return {
      Program(program) {
        for (const { entry, matches } of matchers) {
          if (!matches) context.report({ node: program, loc: { line: 1, column: 0 }, messageId: 'badAllowEntry', data: { entry } });
        }
      },
      Literal(node: TSESTree.Literal) {
        if (isStringNode(node)) check(node);
      },
      TemplateLiteral: check,
      JSXText: check,
    };
  },
});

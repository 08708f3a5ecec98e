import { getRegion } from '@fc-atlas/catalog';
import { DYNAMIC, checkEndpoint, type EndpointDiagnosis } from '@fc-atlas/catalog/check';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule, perOptions } from '../utils/create-rule.js';
import { findVariable } from '../utils/eslint-utils.js';
import { lineBreakAt } from '../utils/line-break.js';
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

export type Options = [
  {
    /** Hosts that may appear in code (e.g. a test double); matched case-insensitively, `*` matches one label. */
    allow?: string[];
    /** Also report HTTP trigger URLs (`<sub>.<region>.fcapp.run`). */
    includeTriggerUrls?: boolean;
  },
];

export type MessageId =
  | 'hardcodedEndpoint'
  | 'assembledEndpoint'
  | 'hardcodedRegionHost'
  | 'hardcodedTriggerUrl'
  | 'hostFragment'
  | 'badAllowEntry'
  | 'useBuilder';

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

/** Methods of a console or logger that write a message: `console.log(…)`, `logger.warn(…)`, `this.log.info(…)`. */
const LOG_METHODS = new Set(['log', 'info', 'warn', 'error', 'debug', 'trace']);
const LOGGER_NAME = /^(?:console|log|logger)$/i;
/** The name of an error's constructor: `Error`, or a class named `…Error` (`TypeError`, `HttpError`). */
const ERROR_CONSTRUCTOR = /^(?:[A-Z]\w*)?Error$/;
/** The GitHub Actions toolkit's functions that write a log line. */
const ACTIONS_CORE = '@actions/core';
const ACTIONS_LOG_FUNCTIONS = new Set(['info', 'warning', 'error', 'debug', 'notice']);

/**
 * The argument of a call that holds the string: the string itself, or the `+` concatenation, object literal (as a
 * field's value), array literal or conditional branch it sits in. Never crosses a call: `logger.info(request(url))` holds
 * a call, not a message.
 */
function enclosingArgument(node: StringNode): TSESTree.Node {
  let argument: TSESTree.Node = node;
  for (let parent = argument.parent; parent; argument = parent, parent = parent.parent) {
    if (parent.type === 'BinaryExpression' && parent.operator === '+') continue;
    if (parent.type === 'ArrayExpression' || parent.type === 'ObjectExpression') continue;
    if (parent.type === 'Property' && parent.value === argument && parent.parent.type === 'ObjectExpression') continue;
    if (parent.type === 'ConditionalExpression' && parent.test !== argument) continue;
    break;
  }
  return argument;
}

/** Where the variable an identifier names comes from: the module of an import, or the `require` call of its declaration. */
function bindingOf(node: TSESTree.Identifier, scope: TSESLint.Scope.Scope): { module?: string; imported?: string; init?: TSESTree.Expression } {
  const variable = findVariable(scope, node);
  const def = variable?.defs.length === 1 ? variable.defs[0] : undefined;
  if (def?.type === 'ImportBinding') {
    const declaration = def.parent as TSESTree.ImportDeclaration;
    const specifier = def.node;
    const imported = specifier.type === 'ImportSpecifier' ? (specifier.imported.type === 'Identifier' ? specifier.imported.name : specifier.imported.value) : undefined;
    return { module: declaration.source.value, ...(imported === undefined ? {} : { imported }) };
  }
  if (def?.type !== 'Variable' || def.node.id.type !== 'Identifier' || !def.node.init) return {};
  const module = requiredModule(def.node.init);
  return module === undefined ? { init: def.node.init } : { module };
}

/** True for `x` bound to a logger of the debug package: `createDebug('ns')` (imported from `debug`), `require('debug')('ns')`. */
function isDebugLogger(node: TSESTree.Identifier, scope: TSESLint.Scope.Scope): boolean {
  const init = bindingOf(node, scope).init;
  if (init?.type !== 'CallExpression') return false;
  if (requiredModule(init.callee) === 'debug') return true;
  if (init.callee.type !== 'Identifier') return false;
  const factory = bindingOf(init.callee, scope);
  return factory.module === 'debug' && factory.imported === undefined;
}

/**
 * True when the string is (part of) an argument of a log call or of an error's constructor: a message that names a
 * host, not an endpoint the code calls. Loggers: `console`, objects named `log` or `logger`, `this.log(…)` (oclif,
 * Yeoman), the debug package's loggers and the GitHub Actions toolkit (traced through import and require).
 */
function isMessageArgument(node: StringNode, sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  const argument = enclosingArgument(node);
  const call = argument.parent;
  if ((call?.type !== 'CallExpression' && call?.type !== 'NewExpression') || !call.arguments.includes(argument as TSESTree.Expression)) return false;
  const callee = call.callee;
  if (callee.type === 'Identifier') {
    // `Error` itself and its subclasses (`TypeError`, `HttpError`), with or without `new`.
    if (ERROR_CONSTRUCTOR.test(callee.name)) return true;
    if (call.type === 'NewExpression') return false;
    const scope = sourceCode.getScope(call);
    const binding = bindingOf(callee, scope);
    if (binding.module === ACTIONS_CORE) return ACTIONS_LOG_FUNCTIONS.has(binding.imported ?? '');
    return isDebugLogger(callee, scope);
  }
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return false;
  const method = callee.property.name;
  const object = callee.object;
  if (object.type === 'ThisExpression') return method === 'log';
  if (object.type === 'Identifier' && ACTIONS_LOG_FUNCTIONS.has(method)) {
    const binding = bindingOf(object, sourceCode.getScope(call));
    if (binding.module === ACTIONS_CORE && binding.imported === undefined) return true;
  }
  if (!LOG_METHODS.has(method)) return false;
  const name = object.type === 'Identifier' ? object.name : object.type === 'MemberExpression' && object.property.type === 'Identifier' ? object.property.name : '';
  return LOGGER_NAME.test(name);
}

/** `require('…')`, or `undefined`. */
function requiredModule(node: TSESTree.Node | null | undefined): string | undefined {
  if (node?.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'require') return undefined;
  const [arg] = node.arguments;
  return arg?.type === 'Literal' && typeof arg.value === 'string' ? arg.value : undefined;
}

/** `module.exports …` or `exports.x …` */
const isExportsTarget = (node: TSESTree.Node): boolean =>
  node.type === 'MemberExpression' &&
  node.object.type === 'Identifier' &&
  (node.object.name === 'exports' || (node.object.name === 'module' && !node.computed && node.property.type === 'Identifier' && node.property.name === 'exports') ||
    isExportsTarget(node.object));

/** A top-level `const x = require('…')` or `require('…');`. */
function isRequireStatement(statement: TSESTree.Node): boolean {
  if (statement.type === 'VariableDeclaration') return statement.declarations.some((d) => requiredModule(d.init) !== undefined);
  return statement.type === 'ExpressionStatement' && requiredModule(statement.expression) !== undefined;
}

/** A top-level `require` (as above) or `module.exports = …` / `exports.x = …`. */
const isCommonJsStatement = (statement: TSESTree.Node): boolean =>
  isRequireStatement(statement) ||
  (statement.type === 'ExpressionStatement' && statement.expression.type === 'AssignmentExpression' && isExportsTarget(statement.expression.left));

/**
 * How the file imports: `esm` when it has `import`/`export` declarations (or is a module that uses neither module
 * system), `cjs` when it is CommonJS (configured so, a `.cjs` file, or one that calls `require` or assigns
 * `module.exports` at the top level: ESLint parses every `.js` file as a module by default, and typescript-eslint every
 * file), `undefined` for a script, which has neither.
 */
function moduleSystemOf(program: TSESTree.Program, sourceType: string, filename: string): 'esm' | 'cjs' | undefined {
  if (program.body.some((s) => s.type === 'ImportDeclaration' || s.type.startsWith('Export'))) return 'esm';
  if (sourceType === 'commonjs' || filename.endsWith('.cjs') || program.body.some(isCommonJsStatement)) return 'cjs';
  return sourceType === 'module' ? 'esm' : undefined;
}

/**
 * What one top-level statement binds from the catalog for `name`: the expression to call it by (`callee`, the local
 * binding it rests on and that binding's definition node), or a place to add `name` to (`extend`: the last named
 * specifier or destructured property).
 */
function catalogBindingIn(
  statement: TSESTree.ProgramStatement,
  name: string,
): { callee?: string; local: string; def: TSESTree.Node; extend?: TSESTree.Node } | undefined {
  if (statement.type === 'ImportDeclaration') {
    if (statement.source.value !== CATALOG || statement.importKind === 'type') return undefined;
    const named = statement.specifiers.filter((s): s is TSESTree.ImportSpecifier => s.type === 'ImportSpecifier' && s.importKind !== 'type');
    for (const specifier of statement.specifiers) {
      if (specifier.type === 'ImportNamespaceSpecifier') return { callee: `${specifier.local.name}.${name}`, local: specifier.local.name, def: specifier };
    }
    const match = named.find((s) => (s.imported.type === 'Identifier' ? s.imported.name : s.imported.value) === name);
    if (match) return { callee: match.local.name, local: match.local.name, def: match };
    return named.length > 0 ? { local: name, def: statement, extend: named[named.length - 1]! } : undefined;
  }
  if (statement.type !== 'VariableDeclaration') return undefined;
  for (const declarator of statement.declarations) {
    if (requiredModule(declarator.init) !== CATALOG) continue;
    if (declarator.id.type === 'Identifier') return { callee: `${declarator.id.name}.${name}`, local: declarator.id.name, def: declarator };
    if (declarator.id.type !== 'ObjectPattern') continue;
    const properties = declarator.id.properties;
    for (const property of properties) {
      if (property.type === 'Property' && !property.computed && property.key.type === 'Identifier' && property.key.name === name && property.value.type === 'Identifier') {
        return { callee: property.value.name, local: property.value.name, def: declarator };
      }
    }
    const last = properties[properties.length - 1];
    return last && last.type !== 'RestElement' ? { local: name, def: declarator, extend: last } : undefined;
  }
  return undefined;
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
      hardcodedRegionHost:
        'Hard-coded Function Compute regional host "{{host}}" (no account id); read it from configuration, or call the account host that fcEndpoint() from @fc-atlas/catalog builds.',
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
    // The catalog calls need ES2015 syntax (`const { … } = require()`, templates, shorthand properties): files linted
    // as ES3 or ES5 get the report without a suggestion (ESLint turns 6 into 2015; any other value is newer).
    const ecmaVersion = context.languageOptions.ecmaVersion;
    const canSuggest = typeof ecmaVersion !== 'number' || ecmaVersion >= 6;
    const allowEntries = allowEntriesOf(options);
    const allowed = (host: string) => allowEntries.some((a) => a.matches?.(host) === true);

    /**
     * The expression to call the builder by, and the import to add; `undefined` when another binding takes the name or
     * the file can take no import. An existing import of the catalog is reused: a named import (also under another name),
     * a namespace import, or in CommonJS a destructured or whole `require`. A new import follows the file's module
     * system: `import` in an ES module, `require` in CommonJS.
     */
    function resolveBuilder(node: StringNode, name: string) {
      const program = sourceCode.ast;
      const system = moduleSystemOf(program, context.languageOptions.sourceType ?? program.sourceType, context.filename);
      if (!system) return undefined;
      let extendable: { after: TSESTree.Node } | undefined;
      for (const statement of program.body) {
        const found = catalogBindingIn(statement, name);
        if (!found) continue;
        if (found.callee && !isShadowed(node, found.local, found.def)) return { callee: found.callee };
        if (found.extend && !extendable) extendable = { after: found.extend };
      }
      if (isShadowed(node, name)) return undefined;
      const addImport = (fixer: TSESLint.RuleFixer): TSESLint.RuleFix => {
        if (extendable) return fixer.insertTextAfter(extendable.after, `, ${name}`);
        const line = system === 'esm' ? `import { ${name} } from '${CATALOG}';` : `const { ${name} } = require('${CATALOG}');`;
        const imports = program.body.filter(system === 'esm' ? (s) => s.type === 'ImportDeclaration' : isRequireStatement);
        const lastImport = imports[imports.length - 1];
        if (lastImport) return fixer.insertTextAfter(lastImport, `${lineBreakAt(sourceCode, lastImport.loc.end.line)}${line}`);
        // Directives ('use client', 'use strict') must stay first.
        const first = program.body.find((s) => !(s.type === 'ExpressionStatement' && s.directive !== undefined));
        const eol = lineBreakAt(sourceCode, first?.loc.start.line ?? 1);
        return first ? fixer.insertTextBefore(first, `${line}${eol}`) : fixer.insertTextAfterRange([0, 0], `${line}${eol}`);
      };
      return { callee: name, addImport };
    }

    /** True when `name`, seen from `node`, resolves to a binding other than `expected` (or to any binding without one). */
    function isShadowed(node: StringNode, name: string, expected?: TSESTree.Node): boolean {
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
      if (!canSuggest || !diagnosis || !finding.parts || !isExpressionPosition(node)) return [];
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
      const findings = scanStringNode(node, sourceCode);
      // A log line or error message that names the host calls nothing (valid-endpoint still checks its spelling).
      // Asked only of the rare string that holds a host: most strings have none.
      if (findings.length === 0 || isMessageArgument(node, sourceCode)) return;
      for (const finding of findings) {
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
        // A region-keyed table of hosts without an account id (an SDK's endpoint map) is how a host is picked from configuration.
        if (diagnosis.accountKind === 'none' && isRegionTableEntry(finding)) continue;
        const host = showHost(diagnosis.host);
        if (TRIGGER_FAMILIES.has(diagnosis.family)) {
          if (options.includeTriggerUrls) context.report({ node, loc, messageId: 'hardcodedTriggerUrl', data: { host } });
          continue;
        }
        // A regional host (no account id) is no builder's output: fcEndpoint() builds the account host, a different one.
        // Followed by an FC 2.0 API path it is a mistake, valid-endpoint's to report.
        if (diagnosis.family === 'region-only') {
          if (accountOnlyApiAfter(finding) !== undefined) continue;
          context.report({ node, loc, messageId: 'hardcodedRegionHost', data: { host } });
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

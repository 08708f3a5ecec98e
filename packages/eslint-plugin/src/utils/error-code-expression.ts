import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { findVariable, getPropertyName, getStaticValue, getStringIfConstant, type Scope, type Variable } from './eslint-utils.js';

/**
 * Property names that hold an FC error code: `ErrorCode` (2016-08-15 bodies, fc2 SDKs), `errorCode` (FC 2.0 docs),
 * `Code` (FC 3.0 bodies) and `code` (what the SDKs put on the thrown error).
 */
export const ERROR_CODE_PROPERTIES: ReadonlySet<string> = new Set(['code', 'errorCode', 'ErrorCode', 'Code']);

/** The operators of an (in)equality comparison. */
export const COMPARISON_OPERATORS: ReadonlySet<string> = new Set(['===', '==', '!==', '!=']);

/** Names that say a parameter or variable holds an error code, whatever it was assigned: `(code) => code === '…'`. */
const ERROR_CODE_NAMES: ReadonlySet<string> = new Set(['code', 'errorCode', 'errCode']);

/** How many `const a = b` hops we follow; real code needs one or two, the limit only guards against cycles. */
const MAX_DEPTH = 8;

/** Strips what does not change the value: `x as T`, `<T>x`, `x satisfies T`, `x!`, and the `?.` chain wrapper. */
export function skipWrappers(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case 'TSAsExpression':
      case 'TSSatisfiesExpression':
      case 'TSNonNullExpression':
      case 'TSTypeAssertion':
      case 'ChainExpression':
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

function propertyKeyName(property: TSESTree.Property, scope: Scope): string | undefined {
  const key = property.key;
  if (!property.computed) {
    if (key.type === 'Identifier') return key.name;
    if (key.type === 'Literal') return String(key.value);
    return undefined;
  }
  return getStringIfConstant(key, scope) ?? undefined;
}

/** A variable whose only write is its declaration (so its value is what it was declared with). */
function singleDefinition(variable: Variable | null): TSESLint.Scope.Definition | undefined {
  if (!variable || variable.defs.length !== 1) return undefined;
  if (variable.references.some((ref) => ref.isWrite() && !ref.init)) return undefined;
  return variable.defs[0];
}

/**
 * The value a variable was declared with, and the scope to read it in: `const`, `let` or `var x = init` declared once
 * and never assigned again (a list that compiled code declares with `var` counts as one written with `const`).
 */
function declaredValue(scope: Scope, identifier: TSESTree.Identifier): { init: TSESTree.Expression; scope: Scope } | undefined {
  const variable = findVariable(scope, identifier);
  const def = singleDefinition(variable);
  if (!variable || def?.type !== 'Variable' || def.node.id !== def.name || !def.node.init) return undefined;
  return { init: def.node.init, scope: variable.scope };
}

/** The argument of `String(x)`, syntax only (the caller checks that `String` is the global). */
function stringConversionArgument(node: TSESTree.Node): TSESTree.Expression | undefined {
  if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier' || node.callee.name !== 'String') return undefined;
  const [argument, ...rest] = node.arguments;
  return argument && argument.type !== 'SpreadElement' && rest.length === 0 ? argument : undefined;
}

/** True when `name` is not declared in the file, so it is the global of that name. */
function isGlobal(name: string, scope: Scope): boolean {
  const variable = findVariable(scope, name);
  return !variable || variable.defs.length === 0;
}

/** String methods that fold letter case, and the case they fold to. */
const CASE_FOLDS: ReadonlyMap<string, 'lower' | 'upper'> = new Map([
  ['toLowerCase', 'lower'],
  ['toLocaleLowerCase', 'lower'],
  ['toUpperCase', 'upper'],
  ['toLocaleUpperCase', 'upper'],
] as const);

/** `x` for `x.toLowerCase()` (or another of `CASE_FOLDS`), syntax only. */
function caseFoldedValue(node: TSESTree.CallExpression): TSESTree.Expression | undefined {
  const callee = skipWrappers(node.callee);
  if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return undefined;
  return CASE_FOLDS.has(callee.property.name) ? callee.object : undefined;
}

/**
 * The syntax `isErrorCodeExpression` can accept: a member named like an error code (or computed), `a ?? b` / `a || b`
 * whose left side can, `String(x)` or `x.toLowerCase()` where `x` can, or a variable. Callers test it before they look up a scope, since
 * most comparisons fail it.
 */
export function mayBeErrorCodeExpression(node: TSESTree.Node): boolean {
  const inner = skipWrappers(node);
  switch (inner.type) {
    case 'MemberExpression':
      return inner.computed || (inner.property.type === 'Identifier' && ERROR_CODE_PROPERTIES.has(inner.property.name));
    case 'LogicalExpression':
      return (inner.operator === '??' || inner.operator === '||') && mayBeErrorCodeExpression(inner.left);
    case 'CallExpression': {
      const argument = stringConversionArgument(inner) ?? caseFoldedValue(inner);
      return argument !== undefined && mayBeErrorCodeExpression(argument);
    }
    case 'Identifier':
      return true;
    default:
      return false;
  }
}

/**
 * True for an expression that holds an FC error code: `x.code`, `x?.Code`, `x['errorCode']`, `(x as T).ErrorCode`,
 * `x!.code`, `x.code ?? ''`, `String(x.code)`, `x.code.toLowerCase()`, a variable bound to one (`const { code } = err`,
 * `const { Code: c } = body`, `catch ({ code })`, `const code = err.code`), or a parameter or variable named `code`,
 * `errorCode` or `errCode`.
 */
export function isErrorCodeExpression(node: TSESTree.Node, scope: Scope, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  const inner = skipWrappers(node);
  switch (inner.type) {
    case 'MemberExpression': {
      const name = getPropertyName(inner, scope);
      return typeof name === 'string' && ERROR_CODE_PROPERTIES.has(name);
    }
    case 'LogicalExpression':
      return (inner.operator === '??' || inner.operator === '||') && isErrorCodeExpression(inner.left, scope, depth + 1);
    case 'CallExpression': {
      const folded = caseFoldedValue(inner);
      if (folded) return isErrorCodeExpression(folded, scope, depth + 1);
      const argument = stringConversionArgument(inner);
      return argument !== undefined && isGlobal('String', scope) && isErrorCodeExpression(argument, scope, depth + 1);
    }
    case 'Identifier': {
      const variable = findVariable(scope, inner);
      if (ERROR_CODE_NAMES.has(inner.name) && variable?.defs.some((d) => d.type === 'Parameter' || d.type === 'Variable')) {
        return true;
      }
      const def = singleDefinition(variable);
      if (!variable || !def) return false;
      let bound: TSESTree.Node = def.name;
      if (bound.parent?.type === 'AssignmentPattern' && bound.parent.left === bound) bound = bound.parent;
      const holder = bound.parent;
      if (holder?.type === 'Property' && holder.value === bound && holder.parent?.type === 'ObjectPattern') {
        const key = propertyKeyName(holder, variable.scope);
        return key !== undefined && ERROR_CODE_PROPERTIES.has(key);
      }
      if (def.type === 'Variable' && def.node.id === def.name && def.node.init) {
        return isErrorCodeExpression(def.node.init, variable.scope, depth + 1);
      }
      return false;
    }
    default:
      return false;
  }
}

/**
 * The letter case an expression's value was folded to: `'lower'` for `err.code.toLowerCase()`, for
 * `String(err.code ?? '').toLowerCase()`, for `cond ? err.code.toLowerCase() : ''` and for a variable that holds one;
 * `undefined` when the value keeps the case it came with. Comparing such a value with `'resourcethrottled'` is right.
 */
export function caseFoldOf(node: TSESTree.Node, scope: Scope, depth = 0): CaseFold | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = skipWrappers(node);
  switch (inner.type) {
    case 'CallExpression': {
      const callee = skipWrappers(inner.callee);
      if (callee.type !== 'MemberExpression') return undefined;
      const name = getPropertyName(callee, scope);
      const fold = typeof name === 'string' ? CASE_FOLDS.get(name) : undefined;
      if (!fold || !name!.startsWith('toLocale') || inner.arguments.length === 0) return fold;
      return localeFold(fold, inner.arguments[0]!, scope);
    }
    case 'LogicalExpression':
      return caseFoldOf(inner.left, scope, depth + 1);
    case 'ConditionalExpression': {
      // The branch that reads the code decides; a literal fallback (`: ''`) folds nothing either way.
      const branches = [inner.consequent, inner.alternate].filter((branch) => branch.type !== 'Literal');
      const folds = new Set(branches.map((branch) => caseFoldOf(branch, scope, depth + 1)));
      return folds.size === 1 ? [...folds][0] : undefined;
    }
    case 'Identifier': {
      const declared = declaredValue(scope, inner);
      return declared && caseFoldOf(declared.init, declared.scope, depth + 1);
    }
    default:
      return undefined;
  }
}

/**
 * How a string is folded: `lower` or `upper` as `toLowerCase()` does; `lower:tr` or `upper:az-Latn` under the Turkic
 * rules of the locale named (`I` lower-cases to `ı`, `i` upper-cases to `İ`); `unknown` under a locale known only at
 * run time.
 */
export type CaseFold = 'lower' | 'upper' | 'unknown' | `${'lower' | 'upper'}:${string}`;

/** Languages whose case rules map the ASCII `I` and `i` to other letters (`ı`, `İ`). */
const TURKIC_LANGUAGES: ReadonlySet<string> = new Set(['tr', 'az']);

/** The fold of `toLocaleLowerCase(locales)` / `toLocaleUpperCase(locales)`: the first locale requested decides. */
function localeFold(fold: 'lower' | 'upper', argument: TSESTree.Node, scope: Scope): CaseFold {
  if (argument.type === 'SpreadElement') return 'unknown';
  const known = getStaticValue(argument, scope);
  if (!known) return 'unknown';
  const first = Array.isArray(known.value) ? known.value[0] : known.value;
  if (first === undefined) return fold;
  if (typeof first !== 'string') return 'unknown';
  const language = first.split(/[-_]/)[0]!.toLowerCase();
  return TURKIC_LANGUAGES.has(language) ? `${fold}:${first}` : fold;
}

/** `value` folded as `fold` says (`lower`, `upper`, or one of them under a Turkic locale); not for `unknown`. */
export function applyCaseFold(value: string, fold: Exclude<CaseFold, 'unknown'>): string {
  if (fold === 'lower') return value.toLowerCase();
  if (fold === 'upper') return value.toUpperCase();
  return fold.startsWith('lower') ? value.replaceAll('I', '\u0131').toLowerCase() : value.replaceAll('i', '\u0130').toUpperCase();
}

/**
 * A stable key for "the same error-code expression" across the branches of an if/else chain:
 * `err?.code`, `err.code` and `err['code']` share one key.
 */
export function errorCodeExpressionKey(node: TSESTree.Node, sourceCode: Readonly<TSESLint.SourceCode>): string {
  const inner = skipWrappers(node);
  if (inner.type === 'Identifier') return inner.name;
  if (inner.type === 'ThisExpression') return 'this';
  if (inner.type === 'MemberExpression') {
    const name = getPropertyName(inner, sourceCode.getScope(inner));
    return `${errorCodeExpressionKey(inner.object, sourceCode)}.${name ?? sourceCode.getText(inner.property)}`;
  }
  return sourceCode.getText(inner);
}

/** The member of a TS `enum` that `E.A` / `E['A']` refers to, if `E` is an enum declared in this file. */
function enumMember(node: TSESTree.Node, scope: Scope): { member: TSESTree.TSEnumMember; scope: Scope } | undefined {
  const inner = skipWrappers(node);
  if (inner.type !== 'MemberExpression') return undefined;
  const object = skipWrappers(inner.object);
  if (object.type !== 'Identifier') return undefined;
  const name = getPropertyName(inner, scope);
  if (typeof name !== 'string') return undefined;
  const variable = findVariable(scope, object);
  if (!variable) return undefined;
  for (const def of variable.defs) {
    if (def.node.type !== 'TSEnumDeclaration') continue;
    for (const member of def.node.body.members) {
      const id = member.id;
      const memberName = id.type === 'Identifier' ? id.name : id.type === 'Literal' ? String(id.value) : undefined;
      if (memberName === name) return { member, scope: variable.scope };
    }
  }
  return undefined;
}

/**
 * The value an expression always evaluates to, or `undefined` when it cannot be known statically: literals, `const`
 * bindings, `as const` objects (through eslint-utils' `getStaticValue`), plus members of `enum`s declared in the file
 * that have a known initializer.
 */
export function staticValue(node: TSESTree.Node, scope: Scope): { value: unknown } | undefined {
  const result = getStaticValue(node, scope);
  if (result) return result;
  const found = enumMember(node, scope);
  if (!found?.member.initializer) return undefined;
  return getStaticValue(found.member.initializer, found.scope) ?? undefined;
}

/** The string an expression always evaluates to, or `undefined` (see `staticValue`). */
export function staticString(node: TSESTree.Node, scope: Scope): string | undefined {
  const value = staticValue(node, scope)?.value;
  return typeof value === 'string' ? value : undefined;
}

export type StringLiteralNode = TSESTree.StringLiteral | TSESTree.TemplateLiteral;

function isStringLiteralNode(node: TSESTree.Node): node is StringLiteralNode {
  return (
    (node.type === 'Literal' && typeof node.value === 'string') ||
    (node.type === 'TemplateLiteral' && node.expressions.length === 0)
  );
}

/**
 * The literal in the source that spells the string `node` evaluates to, so a report and a suggestion can point at it:
 * the node itself, a `const`'s initializer, an `enum` member's initializer, or a property of a `const` object literal.
 */
export function stringLiteralSource(node: TSESTree.Node, scope: Scope, depth = 0): StringLiteralNode | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = skipWrappers(node);
  if (isStringLiteralNode(inner)) return inner;
  if (inner.type === 'Identifier') {
    const declared = declaredValue(scope, inner);
    return declared && stringLiteralSource(declared.init, declared.scope, depth + 1);
  }
  if (inner.type === 'MemberExpression') {
    const found = enumMember(inner, scope);
    if (found) return found.member.initializer ? stringLiteralSource(found.member.initializer, found.scope, depth + 1) : undefined;
    const object = skipWrappers(inner.object);
    const name = getPropertyName(inner, scope);
    if (object.type !== 'Identifier' || typeof name !== 'string') return undefined;
    const declared = declaredValue(scope, object);
    if (!declared) return undefined;
    const init = skipWrappers(declared.init);
    if (init.type !== 'ObjectExpression') return undefined;
    // The last property with that key wins, as at run time.
    for (const property of [...init.properties].reverse()) {
      if (property.type === 'SpreadElement') return undefined;
      if (propertyKeyName(property, declared.scope) === name) {
        return stringLiteralSource(property.value, declared.scope, depth + 1);
      }
    }
  }
  return undefined;
}

/**
 * An element of a list of codes, with the scope to evaluate it in (a `const` list may live in an outer scope). A spread
 * the list cannot see into stays a `SpreadElement`, which has no static value: it stands for elements nobody knows.
 */
export interface ListElement {
  node: TSESTree.Expression | TSESTree.SpreadElement;
  scope: Scope;
}

/** `x` for `Object.freeze(x)` (which returns its argument), else the node itself, without TypeScript wrappers. */
function skipFreeze(node: TSESTree.Node, scope: Scope): TSESTree.Node {
  const inner = skipWrappers(node);
  if (inner.type !== 'CallExpression' || inner.arguments.length !== 1) return inner;
  const callee = skipWrappers(inner.callee);
  const argument = inner.arguments[0]!;
  const isFreeze =
    callee.type === 'MemberExpression' &&
    !callee.computed &&
    callee.object.type === 'Identifier' &&
    callee.object.name === 'Object' &&
    callee.property.type === 'Identifier' &&
    callee.property.name === 'freeze' &&
    argument.type !== 'SpreadElement' &&
    isGlobal('Object', scope);
  return isFreeze ? skipWrappers(argument) : inner;
}

/**
 * The elements of an array literal, directly or through `const` bindings, `Object.freeze` and spreads of such;
 * `undefined` if unknown.
 */
function arrayElements(node: TSESTree.Node, scope: Scope, depth: number): ListElement[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = skipFreeze(node, scope);
  if (inner.type === 'ArrayExpression') {
    const elements: ListElement[] = [];
    for (const element of inner.elements) {
      if (element === null) continue; // hole in a sparse array
      if (element.type === 'SpreadElement') {
        elements.push(...(arrayElements(element.argument, scope, depth + 1) ?? [{ node: element, scope }]));
      } else {
        elements.push({ node: element, scope });
      }
    }
    return elements;
  }
  if (inner.type === 'Identifier') {
    const declared = declaredValue(scope, inner);
    if (declared) return arrayElements(declared.init, declared.scope, depth + 1);
  }
  return undefined;
}

/** The elements a `new Set([...])` starts with, directly or through a `const`; `undefined` if unknown. */
function setElements(node: TSESTree.Node, scope: Scope, depth: number): ListElement[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const inner = skipFreeze(node, scope);
  if (inner.type === 'NewExpression') {
    if (inner.callee.type !== 'Identifier' || inner.callee.name !== 'Set') return undefined;
    const first = inner.arguments[0];
    if (!first) return [];
    return first.type === 'SpreadElement' ? undefined : arrayElements(first, scope, depth + 1);
  }
  if (inner.type === 'Identifier') {
    const declared = declaredValue(scope, inner);
    if (declared) return setElements(declared.init, declared.scope, depth + 1);
  }
  return undefined;
}

/** Array methods that ask whether the subject, their first argument, is in the list. */
const ARRAY_MEMBERSHIP_METHODS: ReadonlySet<string> = new Set(['includes', 'indexOf', 'lastIndexOf']);
/** Array methods whose predicate compares each element with the subject: `list.some((c) => c === err.code)`. */
const PREDICATE_METHODS: ReadonlySet<string> = new Set(['some', 'every', 'find', 'findIndex']);

/**
 * The subject a one-parameter predicate compares its parameter with, and the operator: `err.code` and `===` in
 * `(c) => c === err.code` or `function (c) { return err.code === c; }`; `undefined` for any other function.
 */
function predicateComparison(node: TSESTree.Node): { subject: TSESTree.Expression; operator: string } | undefined {
  if (node.type !== 'ArrowFunctionExpression' && node.type !== 'FunctionExpression') return undefined;
  const [parameter, ...others] = node.params;
  if (parameter?.type !== 'Identifier' || others.length > 0) return undefined;
  let body: TSESTree.Node = node.body;
  if (body.type === 'BlockStatement') {
    const only = body.body.length === 1 ? body.body[0] : undefined;
    if (only?.type !== 'ReturnStatement' || !only.argument) return undefined;
    body = only.argument;
  }
  if (body.type !== 'BinaryExpression' || !COMPARISON_OPERATORS.has(body.operator)) return undefined;
  const { left, right, operator } = body;
  if (left.type === 'PrivateIdentifier') return undefined;
  const isParameter = (side: TSESTree.Node) => side.type === 'Identifier' && side.name === parameter.name;
  if (isParameter(left) && !isParameter(right)) return { subject: right, operator };
  if (isParameter(right) && !isParameter(left)) return { subject: left, operator };
  return undefined;
}

/** The name of a method a membership test can call, syntax only; `true` for a computed name. */
function membershipMethod(callee: TSESTree.MemberExpression): string | true | undefined {
  if (callee.computed) return true;
  if (callee.property.type !== 'Identifier') return undefined;
  const name = callee.property.name;
  return name === 'has' || ARRAY_MEMBERSHIP_METHODS.has(name) || PREDICATE_METHODS.has(name) ? name : undefined;
}

/**
 * The syntax a membership test needs (`<x>.includes(a)`, `<x>.indexOf(a)`, `<x>.has(a)`, `<x>.some((c) => c === a)`,
 * `<x>[k](a)`): callers test it before they look up a scope, since most calls fail it.
 */
export function mayBeMembershipTest(call: TSESTree.CallExpression): boolean {
  const callee = skipWrappers(call.callee);
  if (callee.type !== 'MemberExpression') return false;
  const first = call.arguments[0];
  if (!first || first.type === 'SpreadElement') return false;
  return membershipMethod(callee) !== undefined;
}

/**
 * `[...].includes(subject)`, `[...].indexOf(subject)`, `new Set([...]).has(subject)` or
 * `[...].some((c) => c === subject)` (lists written in place, `const` bindings of them, `Object.freeze`d):
 * the tested subject and the list's elements, each compared with the subject. `truthyWhenMember` says whether the
 * call's value is truthy exactly when the subject is in the list (`includes`, `has`, `some` with `===`/`==`), unlike
 * `indexOf` or `every((c) => c !== subject)`. `undefined` for any other call.
 */
export function membershipTest(
  call: TSESTree.CallExpression,
  scope: Scope,
): { subject: TSESTree.Expression; elements: ListElement[]; truthyWhenMember: boolean } | undefined {
  if (!mayBeMembershipTest(call)) return undefined;
  const callee = skipWrappers(call.callee) as TSESTree.MemberExpression;
  const first = call.arguments[0] as TSESTree.Expression;
  const method = getPropertyName(callee, scope);
  if (typeof method !== 'string') return undefined;
  if (method === 'has') {
    const elements = setElements(callee.object, scope, 0);
    return elements ? { subject: first, elements, truthyWhenMember: true } : undefined;
  }
  let subject: TSESTree.Expression;
  let truthyWhenMember: boolean;
  if (ARRAY_MEMBERSHIP_METHODS.has(method)) {
    subject = first;
    truthyWhenMember = method === 'includes';
  } else if (PREDICATE_METHODS.has(method)) {
    const comparison = predicateComparison(first);
    if (!comparison) return undefined;
    subject = comparison.subject;
    truthyWhenMember = method === 'some' && (comparison.operator === '===' || comparison.operator === '==');
  } else {
    return undefined;
  }
  const elements = arrayElements(callee.object, scope, 0);
  return elements ? { subject, elements, truthyWhenMember } : undefined;
}

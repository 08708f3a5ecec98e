/**
 * `@eslint-community/eslint-utils`, typed for the typescript-eslint AST and scopes the rules work with. The library is
 * typed against ESTree and ESLint's scope types; these are the same objects at run time, so each function is cast once,
 * here.
 */
import {
  findVariable as findVariableUntyped,
  getPropertyName as getPropertyNameUntyped,
  getStaticValue as getStaticValueUntyped,
  getStringIfConstant as getStringIfConstantUntyped,
} from '@eslint-community/eslint-utils';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

export type Scope = TSESLint.Scope.Scope;
export type Variable = TSESLint.Scope.Variable;

/** The variable a name or identifier refers to from `scope`, looked up through the enclosing scopes. */
export const findVariable = findVariableUntyped as unknown as (scope: Scope, nameOrNode: string | TSESTree.Identifier) => Variable | null;
export const getPropertyName = getPropertyNameUntyped as unknown as (
  node: TSESTree.MemberExpression | TSESTree.Property,
  scope?: Scope,
) => string | null | undefined;
export const getStaticValue = getStaticValueUntyped as unknown as (node: TSESTree.Node, scope?: Scope) => { value: unknown } | null;
export const getStringIfConstant = getStringIfConstantUntyped as unknown as (node: TSESTree.Node, scope?: Scope) => string | null;

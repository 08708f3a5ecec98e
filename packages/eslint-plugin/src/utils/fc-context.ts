import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { fileHasFcHost, isModuleSourcePosition } from './literal-scanner.js';
import { perObject } from './memo.js';

/** `@alicloud/fc2`, `@alicloud/fc-open20210406`, `@alicloud/fc20230330`, any other `@alicloud/fc*`, and the catalog. */
const FC_MODULE = /^(?:@alicloud\/fc|@fc-atlas\/catalog(?:\/|$))/;

/** True for a module specifier that marks a file as FC client code. */
export function isFcModuleSpecifier(specifier: string): boolean {
  return FC_MODULE.test(specifier);
}

/**
 * True when the file imports, re-exports, `require()`s or dynamically `import()`s an FC SDK or `@fc-atlas/catalog`.
 * Scans string tokens (cheap), and looks at the AST only for tokens that name an FC module; cached per file.
 */
export const fileImportsFcModule = perObject((sourceCode: Readonly<TSESLint.SourceCode>): boolean => {
  const text = sourceCode.text;
  if (!text.includes('@alicloud/fc') && !text.includes('@fc-atlas/catalog')) return false;
  for (const token of sourceCode.ast.tokens ?? []) {
    if (token.type !== 'String' && token.type !== 'Template') continue;
    // The token value keeps its quotes (or backticks); strip them before matching.
    if (!isFcModuleSpecifier(token.value.slice(1, -1))) continue;
    let node: TSESTree.Node | null = sourceCode.getNodeByRangeIndex(token.range[0]);
    if (node?.type === 'TemplateElement') node = node.parent;
    if (node?.type === 'TemplateLiteral' && node.expressions.length > 0) continue;
    if (node && (node.type === 'Literal' || node.type === 'TemplateLiteral') && isModuleSourcePosition(node)) return true;
  }
  return false;
});

/**
 * True when the file shows it talks to Function Compute: it imports an FC SDK or the catalog, or holds an FC host
 * (e.g. `16530750.cn-shanghai.fc.aliyuncs.com`). Rules use this to accept findings that would be noise in other code,
 * such as codes that differ from an FC code only in letter case.
 */
export function fileHasFcContext(sourceCode: Readonly<TSESLint.SourceCode>): boolean {
  return fileImportsFcModule(sourceCode) || fileHasFcHost(sourceCode);
}

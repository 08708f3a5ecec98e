// Safe suggestions, for every rule at once: lint the examples, the integration fixtures and every RuleTester case in
// tests/rules (read statically from the test files), apply each suggestion (and fix) on its own, and check that the
// result parses and that linting it again no longer reports that finding.
import { findVariable as findVariableUntyped, getStaticValue as getStaticValueUntyped } from '@eslint-community/eslint-utils';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter, type Rule, type Scope } from 'eslint';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fuzz, parser, pluginSource, repoRoot } from './support.js';

interface Sample {
  origin: string;
  code: string;
  filename: string;
  /** Options for one rule (a RuleTester case's), on top of configs.all / configs.strict. */
  rule?: string;
  options?: unknown[];
}

const SOURCE_FILE = /\.(?:[cm]?js|jsx|tsx?)$/;

function filesIn(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir, { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names.filter((name) => SOURCE_FILE.test(name) && !name.includes('node_modules')).sort().map((name) => join(dir, name));
}

function fileSamples(): Sample[] {
  const dirs = [join(repoRoot, 'examples'), join(repoRoot, 'packages/eslint-plugin/tests/integration/fixtures')];
  return dirs.flatMap(filesIn).map((path) => ({ origin: path.slice(repoRoot.length + 1), code: readFileSync(path, 'utf8'), filename: path.replace(/^.*\//, '') }));
}

type Node = TSESTree.Node;
// eslint-utils is typed against ESTree; the parser's TSESTree nodes are the same objects at run time.
const getStaticValue = getStaticValueUntyped as unknown as (node: Node, scope: Scope.Scope) => { value: unknown } | null;
const findVariable = findVariableUntyped as unknown as (scope: Scope.Scope, node: TSESTree.Identifier) => Scope.Variable | null;

/** The statically known value of an expression (consts and templates of consts resolved), or undefined. */
function valueOf(node: Node, scope: Scope.Scope): unknown {
  return getStaticValue(node, scope)?.value;
}

/** The elements of an array expression, following `...spread` of const arrays declared in the file. */
function elementsOf(node: Node, scope: Scope.Scope, depth = 0): Node[] {
  if (depth > 4) return [];
  if (node.type === 'ArrayExpression') {
    return node.elements.flatMap((element) => {
      if (!element) return [];
      if (element.type === 'SpreadElement') return elementsOf(element.argument, scope, depth + 1);
      return [element];
    });
  }
  if (node.type === 'Identifier') {
    const declarator = findVariable(scope, node)?.defs[0]?.node as unknown as TSESTree.Node | undefined;
    if (declarator?.type === 'VariableDeclarator' && declarator.init) return elementsOf(declarator.init, scope, depth + 1);
  }
  return [];
}

function caseOf(element: Node, scope: Scope.Scope): { code: string; options?: unknown[]; jsx: boolean } | undefined {
  if (element.type !== 'ObjectExpression') {
    const code = valueOf(element, scope);
    return typeof code === 'string' ? { code, jsx: false } : undefined;
  }
  const property = (name: string): Node | undefined => {
    for (const p of element.properties) {
      if (p.type === 'Property' && !p.computed && p.key.type === 'Identifier' && p.key.name === name) return p.value;
    }
    return undefined;
  };
  const codeNode = property('code');
  const code = codeNode && valueOf(codeNode, scope);
  if (typeof code !== 'string') return undefined;
  const optionsNode = property('options');
  const options = optionsNode ? valueOf(optionsNode, scope) : undefined;
  const languageNode = property('languageOptions');
  const jsx = languageNode ? JSON.stringify(valueOf(languageNode, scope) ?? {}).includes('"jsx":true') : false;
  return { code, ...(Array.isArray(options) ? { options } : {}), jsx };
}

/**
 * Every `ruleTester.run(name, rule, { valid, invalid })` case whose code is known statically, with its rule and options;
 * plus any other `{ code: '...' }` in an array in those files (shared lists such as the odd-syntax cases), for all rules.
 */
function ruleTesterSamples(): Sample[] {
  const samples: Sample[] = [];
  const seen = new Set<string>();
  const add = (sample: Sample) => {
    const key = JSON.stringify([sample.code, sample.rule, sample.options]);
    if (seen.has(key)) return;
    seen.add(key);
    samples.push(sample);
  };
  const loose: Sample[] = [];
  const collector: Rule.RuleModule = {
    create(context) {
      return {
        ObjectExpression(estreeNode) {
          const node = estreeNode as unknown as TSESTree.ObjectExpression;
          if (node.parent?.type !== 'ArrayExpression') return;
          const found = caseOf(node, context.sourceCode.getScope(estreeNode));
          if (found) {
            loose.push({ origin: `${context.filename.replace(/^.*\//, '')}:${node.loc.start.line}`, code: found.code, filename: found.jsx ? 'case.tsx' : 'case.ts' });
          }
        },
        CallExpression(estreeCall) {
          const call = estreeCall as unknown as TSESTree.CallExpression;
          const callee = call.callee;
          if (callee.type !== 'MemberExpression' || callee.property.type !== 'Identifier' || callee.property.name !== 'run') return;
          const [nameNode, , tests] = call.arguments;
          if (!nameNode || tests?.type !== 'ObjectExpression') return;
          const scope = context.sourceCode.getScope(estreeCall);
          const rule = valueOf(nameNode, scope);
          if (typeof rule !== 'string') return;
          for (const group of tests.properties) {
            if (group.type !== 'Property' || group.key.type !== 'Identifier' || !['valid', 'invalid'].includes(group.key.name)) continue;
            for (const element of elementsOf(group.value, scope)) {
              const found = caseOf(element, scope);
              if (!found) continue;
              add({
                origin: `${context.filename.replace(/^.*\//, '')}:${element.loc?.start.line} (${group.key.name})`,
                code: found.code,
                filename: found.jsx ? 'case.tsx' : 'case.ts',
                rule,
                ...(found.options ? { options: found.options } : {}),
              });
            }
          }
        },
      };
    },
  };
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], plugins: { collect: { rules: { cases: collector } } }, languageOptions: { parser }, rules: { 'collect/cases': 'error' } },
  ];
  for (const path of filesIn(join(repoRoot, 'packages/eslint-plugin/tests/rules'))) {
    const messages = linter.verify(readFileSync(path, 'utf8'), config, { filename: path });
    const fatal = messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${path} does not parse: ${fatal.message}`);
  }
  const covered = new Set(samples.map((sample) => sample.code));
  for (const sample of loose) if (!covered.has(sample.code)) add(sample);
  return samples;
}

const linter = new Linter({ configType: 'flat' });
const presets = fuzz.ruleConfigs(pluginSource, parser);

/** Files run under both presets; a RuleTester case under configs.all, with its own options for its rule. */
function configsFor(sample: Sample): Record<string, Linter.Config[]> {
  if (!sample.rule) return presets;
  if (!sample.options) return { all: presets.all };
  return {
    'all + case options': [
      ...presets.all,
      { files: ['**/*'], rules: { [`@fc-atlas/${sample.rule}`]: ['error', ...(sample.options as unknown[])] } },
    ],
  };
}

/** Lints under the sample's file name, or the other TS flavour when that one does not parse (`<T>x` vs JSX). */
function check(sample: Sample, config: Linter.Config[]) {
  const first = fuzz.lintAndCheckSuggestions(linter, sample.code, config, sample.filename);
  if (first.parsed || first.exception) return first;
  const other = sample.filename.endsWith('.tsx') ? 'case.ts' : sample.filename.endsWith('.ts') ? 'case.tsx' : undefined;
  return other ? fuzz.lintAndCheckSuggestions(linter, sample.code, config, other) : first;
}

describe('every suggestion and fix leaves code that parses and no longer has the finding', { timeout: 60_000 }, () => {
  const files = fileSamples();
  const cases = ruleTesterSamples();

  it('finds the examples, the fixtures and the RuleTester cases of every rule', () => {
    expect(files.length).toBeGreaterThanOrEqual(10);
    const rules = new Set(cases.map((c) => c.rule));
    for (const rule of Object.keys(pluginSource.rules!)) expect(rules, `RuleTester cases of ${rule}`).toContain(rule);
    expect(cases.length).toBeGreaterThan(150);
  });

  it('over the examples, the fixtures and every RuleTester case', { timeout: 300_000 }, () => {
    const problems: string[] = [];
    let suggestions = 0;
    let parsed = 0;
    const samples = [...files, ...cases];
    for (const sample of samples) {
      let parsedOnce = false;
      for (const [preset, config] of Object.entries(configsFor(sample))) {
        const result = check(sample, config);
        if (result.exception) problems.push(`${sample.origin} (${preset}): a rule threw\n${String(result.exception.stack)}`);
        parsedOnce ||= result.parsed;
        suggestions += result.suggestions;
        for (const u of result.unsafe) {
          problems.push(
            `${sample.origin} (${preset}): ${u.message.ruleId} "${u.message.message}" -> suggestion "${u.suggestion.desc}": ${u.problem}\n--- code ---\n${sample.code}\n--- output ---\n${u.output}`,
          );
        }
      }
      if (parsedOnce) parsed++;
    }
    expect(problems).toEqual([]);
    // RuleTester cases all parse; the examples hold real mistakes, so there were suggestions to apply.
    expect(parsed).toBe(samples.length);
    expect(suggestions).toBeGreaterThan(50);
  });
});

describe('suggestions keep the line breaks of the file', { timeout: 60_000 }, () => {
  const LONE_LF = /(?<!\r)\n/;

  /** Every suggestion's output for `code` under `config`, with what it was for. */
  function outputs(sample: Sample, code: string, config: Linter.Config[]) {
    const result = check({ ...sample, code }, config);
    return result.messages.flatMap((message) =>
      (message.suggestions ?? []).map((suggestion) => ({ what: `${message.ruleId} -> "${suggestion.desc}"`, output: fuzz.applyFix(code, suggestion.fix) })),
    );
  }

  it('a CRLF file gets CRLF line breaks only, over the examples, the fixtures and every RuleTester case', { timeout: 300_000 }, () => {
    const problems: string[] = [];
    let multiline = 0;
    // A one-line sample has no line break to follow (it gets LF).
    for (const sample of [...fileSamples(), ...ruleTesterSamples()].filter((s) => s.code.includes('\n'))) {
      const crlf = sample.code.replace(/\r?\n/g, '\r\n');
      for (const config of Object.values(configsFor(sample))) {
        for (const { what, output } of outputs(sample, crlf, config)) {
          if (output.split('\r\n').length > crlf.split('\r\n').length) multiline++;
          if (LONE_LF.test(output)) problems.push(`${sample.origin}: ${what} adds a bare LF\n--- output ---\n${JSON.stringify(output)}`);
        }
      }
    }
    expect(problems).toEqual([]);
    // Imports and switch cases were added: the check saw suggestions that add lines.
    expect(multiline).toBeGreaterThan(20);
  });

  it('a file with LF lines and one stray CRLF gets LF where the suggestion edits', () => {
    const sample: Sample = { origin: 'mixed', code: '', filename: 'client.ts' };
    const code = [
      "const endpoint = '16530750.cn-hangzhou.fc.aliyuncs.com';",
      'switch (err.code) {',
      "  case 'FunctionNotFound':",
      '    break;',
      '}',
      'const banner = "pasted from Windows"; // ends in CRLF\r',
      '',
    ].join('\n');
    const found = outputs(sample, code, presets.all);
    expect(found.map((f) => f.what.split(' ')[0]).sort()).toEqual(['@fc-atlas/no-hardcoded-endpoint', '@fc-atlas/no-unhandled-error-code']);
    for (const { what, output } of found) expect(output.split('\r\n').length, what).toBe(2);
  });
});

describe('suggestions use no syntax the file’s ecmaVersion rejects', { timeout: 60_000 }, () => {
  // Old-style FC client code, as linted with `ecmaVersion: 3` or `5` (espree): hosts alone, URLs with a path, a host
  // built by concatenation, the catalog already required, and the error-code rules' suggestions next to them.
  const hostLines = [
    "var host = '16530750.cn-hangzhou.fc.aliyuncs.com';",
    "var internal = '16530750.cn-shanghai-internal.fc.aliyuncs.com';",
    "var url = 'https://16530750.cn-hangzhou.fc.aliyuncs.com/2016-08-15/services';",
    "var v3 = 'https://16530750.cn-hangzhou.fc.aliyuncs.com/2023-03-30/functions';",
    "var built = accountId + '.cn-beijing.fc.aliyuncs.com';",
    "var bad = '16530750.cn-hangzou.fc.aliyuncs.com';",
  ].join('\n');
  const codes = "function onError(err) {\n  if (err.code === 'accessdenied') return;\n  switch (err.code) {\n    case 'FunctionNotFound':\n      break;\n  }\n}";
  const samples = [
    { name: 'CommonJS', code: `var FC = require('@alicloud/fc2');\n${hostLines}\n${codes}\n` },
    { name: 'CommonJS requiring the catalog', code: `var catalog = require('@fc-atlas/catalog');\n${hostLines}\n${codes}\n` },
    { name: 'script', code: `${hostLines}\n${codes}\n` },
  ];
  const settings = [
    { ecmaVersion: 3, sourceType: 'script' },
    { ecmaVersion: 5, sourceType: 'script' },
    { ecmaVersion: 5, sourceType: 'commonjs' },
  ] as const;

  for (const languageOptions of settings) {
    it(`ecmaVersion ${languageOptions.ecmaVersion}, ${languageOptions.sourceType}`, () => {
      const config: Linter.Config[] = [pluginSource.configs.all, { languageOptions }];
      const problems: string[] = [];
      let suggestions = 0;
      for (const sample of samples) {
        const result = fuzz.lintAndCheckSuggestions(linter, sample.code, config, 'client.js');
        if (result.exception) problems.push(`${sample.name}: a rule threw\n${String(result.exception.stack)}`);
        if (!result.parsed) problems.push(`${sample.name}: does not parse`);
        suggestions += result.suggestions;
        for (const u of result.unsafe) problems.push(`${sample.name}: ${u.message.ruleId} -> "${u.suggestion.desc}": ${u.problem}\n--- output ---\n${u.output}`);
      }
      expect(problems).toEqual([]);
      // The error-code and region suggestions need no new syntax: they are still offered.
      expect(suggestions).toBeGreaterThanOrEqual(3 * samples.length);
    });
  }
});

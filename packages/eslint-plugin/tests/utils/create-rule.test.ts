import json from '@eslint/json';
import { Linter, type Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { createRule, perOptions } from '../../src/utils/create-rule.js';

type Options = [{ words?: string[]; limits?: { max?: number; min?: number } }];

/** A probe rule that records the options its `create` receives, per file. */
function probe() {
  const seen: Readonly<Options>[] = [];
  const rule = createRule<Options, 'seen'>({
    name: 'probe',
    meta: {
      type: 'suggestion',
      docs: { description: 'Records its options' },
      messages: { seen: 'seen' },
      schema: [
        {
          type: 'object',
          properties: {
            words: { type: 'array', items: { type: 'string' } },
            limits: { type: 'object', properties: { max: { type: 'number' }, min: { type: 'number' } } },
          },
          additionalProperties: false,
        },
      ],
    },
    defaultOptions: [{ words: ['a'], limits: { max: 3, min: 1 } }],
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
  return { rule, seen };
}

function lint(rule: unknown, ruleConfig: Linter.RuleEntry) {
  new Linter({ configType: 'flat' }).verify('x;', {
    plugins: { test: { rules: { probe: rule as Rule.RuleModule } } },
    rules: { 'test/probe': ruleConfig },
  });
}

describe('createRule', () => {
  it('links the rule to its own docs page and keeps the declared defaults', () => {
    const { rule } = probe();
    expect(rule.name).toBe('probe');
    expect(rule.meta.docs?.url).toMatch(/\/packages\/eslint-plugin\/docs\/rules\/probe\.md$/);
    expect(rule.meta.docs?.description).toBe('Records its options');
    expect(rule.defaultOptions).toEqual([{ words: ['a'], limits: { max: 3, min: 1 } }]);
  });

  it('merges the user options deeply over the defaults; arrays are replaced, not merged', () => {
    const { rule, seen } = probe();
    lint(rule, 'error');
    lint(rule, ['error', { limits: { max: 9 } }]);
    lint(rule, ['error', { words: ['b'] }]);
    expect(seen).toEqual([
      [{ words: ['a'], limits: { max: 3, min: 1 } }],
      [{ words: ['a'], limits: { max: 9, min: 1 } }],
      [{ words: ['b'], limits: { max: 3, min: 1 } }],
    ]);
  });

  it('merges once per distinct options: later files with the same options get the same object', () => {
    const { rule, seen } = probe();
    lint(rule, ['error', { limits: { max: 9 } }]);
    lint(rule, 'error');
    lint(rule, ['error', { limits: { max: 9 } }]);
    lint(rule, 'warn');
    expect(seen[2]).toBe(seen[0]);
    expect(seen[3]).toBe(seen[1]);
    expect(seen[0]).not.toBe(seen[1]);
  });

  it('hands out frozen options and leaves the defaults and the user config untouched', () => {
    const { rule, seen } = probe();
    const userOptions = { limits: { max: 9 }, words: ['b'] };
    lint(rule, ['error', userOptions]);
    const [options] = seen[0]!;
    expect(Object.isFrozen(seen[0])).toBe(true);
    expect(Object.isFrozen(options.limits)).toBe(true);
    expect(Object.isFrozen(options.words)).toBe(true);
    expect(options.words).toEqual(['b']);
    expect(Object.isFrozen(userOptions)).toBe(false);
    expect(Object.isFrozen(userOptions.words)).toBe(false);
    expect(userOptions).toEqual({ limits: { max: 9 }, words: ['b'] });
    expect(rule.defaultOptions).toEqual([{ words: ['a'], limits: { max: 3, min: 1 } }]);
    expect(Object.isFrozen(rule.defaultOptions)).toBe(false);
  });

  it('still merges correctly after more distinct options than it remembers', () => {
    const { rule, seen } = probe();
    for (let max = 0; max < 100; max++) lint(rule, ['error', { limits: { max } }]);
    lint(rule, ['error', { limits: { max: 5 } }]);
    expect(seen.map(([o]) => o.limits?.max)).toEqual([...Array.from({ length: 100 }, (_, i) => i), 5]);
    expect(seen.every(([o]) => o.limits?.min === 1 && o.words?.[0] === 'a')).toBe(true);
  });

  it('derives per-options data once per distinct options, not once per file', () => {
    const derived: string[] = [];
    const wordsOf = perOptions((options: Options[0]) => {
      derived.push((options.words ?? []).join());
      return options.words ?? [];
    });
    const seen: (readonly string[])[] = [];
    const recording = createRule<Options, 'seen'>({
      name: 'recording',
      meta: {
        type: 'suggestion',
        docs: { description: 'Derives from its options' },
        messages: { seen: 'seen' },
        schema: [{ type: 'object', properties: { words: { type: 'array', items: { type: 'string' } } } }],
      },
      defaultOptions: [{ words: ['a'] }],
      create(_context, [options]) {
        seen.push(wordsOf(options));
        return {};
      },
    });
    lint(recording, 'error');
    lint(recording, 'warn');
    lint(recording, ['error', { words: ['b', 'c'] }]);
    lint(recording, ['error', { words: ['b', 'c'] }]);
    expect(derived).toEqual(['a', 'b,c']);
    expect(seen).toEqual([['a'], ['a'], ['b', 'c'], ['b', 'c']]);
  });

  it('runs the rule only on a JavaScript AST: on another language it gives no listeners', () => {
    const { rule, seen } = probe();
    const config = (extra: Linter.Config): Linter.Config[] => [
      { plugins: { test: { rules: { probe: rule as unknown as Rule.RuleModule } } }, rules: { 'test/probe': 'error' } },
      extra,
    ];
    const linter = new Linter({ configType: 'flat' });
    expect(linter.verify('{"a": 1}', config({ files: ['**/*.json'], plugins: { json }, language: 'json/json' }), { filename: 'a.json' })).toEqual([]);
    expect(seen).toEqual([]);
    linter.verify('x;', config({}), { filename: 'a.js' });
    expect(seen).toHaveLength(1);
  });
});

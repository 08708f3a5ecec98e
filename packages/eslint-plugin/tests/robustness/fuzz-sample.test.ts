// CI sample of the fuzzer (`pnpm robustness` runs scripts/fuzz.mjs: tens of thousands): 100 programs from a fixed seed —
// eslump's random programs with FC strings swapped in, FC-flavoured snippets, and mutated examples — linted under
// configs.all or configs.strict. No rule may throw, and every suggestion applied alone must leave code that parses.
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { fuzz, parser, pluginSource } from './support.js';

const SEED = 20_240_601;
const PROGRAMS = 100;

describe(`fuzz sample: ${PROGRAMS} programs from seed ${SEED}`, { timeout: 60_000 }, () => {
  it('generates the same programs on every run', () => {
    const seeds = fuzz.seedFiles();
    const first = [0, 1, 2].map((index) => fuzz.fuzzProgram(SEED, index, { parser, seeds }).code);
    const again = [0, 1, 2].map((index) => fuzz.fuzzProgram(SEED, index, { parser, seeds }).code);
    expect(again).toEqual(first);
    expect(seeds.length).toBeGreaterThanOrEqual(5);
  });

  it('no rule throws and every suggestion leaves code that parses', { timeout: 300_000 }, () => {
    const linter = new Linter({ configType: 'flat' });
    const configs = fuzz.ruleConfigs(pluginSource, parser);
    const seeds = fuzz.seedFiles();
    const problems: string[] = [];
    let parsed = 0;
    let suggestions = 0;
    for (let index = 0; index < PROGRAMS; index++) {
      const program = fuzz.fuzzProgram(SEED, index, { parser, seeds });
      // Alternate the presets: configs.all's defaults, configs.strict's options (the full run lints each under both).
      const result = fuzz.checkProgram(linter, index % 2 ? { strict: configs.strict } : { all: configs.all }, program);
      if (result.parsed) parsed++;
      suggestions += result.suggestions;
      for (const p of result.problems) problems.push(`#${index} ${p.kind} (${p.config}) as ${program.filename}\n${p.detail}\n--- program ---\n${program.code}`);
    }
    expect(problems).toEqual([]);
    // The sample exercises the rules: most programs parse and many suggestions were applied.
    expect(parsed).toBeGreaterThan(PROGRAMS * 0.6);
    expect(suggestions).toBeGreaterThan(50);
  });
});

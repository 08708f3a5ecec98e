// Linear time: adversarial literals (repeated region fragments, many dots, long near-miss codes, unclosed schemes, …)
// linted by every rule at 20 KB and 200 KB. The assertion is the growth ratio of CPU time, not wall time, so a busy CI
// machine does not fail it: linear code grows ~10x for 10x the input, quadratic code ~100x. A 2 KB -> 20 KB probe comes
// first, so a family that is already super-linear there fails before a 200 KB run could take minutes. Absolute times
// are printed (and recorded in RELIABILITY.md from a quiet machine).
//
// Why 200 KB still catches quadratic code: quadratic in characters costs >= 2 * 10^8 steps at 20 KB (the probe grows
// ~100x); quadratic in hosts, labels or dots (hundreds to tens of thousands of them here) grows ~100x from 20 to 200 KB.
// Growth is (10a + 100b) / (a + b) for a linear part a and a quadratic part b at 20 KB, so the test fails once b is over
// ~30 % of a; at 100 KB -> 1 MB the same defect is 5x larger relative to a. Each size is timed over repeated lints
// (the least of them), so a sub-millisecond lint is timed as precisely as a long one.
// FC_ATLAS_LINEAR_KB=1000 runs the same checks at 100 KB -> 1 MB (`pnpm robustness` does).
import { findEndpoints } from '@fc-atlas/catalog/check';
import { describe, expect, it } from 'vitest';
import { crashRun, parser, pluginSource } from './support.js';

const KB = 1000;
/** The large size; the small one is a tenth of it and the probe a hundredth. */
const LARGE = Number(process.env['FC_ATLAS_LINEAR_KB'] ?? 200) * KB;
const SIZES = { probe: LARGE / 100, small: LARGE / 10, large: LARGE };
const label = (size: number) => (size >= 1000 * KB ? `${size / (1000 * KB)} MB` : `${size / KB} KB`);

/**
 * Growth allowed for 10x the input. Linear is 10 (n log n ~11.5); the larger heap of a bigger run adds GC work that has
 * measured up to ~22 for code that is linear at 1, 2 and 4 MB. Quadratic is 100.
 */
const MAX_GROWTH = 30;
/** Each size is timed over repeated calls until this much CPU time adds up (at least 3 calls). */
const MEASURED_MS = 10;
/** Below this a time is the clock's resolution, not the rules' cost. */
const NOISE_FLOOR_MS = 0.1;

const fit = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

/** Payloads as source text of a string literal body (so `\x2e` is an escape the scanner must map). */
const FAMILIES: Record<string, (size: number) => string> = {
  'repeated region fragments': (n) => `${fit('cn-hangzhou.', n)}fc.aliyuncs.com`,
  'region fragments with spaces': (n) => `${fit('cn-hangzhou. ', n)}fc.aliyuncs.com`,
  'many dots': (n) => `fc${fit('.a', n)}`,
  'dots only': (n) => `fc${'.'.repeat(n)}`,
  'spaced dots': (n) => `fc${fit(' . a', n)}`,
  'repeated fc labels': (n) => `${fit('fc.', n)}aliyuncs.com`,
  'near-miss hosts': (n) => fit('1.cn-hangzou.fc.aliyuncs.con ', n),
  'near-miss suffixes after a dot': (n) => fit('x.fc.aliyuncs.con. ', n),
  'long near-miss code': (n) => `Resource${fit('Exhaused', n)}`,
  'unclosed schemes': (n) => fit('https://fc.', n),
  'angle placeholders': (n) => `fc ${fit('<account-id', n)}`,
  'escaped dots': (n) => `fc${fit('\\x2ea', n)}`,
  'brace placeholders': (n) => fit('{region}.fc.', n),
  'one endless label': (n) => `fc.${'a'.repeat(n)}`,
};

/** Cuts `text` into pieces of at least `size` characters, each ending at a dot or space (or the end), so no escape is cut. */
function cutAfterDots(text: string, size: number): string[] {
  const pieces: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = start + size;
    while (end < text.length && text[end - 1] !== '.' && text[end - 1] !== ' ') end++;
    pieces.push(text.slice(start, end));
    start = end;
  }
  return pieces;
}

/** Where the payload sits: every rule sees it (strings for the host rules, a compared code and FC context for the code rules). */
const SHAPES: Record<string, (payload: string) => string> = {
  'string literal': (p) =>
    `const s = '${p}';\nif (err.code === s || err.code === 'accessdenied') {}\nswitch (err.code) { case 'AccessDenied': case 'InvalidArgument': break; }\n`,
  'template literal': (p) => `const s = \`\${region}.${p.replace(/[`\\]|\$\{/g, '_')}\`;\nif (err.code === 'accessdenied') {}\n`,
  'JSX text': (p) => `const e = <p>${p.replace(/[<>{}]/g, '_')}</p>;\nif (err.code === 'accessdenied') {}\n`,
  // The payload cut after dots and spaces into operands of 1 KB or more, and at most about 200 of them: parsers
  // recurse per operand, and typescript-eslint's parser runs out of stack near 500 nested `+` (1 MB of dots in 1 KB
  // operands made 2 000). Joined with run-time values: every operand is scanned alone and within the whole concatenation.
  'string concatenation': (p) =>
    `const s = v + '${cutAfterDots(p, Math.max(1024, Math.ceil(p.length / 200))).join("' + v + '")}';\nif (err.code === 'accessdenied') {}\n`,
  '// fc-atlas-ignore comment': (p) =>
    `// fc-atlas-ignore: ${p}\nswitch (err.code) { case 'ResourceThrottled': break; }\nif (err.code === 'accessdenied') {}\n`,
};

/**
 * The shape each family is linted in, rotating so every shape meets several families while the suite stays fast.
 * ("near-miss hosts" in a template literal is super-linear today: regressions.test.ts holds it until it is fixed.)
 */
function shapeFor(family: string, index: number): string {
  if (family === 'near-miss hosts') return 'string literal';
  const shapes = Object.keys(SHAPES);
  return shapes[index % shapes.length]!;
}

const lint = crashRun.createCrashLinter({ plugin: pluginSource, parser, clock: crashRun.cpuClock });

/**
 * The least CPU ms of `run` (which returns the ms it measured) over at least 3 calls and until MEASURED_MS add up: the
 * least, because process CPU time also counts GC and JIT work on V8's helper threads, which only ever add to a call.
 * Stops early once two calls both took over `ceiling`: a quadratic input fails after two slow calls, while one call that
 * a major GC of an earlier test file's garbage slowed down (the heap is shared, `isolate: false`) decides nothing.
 */
function leastTime(run: () => number, ceiling = Number.POSITIVE_INFINITY): number {
  let least = Number.POSITIVE_INFINITY;
  let total = 0;
  for (let calls = 0; calls < 3 || total < MEASURED_MS; calls++) {
    const ms = run();
    least = Math.min(least, ms);
    total += ms;
    if (calls > 0 && least > ceiling) break;
  }
  return least;
}

/** CPU time inside the plugin's rules for one lint of a fresh parse (the scanner caches per AST node). */
function ruleTime(code: string): number {
  const result = lint(code, 'adversarial.tsx');
  if (result.exception) throw result.exception;
  if (result.parseError) throw new Error(`adversarial input does not parse: ${result.parseError}`);
  return result.ruleMs;
}

function cpuTime(fn: () => void): number {
  const start = crashRun.cpuClock();
  fn();
  return crashRun.cpuClock() - start;
}

const growth = (small: number, large: number) => large / Math.max(small, NOISE_FLOOR_MS);

/**
 * Times at the probe, small and large sizes (`time(size, ceiling)`); skips the large size when probe -> small already
 * grows super-linearly, and a time more than twice over the limit needs no second call.
 */
function measure(time: (size: number, ceiling: number) => number): { probe: number; small: number; large?: number } {
  const probe = time(SIZES.probe, Number.POSITIVE_INFINITY);
  const small = time(SIZES.small, 2 * MAX_GROWTH * Math.max(probe, NOISE_FLOOR_MS));
  if (growth(probe, small) > MAX_GROWTH) return { probe, small };
  return { probe, small, large: time(SIZES.large, 2 * MAX_GROWTH * Math.max(small, NOISE_FLOOR_MS)) };
}

const row = (name: string, times: { probe: number; small: number; large?: number }) =>
  `${name.padEnd(62)} ${[times.probe, times.small, times.large].map((t) => (t === undefined ? '-' : t.toFixed(2)).padStart(9)).join('')}`;

const table: string[] = [];
/** A ratio taken during a burst of load from other processes gets one more measurement; a quadratic scan fails both. */
const MEASURED = { timeout: 300_000, retry: 1 };

describe(`every rule lints ${label(SIZES.large)} adversarial literals in linear time`, MEASURED, () => {
  Object.entries(FAMILIES).forEach(([family, payload], index) => {
    const shape = shapeFor(family, index);
    it(`${family}, in a ${shape}`, () => {
      const make = SHAPES[shape]!;
      const times = measure((size, ceiling) => {
        const code = make(payload(size));
        return leastTime(() => ruleTime(code), ceiling);
      });
      table.push(row(`${family} / ${shape}`, times));
      expect(growth(times.probe, times.small), `${label(SIZES.probe)} -> ${label(SIZES.small)}`).toBeLessThanOrEqual(MAX_GROWTH);
      expect(growth(times.small, times.large!), `${label(SIZES.small)} -> ${label(SIZES.large)}`).toBeLessThanOrEqual(MAX_GROWTH);
    });
  });
});

describe(`the catalog scans ${label(SIZES.large)} adversarial text in linear time`, MEASURED, () => {
  for (const [family, payload] of Object.entries(FAMILIES)) {
    it(`findEndpoints: ${family}`, () => {
      const times = measure((size, ceiling) => {
        const text = payload(size);
        return leastTime(() => cpuTime(() => findEndpoints(text)), ceiling);
      });
      table.push(row(`findEndpoints / ${family}`, times));
      expect(growth(times.probe, times.small), `${label(SIZES.probe)} -> ${label(SIZES.small)}`).toBeLessThanOrEqual(MAX_GROWTH);
      expect(growth(times.small, times.large!), `${label(SIZES.small)} -> ${label(SIZES.large)}`).toBeLessThanOrEqual(MAX_GROWTH);
    });
  }

  it('prints the measured times (CPU ms per call inside the rules, or in findEndpoints)', () => {
    console.log(`${'input'.padEnd(62)} ${Object.values(SIZES).map((size) => label(size).padStart(9)).join('')}\n${table.join('\n')}`);
    expect(table.length).toBeGreaterThan(0);
  });
});

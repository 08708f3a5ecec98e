#!/usr/bin/env node
// Fuzzing: random programs through every @fc-atlas rule (configs.all and configs.strict's options), as JS, JSX and TS.
// Programs come from three generators, all driven by one seeded PRNG so a run is reproducible from its seed:
//   - eslump (the ESLint project's fuzzer: random ASTs printed with random layout), string literals and member names
//     swapped for FC hosts, near-miss hosts and error codes so the rules have something to find;
//   - FC-flavoured snippets (switches, if/else chains, includes/has lists, hosts in strings, templates and JSX) joined
//     at random;
//   - mutations of the example and fixture files (deleted, duplicated or inserted characters and FC strings).
// For each program: no rule may throw, and every suggestion applied alone must leave code that still parses.
//
//   node scripts/fuzz.mjs [--seed N] [--programs N] [--seconds N]
//
// Lints the built plugin (packages/eslint-plugin/dist). The CI sample (tests/robustness/fuzz-sample.test.ts) uses the
// exports below with a fixed seed.
import { Linter } from 'eslint';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The plugin package to lint with (its built dist); FC_ATLAS_PLUGIN_DIR points at a snapshot when the tree is being rebuilt. */
const pluginDir = process.env.FC_ATLAS_PLUGIN_DIR ?? join(repoRoot, 'packages/eslint-plugin');
const pluginRequire = createRequire(join(pluginDir, 'package.json'));

// ---------------------------------------------------------------------------------------------------------------
// Randomness
// ---------------------------------------------------------------------------------------------------------------

/** mulberry32: a small, fast, seedable PRNG returning numbers in [0, 1). */
export function createRng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (min, max) => min + Math.floor(next() * (max - min + 1));
  next.pick = (items) => items[Math.floor(next() * items.length)];
  next.chance = (p) => next() < p;
  return next;
}

/** Runs `fn` with `Math.random` replaced by `rng` (eslump and shift-fuzzer draw from `Math.random`). */
function withRandom(rng, fn) {
  const original = Math.random;
  Math.random = rng;
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// FC vocabulary: hosts, near misses, fragments and error codes, built from the catalog
// ---------------------------------------------------------------------------------------------------------------

const catalog = pluginRequire('@fc-atlas/catalog');
const REGIONS = catalog.regions.map((r) => r.id);
const UNLISTED = catalog.unlistedRegions.map((r) => r.id);
const CODES = catalog.errorCodes.map((c) => c.code);
const DYNAMIC = catalog.DYNAMIC;

function typo(rng, word) {
  if (word.length < 2) return word;
  const i = rng.int(0, word.length - 1);
  switch (rng.int(0, 3)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1); // deletion
    case 1:
      return word.slice(0, i) + rng.pick(['a', 'e', 'n', 'x', '-', '.']) + word.slice(i); // insertion
    case 2:
      return word.slice(0, i) + rng.pick(['a', 'o', 'g', 'i']) + word.slice(i + 1); // substitution
    default:
      return i + 1 < word.length ? word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2) : word; // swap
  }
}

const ACCOUNTS = ['16530750', '1234567890123456', '1234****', '<account-id>', '{accountId}', 'my-account', 'xxxx', '0', ''];
const SUFFIXES = ['aliyuncs.com', 'aliyuncs.com', 'aliyuncs.com', 'aliyunc.com', 'aliyuncs.con', 'aliyuncs.cm', 'alyuncs.com', 'aliyuncs.com.evil.net'];
const SCHEMES = ['', '', 'https://', 'http://', 'HTTPS://', '//', 'wss://', 'https:/'];
const PATHS = ['', '', '/', '/2016-08-15/services', '?a=1', ':443', ':8080/x', '#frag', '/path with space'];
const PROSE = ['See ', 'endpoint: ', 'Use the ', '', '', '(', '"', 'docs. '];

/** One random FC-ish string: a host, URL, fragment, near miss, placeholder or error code, sometimes garbled. */
export function randomFcString(rng) {
  const region = rng.chance(0.7) ? rng.pick(REGIONS) : rng.chance(0.5) ? rng.pick(UNLISTED) : typo(rng, rng.pick(REGIONS));
  const account = rng.pick(ACCOUNTS);
  const suffix = rng.pick(SUFFIXES);
  let text;
  switch (rng.int(0, 10)) {
    case 0:
      text = `${account}.${region}.fc.${suffix}`;
      break;
    case 1:
      text = `${account}.${region}-internal.fc.${suffix}`;
      break;
    case 2:
      text = `${account}.fc.${region}.${suffix}`; // legacy order
      break;
    case 3:
      text = `${account}.${region}.internal.fc.${suffix}`;
      break;
    case 4:
      text = `${rng.pick(['my-func', 'a', 'svc-fn-abcd', 'x.y'])}.${region}${rng.pick(['', '-vpc', '-internal'])}.fcapp.run`;
      break;
    case 5:
      text = `fcv3.${region}.${suffix}`;
      break;
    case 6:
      text = rng.pick(['.fc.aliyuncs.com', '-internal.fc.aliyuncs.com', `.${region}.fc.aliyuncs.com`, 'fc.aliyuncs.com', '.fcapp.run']);
      break;
    case 7:
      text = `${region}.fc.${suffix}`;
      break;
    case 8:
      text = rng.pick(CODES);
      break;
    case 9: {
      const code = rng.pick(CODES);
      text = rng.pick([typo(rng, code), code.toLowerCase(), code.toUpperCase(), `FC${code}Error`, `${code}X`, typo(rng, typo(rng, code))]);
      break;
    }
    default:
      text = `${account}.${region}.fc.${suffix}`.replace(/\./g, () => rng.pick(['.', '.', '.', ' . ', '. ', ' .', '..', '\u3002']));
  }
  if (rng.chance(0.3)) text = `${rng.pick(SCHEMES)}${text}${rng.pick(PATHS)}`;
  if (rng.chance(0.15)) text = `${rng.pick(PROSE)}${text}${rng.pick(['', '.', ' and more', ', ', '!'])}`;
  if (rng.chance(0.1)) text = text.toUpperCase();
  if (rng.chance(0.05)) text = text.repeat(rng.int(2, 4));
  return text;
}

/** A JS string literal for `value`, sometimes with escapes that decode to the same text (`\x2e`, `\u002e`, `\u{2e}`). */
function stringLiteral(rng, value, quote = rng.pick(["'", '"'])) {
  let body = '';
  for (const ch of value) {
    if (ch === quote || ch === '\\') body += `\\${ch}`;
    else if (ch === '\n') body += '\\n';
    else if (ch === '\r') body += '\\r';
    else if (ch === '\u2028' || ch === '\u2029') body += `\\u${ch.charCodeAt(0).toString(16)}`;
    else if (ch === DYNAMIC) body += '\\uFFFC';
    else if (rng.chance(0.03)) body += rng.pick([`\\x${hex2(ch)}`, `\\u${hex4(ch)}`, `\\u{${ch.codePointAt(0).toString(16)}}`]);
    else if (rng.chance(0.01)) body += `\\\n${ch}`; // line continuation: decodes to nothing
    else body += ch;
  }
  return `${quote}${body}${quote}`;
}
const hex2 = (ch) => (ch.charCodeAt(0) < 256 ? ch.charCodeAt(0).toString(16).padStart(2, '0') : '2e');
const hex4 = (ch) => ch.charCodeAt(0).toString(16).padStart(4, '0');

/** A template literal holding `value`, with some dot-separated labels replaced by `${expr}`. */
function templateLiteral(rng, value) {
  const labels = value.split('.');
  const parts = labels.map((label) => (rng.chance(0.25) ? `\${${rng.pick(['accountId', 'region', 'cfg.region', 'id ?? "x"', '`${a}`'])}}` : label.replace(/[`\\]|\$\{/g, '\\$&')));
  return `\`${parts.join('.')}\``;
}

function fcLiteral(rng) {
  const value = randomFcString(rng);
  return rng.chance(0.25) ? templateLiteral(rng, value) : stringLiteral(rng, value);
}

// ---------------------------------------------------------------------------------------------------------------
// Generators
// ---------------------------------------------------------------------------------------------------------------

const CODE_SUBJECTS = ['err.code', 'e?.code', 'error.Code', 'body.ErrorCode', 'res.errorCode', "err['code']", '(err as any).code', 'err!.code', 'code', 'err.code ?? ""', 'this.code'];
const IMPORTS = ["import FC from '@alicloud/fc2';", "import { fcEndpoint } from '@fc-atlas/catalog';", "const FC = require('@alicloud/fc2');", "import * as fc from '@alicloud/fc-open20210406';", "export * from '@fc-atlas/catalog';", ''];

function codeList(rng, n) {
  return Array.from({ length: n }, () => (rng.chance(0.7) ? stringLiteral(rng, rng.chance(0.7) ? rng.pick(CODES) : randomFcString(rng)) : rng.pick(['CODE', 'Codes.A', 'x', '`T`', 'null', '1'])));
}

/** FC-flavoured statements: what the rules look for, in the shapes real code takes, plus odd corners. */
const SNIPPETS = [
  (rng) => `const endpoint = ${fcLiteral(rng)};`,
  (rng) => `client.call(${fcLiteral(rng)}, ${fcLiteral(rng)});`,
  (rng) => `const url = 'https://' + ${fcLiteral(rng)} + ${fcLiteral(rng)};`,
  () => `const host = \`\${accountId}.\${region}.fc.aliyuncs.com\`;`,
  (rng) => `const tagged = tag${templateLiteral(rng, randomFcString(rng))};`,
  (rng) => `// ${randomFcString(rng)}\n/* ${randomFcString(rng)} */`,
  (rng) => {
    const cases = codeList(rng, rng.int(0, 6)).map((c) => `  case ${c}:${rng.chance(0.6) ? ' retry(); break;' : ''}`);
    if (rng.chance(0.4)) cases.splice(rng.int(0, cases.length), 0, `  default:${rng.chance(0.5) ? ' throw err;' : ''}`);
    return `${rng.chance(0.3) ? '// fc-atlas-ignore: ResourceThrottled ' + rng.pick(CODES) + '\n' : ''}switch (${rng.pick(CODE_SUBJECTS)}) {\n${cases.join('\n')}\n}`;
  },
  (rng) => {
    const subject = rng.pick(CODE_SUBJECTS);
    const branches = codeList(rng, rng.int(1, 4)).map((c, i) => `${i ? ' else ' : ''}if (${rng.chance(0.8) ? `${subject} === ${c}` : `${c} == ${subject}`}${rng.chance(0.2) ? ` || ${subject} === ${codeList(rng, 1)[0]}` : ''}) { x(); }`);
    return `${branches.join('')}${rng.chance(0.4) ? ' else { y(); }' : ''}`;
  },
  (rng) => `const retryable = [${codeList(rng, rng.int(0, 4)).join(', ')}${rng.chance(0.2) ? ', ...more' : ''}].includes(${rng.pick(CODE_SUBJECTS)});`,
  (rng) => `if (new Set([${codeList(rng, rng.int(0, 4)).join(', ')}]).has(${rng.pick(CODE_SUBJECTS)})) {}`,
  (rng) => `const CODES = [${codeList(rng, 3).join(', ')}] as const;\nif (CODES.includes(${rng.pick(CODE_SUBJECTS)})) {}`,
  (rng) => `const CODE = ${stringLiteral(rng, rng.pick(CODES))};\nif (${rng.pick(CODE_SUBJECTS)} !== CODE) {}`,
  (rng) => `enum Codes { A = ${stringLiteral(rng, randomFcString(rng))}, B = ${stringLiteral(rng, rng.pick(CODES))} }\nif (err.code === Codes.A || err.code === Codes['B']) {}`,
  (rng) => `const { code = ${stringLiteral(rng, rng.pick(CODES))} } = err;\nswitch (code) { case ${codeList(rng, 1)[0]}: case ${codeList(rng, 1)[0]}: break; }`,
  (rng) => `try { f(); } catch ({ code }) { if (code === ${codeList(rng, 1)[0]}) {} else if (code === ${codeList(rng, 1)[0]}) {} }`,
  (rng) => `const el = <a href=${stringLiteral(rng, randomFcString(rng), '"')} title={${fcLiteral(rng)}}>${randomFcString(rng).replace(/[<>{}]/g, '')}</a>;`,
  (rng) => `const el = <Frag>{/* ${randomFcString(rng)} */}${randomFcString(rng).replace(/[<>{}]/g, '')} &amp; ${randomFcString(rng).replace(/[<>{}]/g, '')}</Frag>;`,
  (rng) => `type Host = ${stringLiteral(rng, randomFcString(rng))};\nimport(${stringLiteral(rng, randomFcString(rng))});`,
  (rng) => `function fcEndpoint() {}\nconst shadowed = ${fcLiteral(rng)};`,
  (rng) => `const o = { [${fcLiteral(rng)}]: ${fcLiteral(rng)}, code: ${stringLiteral(rng, rng.pick(CODES))} };`,
  (rng) => `label: for (;;) { switch (err.code) { case ${codeList(rng, 1)[0]}: continue label; case ${codeList(rng, 1)[0]}: { break label; } } }`,
  (rng) => `const re = /${randomFcString(rng).replace(/[/\\[\]()*+?{}|^$]/g, '.')}/u;`,
];

/** A program of FC-flavoured snippets, some nested in functions and classes. */
export function snippetProgram(rng) {
  const statements = [rng.pick(IMPORTS)];
  const count = rng.int(1, 8);
  for (let i = 0; i < count; i++) {
    const snippet = rng.pick(SNIPPETS)(rng);
    statements.push(rng.chance(0.3) ? `export async function f${i}(err, accountId, region) {\n${snippet}\n}` : snippet);
  }
  return statements.join('\n');
}

/** eslump's random program with its string literals and some member names swapped for FC strings and code fields. */
export function eslumpProgram(rng, parser) {
  const { generateRandomJS } = pluginRequire('eslump');
  const code = withRandom(rng, () =>
    generateRandomJS({ sourceType: rng.chance(0.5) ? 'module' : 'script', maxDepth: rng.int(2, 6), comments: rng.chance(0.5), whitespace: rng.chance(0.5) }),
  );
  let ast;
  try {
    ast = parser.parse(code, { range: true, loc: false, comment: false, tokens: false, jsx: false });
  } catch {
    return code;
  }
  const edits = [];
  const visit = (node, parent) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Literal' && typeof node.value === 'string' && rng.chance(0.6)) {
      // Module specifiers and directives must stay plain string literals.
      const plain = parent?.source === node || parent?.type === 'ExpressionStatement' || parent?.type === 'Property';
      edits.push([node.range, plain ? stringLiteral(rng, randomFcString(rng)) : fcLiteral(rng)]);
    }
    if (node.type === 'MemberExpression' && !node.computed && node.property.type === 'Identifier' && rng.chance(0.3)) {
      edits.push([node.property.range, rng.pick(['code', 'Code', 'ErrorCode', 'errorCode'])]);
    }
    for (const [key, value] of Object.entries(node)) {
      if (key === 'parent') continue;
      if (Array.isArray(value)) value.forEach((child) => visit(child, node));
      else if (value && typeof value === 'object') visit(value, node);
    }
  };
  visit(ast);
  return applyEdits(code, edits);
}

function applyEdits(code, edits) {
  let out = code;
  for (const [[start, end], text] of edits.sort((a, b) => b[0][0] - a[0][0])) out = out.slice(0, start) + text + out.slice(end);
  return out;
}

/** The example and fixture files, the seeds for mutation. */
export function seedFiles() {
  const dirs = [join(repoRoot, 'examples/fc-client/src'), join(repoRoot, 'packages/eslint-plugin/tests/integration/fixtures/project/src')];
  const files = [];
  for (const dir of dirs) {
    let names;
    try {
      names = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of names) if (/\.(?:[cm]?js|jsx|tsx?)$/.test(name)) files.push({ name, code: readFileSync(join(dir, name), 'utf8') });
  }
  return files;
}

const NOISE = ['{', '}', '(', ')', '`', '${', '"', "'", '\\', '<', '>', '/', '\n', ';', ',', '.', ' ', '\uFFFC', 'case ', 'default:', '</a>'];

/** Swaps the contents of the string literal around `at` (if any) for an FC string; the code still parses. */
function swapStringAt(rng, code, at) {
  const quote = rng.pick(["'", '"']);
  const open = code.lastIndexOf(quote, at);
  const close = code.indexOf(quote, at);
  if (open < 0 || close <= open || code.slice(open, close).includes('\n') || code[open - 1] === '\\') return code;
  const replacement = stringLiteral(rng, randomFcString(rng), quote).slice(1, -1);
  return code.slice(0, open + 1) + replacement + code.slice(close);
}

/**
 * An example file with random edits: mostly string literals swapped for FC strings (still valid code), and in a third
 * of the programs also a structural edit (a deletion, a duplicated stretch or a stray token) that may break parsing.
 */
export function mutatedProgram(rng, seeds) {
  const seed = rng.pick(seeds);
  let code = seed.code;
  const swaps = rng.int(1, 5);
  for (let i = 0; i < swaps; i++) code = swapStringAt(rng, code, rng.int(0, code.length));
  if (rng.chance(0.33)) {
    const at = rng.int(0, code.length);
    const length = rng.int(0, Math.min(80, code.length - at));
    switch (rng.int(0, 3)) {
      case 0:
        code = code.slice(0, at) + code.slice(at + length);
        break;
      case 1:
        code = code.slice(0, at) + code.slice(at, at + length).repeat(2) + code.slice(at + length);
        break;
      case 2:
        code = code.slice(0, at) + rng.pick(NOISE) + code.slice(at);
        break;
      default:
        code = code.slice(0, at) + randomFcString(rng) + code.slice(at);
    }
  }
  return { code, name: seed.name };
}

/**
 * Program `index` of the fuzz stream for `seed`: the same seed and index give the same program on every machine.
 * Returns the code and the file name to lint it under (the extension picks TS / JSX parsing).
 */
export function fuzzProgram(seed, index, { parser, seeds }) {
  const rng = createRng((seed * 0x9e3779b1 + index) >>> 0);
  const kind = index % 3;
  if (kind === 0) return { kind: 'eslump', code: eslumpProgram(rng, parser), filename: rng.pick(['fuzz.js', 'fuzz.mjs', 'fuzz.cjs']) };
  if (kind === 1) return { kind: 'snippets', code: snippetProgram(rng), filename: rng.pick(['fuzz.tsx', 'fuzz.tsx', 'fuzz.ts', 'fuzz.jsx']) };
  const { code, name } = mutatedProgram(rng, seeds);
  return { kind: 'mutation', code, filename: `fuzz-${basename(name)}` };
}

// ---------------------------------------------------------------------------------------------------------------
// Linting and suggestion checks
// ---------------------------------------------------------------------------------------------------------------

/** Flat configs for every rule: configs.all's defaults, and configs.strict's options. */
export function ruleConfigs(plugin, parser) {
  const base = {
    files: ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'],
    plugins: { '@fc-atlas': plugin },
    languageOptions: { parser, ecmaVersion: 'latest', parserOptions: { ecmaFeatures: { jsx: true } } },
    linterOptions: { reportUnusedDisableDirectives: 'off' },
  };
  return {
    all: [{ ...base, rules: plugin.configs.all.rules }],
    strict: [{ ...base, rules: plugin.configs.strict.rules }],
  };
}

/** Applies one ESLint fix object ({ range, text }) to `code`. */
export function applyFix(code, fix) {
  return code.slice(0, fix.range[0]) + fix.text + code.slice(fix.range[1]);
}

const parseOnlyConfigs = new WeakMap();
/** The same config with no rules: linting with it only parses. */
function parseOnly(config) {
  let parseConfig = parseOnlyConfigs.get(config);
  if (!parseConfig) {
    parseConfig = config.map((entry) => ({ ...entry, rules: {} }));
    parseOnlyConfigs.set(config, parseConfig);
  }
  return parseConfig;
}

/**
 * Lints `code`, then applies each suggestion (and fix) alone and checks that the result still parses and (with
 * `checkGone`, which re-lints instead of only re-parsing) no longer holds that finding: fewer reports with the same rule,
 * message id and message than before (a suggestion's edits are merged into one range, so places cannot be compared).
 * Throws nothing: returns `exception` if a rule threw, and `unsafe` entries for suggestions that broke the code or did
 * not remove the finding.
 */
export function lintAndCheckSuggestions(linter, code, config, filename, { checkGone = true } = {}) {
  let messages;
  try {
    messages = linter.verify(code, config, { filename });
  } catch (error) {
    return { exception: error, messages: [], unsafe: [], suggestions: 0, parsed: false };
  }
  const parsed = !messages.some((m) => m.fatal);
  const unsafe = [];
  let suggestions = 0;
  const same = (a) => (b) => b.ruleId === a.ruleId && b.messageId === a.messageId && b.message === a.message;
  for (const message of messages) {
    if (!message.ruleId?.startsWith('@fc-atlas/')) continue;
    const candidates = [...(message.fix ? [{ desc: 'fix', fix: message.fix }] : []), ...(message.suggestions ?? [])];
    for (const suggestion of candidates) {
      suggestions++;
      const output = applyFix(code, suggestion.fix);
      let after;
      try {
        after = linter.verify(output, checkGone ? config : parseOnly(config), { filename });
      } catch (error) {
        unsafe.push({ message, suggestion, output, problem: `re-lint threw: ${error.message}` });
        continue;
      }
      const fatal = after.find((m) => m.fatal);
      if (fatal) {
        unsafe.push({ message, suggestion, output, problem: `output does not parse: ${fatal.line}:${fatal.column} ${fatal.message}` });
        continue;
      }
      if (!checkGone) continue;
      const before = messages.filter(same(message)).length;
      const still = after.filter(same(message)).length;
      if (still >= before) unsafe.push({ message, suggestion, output, problem: `the finding is still reported (${still} such reports after, ${before} before)` });
    }
  }
  return { messages, unsafe, suggestions, parsed };
}

/** Lints one fuzz program under each of `configs` (name -> flat config); what went wrong, if anything. */
export function checkProgram(linter, configs, program) {
  const problems = [];
  let parsed = false;
  let suggestions = 0;
  for (const [name, config] of Object.entries(configs)) {
    const result = lintAndCheckSuggestions(linter, program.code, config, program.filename, { checkGone: false });
    parsed ||= result.parsed;
    suggestions += result.suggestions;
    if (result.exception) problems.push({ config: name, kind: 'exception', detail: String(result.exception.stack ?? result.exception) });
    for (const u of result.unsafe) problems.push({ config: name, kind: 'unsafe suggestion', detail: `${u.message.ruleId} ${u.message.message}\n${u.problem}\n--- output ---\n${u.output}` });
  }
  return { problems, parsed, suggestions };
}

async function main() {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = args.indexOf(name);
    return at >= 0 ? Number(args[at + 1]) : fallback;
  };
  const seed = option('--seed', Number(process.env.FUZZ_SEED ?? 1));
  const programs = option('--programs', 10_000);
  const seconds = option('--seconds', Infinity);

  const { default: plugin } = await import(pathToFileURL(join(pluginDir, 'dist/index.mjs')).href);
  const { default: parser } = await import('@typescript-eslint/parser');
  const linter = new Linter({ configType: 'flat' });
  const configs = ruleConfigs(plugin, parser);
  const seeds = seedFiles();
  const started = performance.now();
  const counts = { programs: 0, parsed: 0, suggestions: 0, exceptions: 0, unsafe: 0, eslump: 0, snippets: 0, mutation: 0 };
  const failures = [];
  console.log(`fuzz: seed ${seed}, up to ${programs} programs${Number.isFinite(seconds) ? ` or ${seconds} s` : ''}, ${seeds.length} seed files`);
  for (let index = 0; index < programs; index++) {
    if ((performance.now() - started) / 1000 > seconds) break;
    const program = fuzzProgram(seed, index, { parser, seeds });
    const result = checkProgram(linter, configs, program);
    counts.programs++;
    counts[program.kind]++;
    counts.suggestions += result.suggestions;
    if (result.parsed) counts.parsed++;
    for (const problem of result.problems) {
      if (problem.kind === 'exception') counts.exceptions++;
      else counts.unsafe++;
      if (failures.length < 20) failures.push({ seed, index, filename: program.filename, code: program.code, ...problem });
    }
    if (counts.programs % 2000 === 0) console.log(`  ${counts.programs} programs, ${counts.exceptions} exceptions, ${counts.unsafe} unsafe suggestions`);
  }
  const elapsed = (performance.now() - started) / 1000;
  console.log('');
  console.log(`programs:     ${counts.programs} (eslump ${counts.eslump}, snippets ${counts.snippets}, mutations ${counts.mutation}); ${counts.parsed} parsed, each linted under configs.all and configs.strict`);
  console.log(`suggestions:  ${counts.suggestions} applied one at a time and re-parsed`);
  console.log(`exceptions:   ${counts.exceptions}`);
  console.log(`unsafe suggestions: ${counts.unsafe}`);
  const cpu = process.cpuUsage();
  console.log(`time:         ${elapsed.toFixed(1)} s wall, ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s CPU (seed ${seed})`);
  for (const f of failures) {
    console.log(`\n${f.kind.toUpperCase()} (${f.config}) seed ${f.seed} index ${f.index} as ${f.filename}\n${f.detail.split('\n').slice(0, 16).join('\n')}\n--- program ---\n${f.code}`);
  }
  process.exitCode = counts.exceptions + counts.unsafe > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();

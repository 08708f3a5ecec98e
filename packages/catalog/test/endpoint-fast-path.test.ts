// parseEndpoint answers well-formed input on a fast path and everything else through the diagnostic scanner (the
// full path). These tests hold the two to the same answers: the full path is the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DYNAMIC } from '../src/check.js';
import { parseEndpointFully } from '../src/endpoint.js';
import { parseEndpoint, parseWellFormedEndpoint } from '../src/parse-endpoint.js';
import { regions, unlistedRegions } from '../src/index.js';

/** Runs per property: 2 000 in the normal suite; `FC_ATLAS_PROPERTY_RUNS=100000` for a long run. */
const numRuns = Number(process.env.FC_ATLAS_PROPERTY_RUNS ?? 2000);
const timeout = Math.max(30_000, numRuns * 20);

const allRegionIds = [...regions.map((r) => r.id), ...unlistedRegions.map((r) => r.id)];
const retiredRegionIds = regions.filter((r) => r.status === 'retired').map((r) => r.id);

/** The fast path's answer must be the full path's, field for field and in the same order; `null` means it passed. */
function expectSameAnswer(input: string): void {
  const full = parseEndpointFully(input);
  const fast = parseWellFormedEndpoint(input);
  if (fast !== null) {
    expect(fast, input).toStrictEqual(full);
    expect(Object.keys(fast ?? {}), input).toEqual(Object.keys(full ?? {}));
  }
  expect(parseEndpoint(input), input).toStrictEqual(full);
}

const account = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 }) },
  { weight: 1, arbitrary: fc.constantFrom('xxxx', 'XXXX', '1234****', 'abc', 'name@1234', '{accountId}', '<account-id>', DYNAMIC, '1'.repeat(64), '1'.repeat(67), '') },
);
const region = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...allRegionIds) },
  { weight: 2, arbitrary: fc.constantFrom(...retiredRegionIds) },
  { weight: 1, arbitrary: fc.constantFrom('cn-hangzou', 'cn-hangzhou1', 'cn-hangzhouu', 'ap-southeast-9', 'cn-nowhere-9', '{region}', 'cn-xxxx', 'fc', 'fcv3', '') },
);
const network = fc.constantFrom('', '', '', '-internal', '-vpc');
const subdomain = fc.oneof(
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/) },
  { weight: 1, arbitrary: fc.constantFrom('xxx', 'xxxx', 'my-func-xxxx', 'a.b', 'a.b.c', '-lead', 'fcv3', 'fc', 'f'.repeat(64), 'a_b', '{function}', '') },
);

/** Hosts of every family the catalog knows, the legacy order, `.internal.`, and other services' hosts. */
const host = fc
  .tuple(account, region, network, subdomain)
  .chain(([acct, reg, net, sub]) =>
    fc.constantFrom(
      `${acct}.${reg}${net}.fc.aliyuncs.com`,
      `${reg}${net}.fc.aliyuncs.com`,
      `${acct}.${reg}.internal.fc.aliyuncs.com`,
      `${acct}.fc.${reg}${net}.aliyuncs.com`,
      `fcv3.${reg}${net}.aliyuncs.com`,
      `${sub}.${reg}${net}.fcapp.run`,
      `oss-${reg}.aliyuncs.com`,
      `ecs.${reg}.aliyuncs.com`,
      `fcsandbox.${reg}.aliyuncs.com`,
      `${sub}.example.com`,
      'fc.aliyuncs.com',
      'localhost',
    ),
  );

/** Mistakes and neighbours inside the host: misspelled suffixes, placeholders, stray characters, doubled dots. */
const hostMutation = fc.oneof(
  { weight: 4, arbitrary: fc.constant((h: string) => h) },
  {
    weight: 1,
    arbitrary: fc.constantFrom<(h: string) => string>(
      (h) => h.replace('aliyuncs', 'aliyunc'),
      (h) => h.replace('aliyuncs.com', 'aliyuncs.con'),
      (h) => h.replace('aliyuncs.com', 'aliyun.com'),
      (h) => h.replace('fcapp.run', 'fcapp.rn'),
      (h) => h.replace('.fc.', '.fcc.'),
      (h) => h.replace('-internal.', '.internal.'),
      (h) => h.replace('.', '..'),
      (h) => `.${h}`,
      (h) => `${h}.`,
      (h) => `${h}..`,
      (h) => `${h}.example.net`,
      (h) => h.replace('.', ' .'),
      (h) => h.replace('-', '_'),
      (h) => h.replace('-', DYNAMIC),
      (h) => h.replace('.', '{x}.'),
      (h) => `${h}${DYNAMIC}`,
      // Lower-casing turns the Kelvin sign into `k` and `İ` into `i` and a combining dot.
      (h) => h.replace('k', '\u212a'),
      (h) => h.replace('i', '\u0130'),
      (h) => h.replace('a', '\u00e1'),
    ),
  },
);

/** Mostly nothing, else one of `values`: so that many inputs stay well formed and reach the fast path's answers. */
const sometimes = (...values: string[]) => fc.oneof({ weight: 3, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom(...values) });

const prefix = fc.oneof(
  fc.constantFrom('', 'https://', 'http://'),
  fc.constantFrom('HTTPS://', 'Http://', '//', '///', 'fc://', 'h2c://', 'git+ssh://', 'https:/', '://', 'https://user@'),
);
const port = sometimes(':443', ':8080', ':', ':99999', ':0');
const rest = sometimes('/', '/2023-03-30/functions/F1/invocations', '?q=1', '#top', '/x?y=1#z', '?a#b', '#', '/a b', '/ü', '/x ', ' ');
const around = sometimes(' ', '\t', '\n', '\u00a0', '\ufeff', '  ');
const letterCase = fc.tuple(fc.constantFrom('as is', 'as is', 'upper', 'mixed'), fc.array(fc.nat(), { maxLength: 8 }));

/** Hosts and URLs, well formed or not. */
const input = fc
  .tuple(host, hostMutation, prefix, port, rest, around, around, letterCase)
  .map(([h, mutate, before, p, after, lead, trail, [kind, positions]]) => {
    const text = `${lead}${before}${mutate(h)}${p}${after}${trail}`;
    if (kind === 'upper') return text.toUpperCase();
    if (kind === 'mixed') return [...text].map((c, i) => (positions.includes(i) ? c.toUpperCase() : c)).join('');
    return text;
  });

describe('parseEndpoint: fast path and full path agree', () => {
  it('on hosts and URLs of every family, well formed or mutated', () => {
    fc.assert(fc.property(input, expectSameAnswer), { numRuns });
  }, timeout);

  it('on arbitrary strings', () => {
    const urlish = fc.string({ unit: fc.constantFrom(...'afcFCv3p1-.:/?# '), maxLength: 40 });
    fc.assert(fc.property(fc.oneof(fc.string(), urlish), expectSameAnswer), { numRuns });
  }, timeout);

  it('on edge cases', () => {
    for (const text of [
      '',
      '.',
      '/',
      '//',
      'https://',
      'fc',
      '.fc.aliyuncs.com',
      '-internal.fc.aliyuncs.com',
      'fcv3.aliyuncs.com',
      'fcv3..aliyuncs.com',
      '.cn-hangzhou.fcapp.run',
      'cn-hangzhou.fcapp.run',
      '1234.-internal.fc.aliyuncs.com',
      'a.-vpc.fcapp.run',
      'fcv3.me-central-1.aliyuncs.com',
      'fcv3.ap-south-1.aliyuncs.com',
      'fcv3.cn-guangzhou.aliyuncs.com',
      'cn-hangzhou-internal.fc.aliyuncs.com',
      'https://1234.cn-hangzhou.fc.aliyuncs.com:443/path',
      'https://1234.cn-hangzhou.fc.aliyuncs.com./',
      'HTTPS://1234.CN-HANGZHOU.FC.ALIYUNCS.COM/Path?Q=1#F',
      'https://1234.cn-hangzhou.fc.aliyuncs.com?q=1',
      'https://1234.cn-hangzhou.fc.aliyuncs.com#x',
      '1234.cn-zhangjia\u212aou.fc.aliyuncs.com',
      '1234.CN-ZHANGJIA\u212aOU.FC.ALIYUNCS.COM',
      'my-func.cn-zhangjiakou.fcapp.run/ ',
      'xxx.cn-hangzhou.fcapp.run',
      'XXXX.cn-hangzhou-vpc.fcapp.run',
      'xxxfunc.cn-hangzhou.fcapp.run',
      `${'1'.repeat(64)}.cn-hangzhou.fc.aliyuncs.com`,
      `${'1'.repeat(67)}.cn-hangzhou.fc.aliyuncs.com`,
      `${'f'.repeat(64)}.cn-hangzhou.fcapp.run`,
      `${'f'.repeat(67)}.cn-hangzhou.fcapp.run`,
    ]) {
      expectSameAnswer(text);
    }
  });
});

describe('the fast path answers well-formed input itself', () => {
  /** Every family with every region of the catalog, in the forms written in code and config. */
  const wellFormed = allRegionIds.flatMap((id) => [
    `1234567890123456.${id}.fc.aliyuncs.com`,
    `1234567890123456.${id}-internal.fc.aliyuncs.com`,
    `${id}.fc.aliyuncs.com`,
    `https://1234.${id}.fc.aliyuncs.com/2023-03-30/functions/f/invocations?qualifier=LATEST`,
    `my-func-abcd.${id}.fcapp.run`,
    `HTTPS://My-Func.${id.toUpperCase()}-VPC.FCAPP.RUN/Path#x`,
    `//fcv3.${id}.aliyuncs.com.`,
  ]);

  it.each(wellFormed)('%s', (text) => {
    const fast = parseWellFormedEndpoint(text);
    expect(fast).not.toBeNull();
    expectSameAnswer(text);
  });

  it('parses them, in every family', () => {
    const families = new Set(wellFormed.map((text) => parseEndpoint(text)?.family).filter((f) => f !== undefined));
    expect([...families].sort()).toEqual(['api', 'api-internal', 'http-trigger', 'http-trigger-vpc', 'openapi-v3', 'region-only']);
  });

  it('turns away a host without `fc` at once, as the full path does', () => {
    for (const text of ['https://oss-cn-hangzhou.aliyuncs.com/bucket/key.txt', 'ecs.cn-shanghai.aliyuncs.com', 'api.github.com']) {
      expect(parseWellFormedEndpoint(text)).toBeUndefined();
      expect(parseEndpointFully(text)).toBeUndefined();
    }
  });

  it('leaves irregular input to the full path', () => {
    for (const text of [
      ' 1234.cn-hangzhou.fc.aliyuncs.com',
      '1234.cn-hangzhou.fc.aliyuncs.com\n',
      '1234.cn-hangzhou.fc.aliyuncs.com:443',
      '1234.cn-hangzhou.internal.fc.aliyuncs.com',
      '1234.cn-hangzou.fc.aliyuncs.com',
      'xxxx.cn-hangzhou.fc.aliyuncs.com',
      '1234.fc.cn-hangzhou.aliyuncs.com',
      `1234.cn-hangzhou.fc.aliyuncs.com${DYNAMIC}`,
    ]) {
      expect(parseWellFormedEndpoint(text), text).toBeNull();
      expect(parseEndpoint(text), text).toStrictEqual(parseEndpointFully(text));
    }
  });
});

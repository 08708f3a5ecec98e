import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DYNAMIC, checkEndpoint, findEndpoints, mayContainEndpoint, type EndpointDiagnosis } from '../src/check.js';
import { isTriggerSubdomain } from '../src/parse-endpoint.js';
import { activeRegionIds, fcEndpoint, fcEndpointUrl, fcv3Endpoint, parseEndpoint, regions, unlistedRegions } from '../src/index.js';

/** Runs per property: 1 000 in the normal suite; `FC_ATLAS_PROPERTY_RUNS=100000` for a long run. */
const numRuns = Number(process.env.FC_ATLAS_PROPERTY_RUNS ?? 1000);
const options = { numRuns };
/** Generous per-test time limit that grows with the run count. */
const timeout = Math.max(30_000, numRuns * 20);

const allRegionIds = [...regions.map((r) => r.id), ...unlistedRegions.map((r) => r.id)];

/** Every code point, lone surrogates included. */
const anyUnicode = fc.string({ unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => (c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : String.fromCodePoint(c))) });

/** A region written with up to two typing slips (deleted, doubled, swapped or replaced characters). */
const nearMissRegion = fc
  .tuple(fc.constantFrom(...activeRegionIds), fc.array(fc.tuple(fc.nat(), fc.constantFrom('delete', 'double', 'swap', 'replace'), fc.constantFrom('a', 'z', '-', '1', 'h', 'n')), { maxLength: 2 }))
  .map(([region, slips]) =>
    slips.reduce<string>((s, [at, slip, letter]) => {
      const i = s.length === 0 ? 0 : at % s.length;
      if (slip === 'delete') return s.slice(0, i) + s.slice(i + 1);
      if (slip === 'double') return s.slice(0, i + 1) + s.slice(i);
      if (slip === 'swap') return s.slice(0, i) + s.slice(i + 1, i + 2) + s.slice(i, i + 1) + s.slice(i + 2);
      return s.slice(0, i) + letter + s.slice(i + 1);
    }, region),
  );

const accountId = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 20 });

/** Labels that an FC host (or a near miss, placeholder or neighbour of one) is made of. */
const hostLabel = fc.oneof(
  accountId,
  fc.constantFrom(...allRegionIds),
  nearMissRegion,
  fc.constantFrom('fc', 'fcv3', 'fcapp', 'run', 'aliyuncs', 'com', 'internal', '-internal', 'e2b', 'aliyun', 'alyuncs', 'con', 'net', 'example'),
  fc.constantFrom('account-id', '<account-id>', '{accountId}', '${region}', 'xxxx', '1234****', '%s', '%(uid)s', 'name@1234', DYNAMIC),
  fc.string({ unit: fc.constantFrom(...'abcfx019-_*{}$<>@%'), minLength: 1, maxLength: 8 }),
);
const separator = fc.constantFrom('.', '.', '.', '.', '.', ' .', '. ', '\t.', '..', ' ', '-', '/', '@', ':', '\n', '%2F', '\\n');

/** Mostly `.`, sometimes with white space around it (a mistake, or a sentence boundary). */
const dot = fc.oneof({ weight: 20, arbitrary: fc.constant('.') }, { weight: 1, arbitrary: fc.constantFrom(' .', '. ', '\t.') });
const account = fc.oneof(
  { weight: 4, arbitrary: accountId },
  { weight: 1, arbitrary: fc.constantFrom('account-id', '<account-id>', '{accountId}', 'xxxx', '1986114****4305', '%s', DYNAMIC, 'abc', 'name@1234', 'www') },
);
const region = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...allRegionIds) },
  { weight: 3, arbitrary: nearMissRegion },
  { weight: 1, arbitrary: fc.constantFrom('{region}', '<region-id>', DYNAMIC, 'cn-xxxx', 'cn-nowhere-9', 'mars-north-1', 'e2b', 'log') },
);
const network = fc.constantFrom('', '', '', '-internal', '-vpc');
const aliyuncs = fc.oneof(
  { weight: 5, arbitrary: fc.constant('aliyuncs.com') },
  { weight: 1, arbitrary: fc.constantFrom('aliyuncs.con', 'aliyun.com', 'alyuncs.com', 'aliyuncs.cm', 'aliyuncs.net', 'aliyun-inc.com') },
);
const subdomain = fc.oneof(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,12}$/), fc.constantFrom('{function}', 'my-func-xxxx', DYNAMIC, 'a.b'));

/** FC hosts of every shape the catalog knows, with their parts mistyped, misplaced or replaced by placeholders. */
const structuredHost = fc
  .tuple(account, region, network, aliyuncs, subdomain, fc.tuple(dot, dot, dot, dot))
  .chain(([acct, reg, net, suffix, sub, [d1, d2, d3, d4]]) =>
    fc.constantFrom(
      `${acct}${d1}${reg}${net}${d2}fc${d3}${suffix}`,
      `${acct}${d1}fc${d2}${reg}${net}${d3}${suffix}`,
      `${acct}${d1}${reg}${d2}internal${d3}fc${d4}${suffix}`,
      `${reg}${net}${d1}fc${d2}${suffix}`,
      `fcv3${d1}${reg}${net}${d2}${suffix}`,
      `${sub}${d1}${reg}${net}${d2}fcapp${d3}run`,
      `${sub}${d1}e2b${d2}fc${d3}${suffix}`,
      `fcsandbox${net}${d1}${reg}${d2}${suffix}`,
      `oss-${reg}${d1}${suffix}`,
      `${d1}fc${d2}${suffix}`,
      `-internal${d1}fc${d2}${suffix}`,
      `${d1}${reg}${net}${d2}fc${d3}${suffix}`,
    ),
  );

/** Random runs of host labels and separators: whatever the structured hosts miss. */
const labelSoup = fc
  .tuple(fc.array(fc.tuple(hostLabel, separator), { minLength: 1, maxLength: 9 }), hostLabel)
  .map(([pairs, last]) => pairs.map(([label, sep]) => label + sep).join('') + last);

/** Host-like strings, sometimes with a scheme, port, path, neighbours or odd case around them. */
const hostLike = fc
  .tuple(
    fc.oneof({ weight: 3, arbitrary: structuredHost }, { weight: 1, arbitrary: labelSoup }),
    fc.constantFrom('', '', '', 'https://', 'HTTP://', '//', ' ', '"', 'See ', 'x.', 'x. ', '%2F', '\\n', '<code>', 'name@'),
    fc.constantFrom('', '', '', '/', ':443', ':99999/x', '?a=b', '.', '\t', '.example.net', '. More', ' and 1.cn-hangzhou.fc.aliyuncs.com', DYNAMIC, `/${DYNAMIC}`, `.${DYNAMIC}`, '{path}', '$PATH'),
    fc.constantFrom('lower', 'upper', 'as is', 'as is'),
  )
  .map(([host, before, after, letterCase]) => {
    const text = before + host + after;
    return letterCase === 'upper' ? text.toUpperCase() : letterCase === 'lower' ? text.toLowerCase() : text;
  });

/** Hosts that must parse, in every family the catalog knows. */
const validHost = fc.oneof(
  fc.tuple(accountId, fc.constantFrom(...activeRegionIds), fc.boolean()).map(([id, region, internal]) => fcEndpoint({ accountId: id, region, internal })),
  fc.constantFrom(...regions.filter((r) => r.status === 'active' && r.fcv3Host).map((r) => fcv3Endpoint({ region: r.id }))),
  fc.constantFrom(...activeRegionIds).map((region) => `${region}.fc.aliyuncs.com`),
  fc
    .tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}[a-z0-9]$/), fc.constantFrom(...activeRegionIds), fc.constantFrom('', '-vpc'))
    .filter(([sub]) => !/x{3,}/.test(sub))
    .map(([sub, region, vpc]) => `${sub}.${region}${vpc}.fcapp.run`),
);

const anyText = fc.oneof(fc.string(), anyUnicode, hostLike);

/**
 * The scanner reads labels of up to 66 characters and any run of words before a trigger host's region as its
 * sub-domain, to diagnose the rest; `parseEndpoint` also asks for host-name labels (up to 63 characters, no `name@`).
 */
const hasHostLabels = (diagnosis: EndpointDiagnosis) =>
  (diagnosis.subdomain === undefined || isTriggerSubdomain(diagnosis.subdomain.toLowerCase())) &&
  (diagnosis.accountId === undefined || diagnosis.accountId.length <= 63);

describe('never throws', () => {
  it.each([
    ['fc.string', fc.string()],
    ['full Unicode strings', anyUnicode],
    ['host-like strings', hostLike],
  ] as const)('parseEndpoint, checkEndpoint, findEndpoints and mayContainEndpoint on %s', (_, strings) => {
    fc.assert(
      fc.property(strings, (text) => {
        parseEndpoint(text);
        checkEndpoint(text);
        findEndpoints(text);
        mayContainEndpoint(text);
      }),
      options,
    );
  }, timeout);
});

describe('round trips', () => {
  it('parseEndpoint(fcEndpoint(x)) and parseEndpoint(fcEndpointUrl(x)) give x back', () => {
    fc.assert(
      fc.property(accountId, fc.constantFrom(...activeRegionIds), fc.boolean(), fc.constantFrom('https', 'http') , (id, region, internal, protocol) => {
        const expected = { family: internal ? 'api-internal' : 'api', accountId: id, region, regionStatus: 'active', internal, vpc: false };
        const host = fcEndpoint({ accountId: id, region, internal });
        expect(parseEndpoint(host)).toEqual({ ...expected, host });
        expect(parseEndpoint(fcEndpointUrl({ accountId: id, region, internal }))).toEqual({ ...expected, host, scheme: 'https' });
        expect(parseEndpoint(fcEndpointUrl({ accountId: id, region, internal, protocol }))).toEqual({ ...expected, host, scheme: protocol });
      }),
      options,
    );
  }, timeout);

  it('covers every active region both ways', () => {
    for (const region of activeRegionIds) {
      for (const internal of [false, true]) {
        expect(parseEndpoint(fcEndpointUrl({ accountId: '1', region, internal }))).toMatchObject({ region, internal });
      }
    }
  });
});

describe('corrections', () => {
  it('every corrected host is clean: no problems, and it parses unless it is a placeholder or dynamic host', () => {
    fc.assert(
      fc.property(hostLike, (text) => {
        const diagnoses = [checkEndpoint(text), ...findEndpoints(text).map((m) => m.diagnosis)];
        for (const diagnosis of diagnoses) {
          if (diagnosis?.corrected === undefined) continue;
          expect(diagnosis.problems.length).toBeGreaterThan(0);
          const again = checkEndpoint(diagnosis.corrected);
          expect(again?.problems).toEqual([]);
          if (!again!.placeholder && !again!.dynamic && hasHostLabels(again!)) expect(parseEndpoint(diagnosis.corrected)).toBeDefined();
        }
      }),
      options,
    );
  }, timeout);

  it('a misspelled region in a real host is corrected back to the region', () => {
    fc.assert(
      fc.property(accountId, nearMissRegion, (id, written) => {
        const diagnosis = checkEndpoint(`${id}.${written}.fc.aliyuncs.com`);
        if (diagnosis?.regionKind !== 'misspelled') return;
        expect(parseEndpoint(diagnosis.corrected!)).toMatchObject({ accountId: id });
      }),
      options,
    );
  }, timeout);
});

describe('valid hosts', () => {
  it('upper-casing a valid host changes nothing', () => {
    fc.assert(
      fc.property(validHost, fc.array(fc.nat(), { maxLength: 6 }), (host, positions) => {
        const parsed = parseEndpoint(host);
        expect(parsed).toBeDefined();
        expect(checkEndpoint(host)?.problems).toEqual([]);
        expect(parseEndpoint(host.toUpperCase())).toEqual(parsed);
        const mixed = [...host].map((c, i) => (positions.includes(i) ? c.toUpperCase() : c)).join('');
        expect(parseEndpoint(mixed)).toEqual(parsed);
        expect(checkEndpoint(host.toUpperCase())?.problems).toEqual([]);
      }),
      options,
    );
  }, timeout);

  it('a valid host is found exactly where it stands in prose, URLs, JSON and HTML', () => {
    const wrappers = fc.constantFrom(
      (h: string) => `See ${h}. Then retry.`,
      (h: string) => `"https://${h}/2023-03-30/functions?x=1"`,
      (h: string) => `{"endpoint":"${h}"}`,
      (h: string) => `<a href="http://${h}:80">${h}</a>`,
      (h: string) => `endpoint=${h}\n`,
      (h: string) => `'${h}\t'`,
      (h: string) => `\`https://${h}${DYNAMIC}\``,
      (h: string) => `"https://${h}{path}".format(path=p)`,
    );
    fc.assert(
      fc.property(validHost, wrappers, (host, wrap) => {
        const text = wrap(host);
        const matches = findEndpoints(text);
        expect(matches.length).toBeGreaterThan(0);
        for (const match of matches) {
          expect(text.slice(match.start, match.end)).toBe(host);
          expect(match).toMatchObject({ fragment: false, diagnosis: { host, problems: [] } });
        }
      }),
      options,
    );
  }, timeout);

  it('parseEndpoint accepts exactly the hosts checkEndpoint finds clean (retired regions aside)', () => {
    fc.assert(
      fc.property(fc.oneof(hostLike, validHost), (text) => {
        const parsed = parseEndpoint(text);
        const diagnosis = checkEndpoint(text);
        const clean =
          diagnosis !== undefined &&
          diagnosis.problems.every((p) => p.kind === 'retired-region') &&
          !diagnosis.placeholder &&
          !diagnosis.dynamic &&
          (diagnosis.accountKind === 'numeric' || diagnosis.accountKind === 'none') &&
          ['active', 'retired', 'unlisted'].includes(diagnosis.regionKind) &&
          hasHostLabels(diagnosis);
        expect(parsed !== undefined).toBe(clean);
        if (parsed) expect(parsed.host).toBe(diagnosis!.host.toLowerCase());
      }),
      options,
    );
  }, timeout);
});

describe('findEndpoints offsets', () => {
  it('slice back to the diagnosed host, in order and without overlap', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        let previousEnd = 0;
        for (const match of findEndpoints(text)) {
          expect(match.start).toBeGreaterThanOrEqual(previousEnd);
          expect(match.end).toBeGreaterThan(match.start);
          expect(match.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(match.start, match.end);
          if (match.diagnosis) expect(slice).toBe(match.diagnosis.host);
          else expect(slice.toLowerCase()).toMatch(/^(?:fc|-internal\.fc)\.aliyuncs\.com$/);
          previousEnd = match.end;
        }
      }),
      options,
    );
  }, timeout);

  it('agree with checkEndpoint on each host found', () => {
    fc.assert(
      fc.property(hostLike, (text) => {
        for (const match of findEndpoints(text)) {
          if (!match.diagnosis || match.fragment) continue;
          const alone = checkEndpoint(match.diagnosis.host);
          expect(alone?.problems.map((p) => p.kind)).toEqual(match.diagnosis.problems.map((p) => p.kind));
          expect(alone?.corrected).toBe(match.diagnosis.corrected);
        }
      }),
      options,
    );
  }, timeout);
});

describe('a host on its own', () => {
  it('findEndpoints finds, whole and with the same diagnosis, every host checkEndpoint diagnoses', () => {
    fc.assert(
      fc.property(fc.oneof(structuredHost, labelSoup, validHost), (text) => {
        const diagnosis = checkEndpoint(text);
        if (!diagnosis) return;
        const host = diagnosis.host;
        const whole = findEndpoints(host).filter((m) => m.start === 0 && m.end === host.length);
        expect(whole).toHaveLength(1);
        expect(whole[0]!.diagnosis).toEqual(diagnosis);
      }),
      options,
    );
  }, timeout);
});

describe('mayContainEndpoint', () => {
  it('is true for every string checkEndpoint matches and for every host findEndpoints finds', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, validHost), (text) => {
        if (checkEndpoint(text) !== undefined) expect(mayContainEndpoint(text)).toBe(true);
        // The host alone, without the text around it that may have opened the gate.
        for (const match of findEndpoints(`${text} ${'.'.repeat(10)}fc`)) {
          expect(mayContainEndpoint(text.slice(match.start, match.end))).toBe(true);
        }
      }),
      options,
    );
  }, timeout);
});

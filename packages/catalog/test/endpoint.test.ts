import { describe, expect, it } from 'vitest';
import { DYNAMIC, checkEndpoint, findEndpoints, mayContainEndpoint, type EndpointDiagnosis, type EndpointProblemKind } from '../src/check.js';
import { activeRegionIds, parseEndpoint, regions, unlistedRegions } from '../src/index.js';

const kinds = (d: EndpointDiagnosis | undefined) => d?.problems.map((p) => p.kind);
/** Each match as the text it covers, with its problems. */
const found = (text: string) =>
  findEndpoints(text).map((m) => ({ text: text.slice(m.start, m.end), fragment: m.fragment, problems: kinds(m.diagnosis) }));

describe('parseEndpoint', () => {
  it.each([
    ['16530750.cn-shanghai.fc.aliyuncs.com', { family: 'api', accountId: '16530750', region: 'cn-shanghai', internal: false, vpc: false }],
    ['16530750.cn-shanghai-internal.fc.aliyuncs.com', { family: 'api-internal', accountId: '16530750', region: 'cn-shanghai', internal: true }],
    ['cn-beijing.fc.aliyuncs.com', { family: 'region-only', region: 'cn-beijing', internal: false }],
    ['fcv3.cn-hongkong.aliyuncs.com', { family: 'openapi-v3', region: 'cn-hongkong', internal: false }],
    ['my-func-abcd.cn-hangzhou.fcapp.run', { family: 'http-trigger', subdomain: 'my-func-abcd', region: 'cn-hangzhou', vpc: false }],
    ['my-func-abcd.cn-hangzhou-vpc.fcapp.run', { family: 'http-trigger-vpc', subdomain: 'my-func-abcd', region: 'cn-hangzhou', vpc: true, internal: false }],
    ['1234.cn-shanghai-finance-1.fc.aliyuncs.com', { family: 'api', region: 'cn-shanghai-finance-1', regionStatus: 'unlisted' }],
    ['1234.ap-southeast-2.fc.aliyuncs.com', { family: 'api', region: 'ap-southeast-2', regionStatus: 'retired' }],
    ['1234.ap-south-1-internal.fc.aliyuncs.com', { family: 'api-internal', region: 'ap-south-1', regionStatus: 'retired' }],
  ])('parses %s', (input, expected) => {
    expect(parseEndpoint(input)).toMatchObject({ regionStatus: 'active', ...expected });
  });

  it.each([
    ['a.b.cn-hangzhou.fcapp.run', 'a.b'],
    [' HTTPS://My_Func.Prod.CN-HANGZHOU-VPC.FCAPP.RUN:8443/x ', 'my_func.prod'],
    [`${'f'.repeat(63)}.cn-hangzhou.fcapp.run`, 'f'.repeat(63)],
  ])('parses the trigger host %j with the sub-domain %j', (input, subdomain) => {
    expect(parseEndpoint(input)).toMatchObject({ family: expect.stringMatching(/^http-trigger/), region: 'cn-hangzhou', subdomain });
  });

  it.each([
    // A host name's labels are at most 63 characters; a sub-domain holds no login name and no `xxx` placeholder.
    `${'f'.repeat(64)}.cn-hangzhou.fcapp.run`,
    `${'1'.repeat(64)}.cn-hangzhou.fc.aliyuncs.com`,
    'https://name@fn.cn-hangzhou.fcapp.run/',
    'fn.xxxx.cn-hangzhou.fcapp.run',
    `${'a.'.repeat(11)}cn-hangzhou.fcapp.run`,
  ])('does not parse %j, whose labels no host name has', (input) => {
    expect(parseEndpoint(input)).toBeUndefined();
  });

  it('keeps the account id a string, digits and leading zeros intact', () => {
    const id = '01986114123454305987';
    expect(parseEndpoint(`${id}.cn-hangzhou.fc.aliyuncs.com`)?.accountId).toBe(id);
  });

  it.each([
    ['HTTPS://16530750.CN-SHANGHAI.FC.ALIYUNCS.COM', { scheme: 'https' }],
    ['hTTp://16530750.cn-shanghai.fc.aliyuncs.com', { scheme: 'http' }],
    ['https://16530750.cn-shanghai.fc.aliyuncs.com:443', { port: 443 }],
    ['https://16530750.cn-shanghai.fc.aliyuncs.com:/x', { path: '/x' }],
    ['https://16530750.cn-shanghai.fc.aliyuncs.com/2016-08-15/services?limit=10', { path: '/2016-08-15/services?limit=10' }],
    ['16530750.cn-shanghai.fc.aliyuncs.com?x=1', { path: '?x=1' }],
    ['https://16530750.cn-shanghai.fc.aliyuncs.com/a#frag', { path: '/a' }],
    ['//16530750.cn-shanghai.fc.aliyuncs.com/a', { path: '/a' }],
    ['  \t16530750.cn-shanghai.fc.aliyuncs.com \n', {}],
    ['16530750.cn-shanghai.fc.aliyuncs.com.', {}],
    ['https://16530750.cn-shanghai.fc.aliyuncs.com.:8080/', { port: 8080, path: '/' }],
  ])('tolerates %j', (input, extra) => {
    expect(parseEndpoint(input)).toMatchObject({ host: '16530750.cn-shanghai.fc.aliyuncs.com', family: 'api', ...extra });
  });

  it.each([
    // Other Alibaba Cloud products and FC's neighbours.
    'oss-cn-hangzhou.aliyuncs.com',
    'cn-hangzhou.log.aliyuncs.com',
    'ecs.cn-hangzhou.aliyuncs.com',
    'fcsandbox.cn-hangzhou.aliyuncs.com',
    'fcsandbox-vpc.cn-hangzhou.aliyuncs.com',
    'fc.cn-hangzhou.aliyuncs.com',
    'fc-open.cn-hangzhou.aliyuncs.com',
    'fc.aliyuncs.com',
    'ide.fc.aliyun.com',
    'fc.console.aliyun.com',
    'sb-1234abcd.e2b.fc.aliyuncs.com',
    '49983-i1234.cn-hangzhou.e2b.fc.aliyuncs.com',
    'openai-proxy.openai-proxy.1226433344098179.us-west-1.fc.devsapp.net',
    // Spoofs: the FC host is not the host.
    '16530750.cn-shanghai.fc.aliyuncs.com.example.net',
    'https://16530750.cn-shanghai.fc.aliyuncs.com@evil.example/',
    'https://example.net/16530750.cn-shanghai.fc.aliyuncs.com',
    'https://example.net/?u=16530750.cn-shanghai.fc.aliyuncs.com',
    'x.cn-hangzhou.fcapp.run.example.net',
    'www.16530750.cn-shanghai.fc.aliyuncs.com',
    // Mistakes: checkEndpoint reports them, parseEndpoint does not accept them.
    'abc.cn-shanghai.fc.aliyuncs.com',
    'wangzishi@30148339.cn-beijing.fc.aliyuncs.com',
    'http://user:secret@16530750.cn-shanghai.fc.aliyuncs.com',
    '16530750.cn-shangai.fc.aliyuncs.com',
    '16530750.cn-nowhere.fc.aliyuncs.com',
    '16530750.cn-shanghai.fc.aliyuncs.con',
    '16530750.fc.cn-shanghai.aliyuncs.com',
    '16530750.cn-shanghai.internal.fc.aliyuncs.com',
    '16530750.cn-shanghai-vpc.fc.aliyuncs.com',
    'fn.cn-shanghai-internal.fcapp.run',
    '16530750.cn-shanghai .fc.aliyuncs.com',
    'fcv3.me-central-1.aliyuncs.com',
    'fcv3.cn-hangzhou-internal.aliyuncs.com',
    'https://16530750.cn-shanghai.fc.aliyuncs.com:65536',
    // Placeholders and run-time values.
    'account-id.cn-hangzhou.fc.aliyuncs.com',
    '<account-id>.cn-hangzhou.fc.aliyuncs.com',
    '{accountId}.cn-hangzhou.fc.aliyuncs.com',
    'xxxx.cn-hangzhou.fc.aliyuncs.com',
    '1234****.cn-hangzhou.fc.aliyuncs.com',
    '%s.cn-hangzhou.fc.aliyuncs.com',
    '16530750.{region}.fc.aliyuncs.com',
    '{function}.cn-hangzhou.fcapp.run',
    `${DYNAMIC}.cn-hangzhou.fc.aliyuncs.com`,
    // Not hosts.
    '',
    '   ',
    'cn-hangzhou',
    'https://',
    'aliyuncs.com',
  ])('rejects %j', (input) => {
    expect(parseEndpoint(input)).toBeUndefined();
  });

  it('never throws on values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, [], Symbol('x')]) {
      expect(parseEndpoint(value as unknown as string)).toBeUndefined();
    }
  });
});

describe('checkEndpoint: one table row per problem kind, each with a must-not-flag twin', () => {
  const cases: [EndpointProblemKind, string, string | undefined, string][] = [
    // [kind, must flag, corrected, must not flag]
    ['misspelled-region', '1234.cn-hangzuo.fc.aliyuncs.com', '1234.cn-hangzhou.fc.aliyuncs.com', '1234.cn-hangzhou.fc.aliyuncs.com'],
    ['misspelled-region', 'fcv3.cn-hongkng.aliyuncs.com', 'fcv3.cn-hongkong.aliyuncs.com', 'fcv3.cn-hongkong.aliyuncs.com'],
    ['misspelled-region', 'fn-x.cn-hangzou.fcapp.run', 'fn-x.cn-hangzhou.fcapp.run', 'fn-x.cn-hangzhou.fcapp.run'],
    ['unknown-region', '1234.cn-nowhere-9.fc.aliyuncs.com', undefined, '1234.cn-shanghai-finance-1.fc.aliyuncs.com'],
    ['unknown-region', 'fcv3.me-central-1.aliyuncs.com', undefined, '1234.me-central-1.fc.aliyuncs.com'],
    ['retired-region', '1234.ap-southeast-2.fc.aliyuncs.com', undefined, '1234.ap-southeast-1.fc.aliyuncs.com'],
    ['retired-region', '1234.ap-south-1-internal.fc.aliyuncs.com', undefined, '1234.ap-southeast-1-internal.fc.aliyuncs.com'],
    ['wrong-suffix', '1234.cn-hangzhou.fc.aliyuncs.con', '1234.cn-hangzhou.fc.aliyuncs.com', '1234.cn-hangzhou.fc.aliyuncs.com'],
    ['wrong-suffix', '1234.cn-hangzhou.fc.aliyun.com', '1234.cn-hangzhou.fc.aliyuncs.com', 'ide.fc.aliyun.com'],
    ['wrong-suffix', '1234.cn-hangzhou.fc.alyuncs.com', '1234.cn-hangzhou.fc.aliyuncs.com', 'fc.console.aliyun.com'],
    ['whitespace', '1234.cn-hangzhou .fc.aliyuncs.com', '1234.cn-hangzhou.fc.aliyuncs.com', ' 1234.cn-hangzhou.fc.aliyuncs.com '],
    ['whitespace', '1234.\tcn-hangzhou.fc.aliyuncs.com', '1234.cn-hangzhou.fc.aliyuncs.com', 'fcv3.ap-southeast-5.aliyuncs.com\t'],
    ['dot-internal', '1234.cn-hangzhou.internal.fc.aliyuncs.com', '1234.cn-hangzhou-internal.fc.aliyuncs.com', '1234.cn-hangzhou-internal.fc.aliyuncs.com'],
    ['vpc-on-api', '1234.cn-hangzhou-vpc.fc.aliyuncs.com', '1234.cn-hangzhou-internal.fc.aliyuncs.com', 'fn-x.cn-hangzhou-vpc.fcapp.run'],
    ['internal-on-trigger', 'fn-x.cn-hangzhou-internal.fcapp.run', 'fn-x.cn-hangzhou-vpc.fcapp.run', '1234.cn-hangzhou-internal.fc.aliyuncs.com'],
    ['internal-on-trigger', 'fn-x.cn-hangzhou-intranet.fcapp.run', 'fn-x.cn-hangzhou-vpc.fcapp.run', 'fn-x.cn-hangzhou-vpc.fcapp.run'],
    // SLS writes `-intranet`; FC writes `-internal`. Near misses of `-internal` after a catalog region id, not `-external`.
    ['misspelled-network', '1234.cn-hangzhou-intranet.fc.aliyuncs.com', '1234.cn-hangzhou-internal.fc.aliyuncs.com', 'my-project.cn-hangzhou-intranet.log.aliyuncs.com'],
    ['misspelled-network', '1234.cn-shanghai-intenal.fc.aliyuncs.com', '1234.cn-shanghai-internal.fc.aliyuncs.com', '1234.cn-shanghai-internal.fc.aliyuncs.com'],
    ['misspelled-network', 'cn-hangzhou-finance-internl.fc.aliyuncs.com', 'cn-hangzhou-finance-internal.fc.aliyuncs.com', 'cn-hangzhou-finance-internal.fc.aliyuncs.com'],
    ['legacy-order', '1234.fc.ap-southeast-1.aliyuncs.com', '1234.ap-southeast-1.fc.aliyuncs.com', '1234.ap-southeast-1.fc.aliyuncs.com'],
    ['legacy-order', '1234.fc.cn-hangzhou-internal.aliyuncs.com', '1234.cn-hangzhou-internal.fc.aliyuncs.com', 'fc.cn-hangzhou.aliyuncs.com'],
    ['non-numeric-account', 'abc.cn-hangzhou.fc.aliyuncs.com', undefined, 'account-id.cn-hangzhou.fc.aliyuncs.com'],
    ['non-numeric-account', 'wangzishi@30148339.cn-beijing.fc.aliyuncs.com', undefined, '1986114****4305.cn-beijing.fc.aliyuncs.com'],
    ['non-numeric-account', 'my-login.cn-hangzhou.fc.aliyuncs.com', undefined, '%s.cn-hangzhou.fc.aliyuncs.com'],
  ];

  it.each(cases)('%s: flags %j and not its twin %j', (kind, flagged, corrected, twin) => {
    const diagnosis = checkEndpoint(flagged);
    expect(kinds(diagnosis)).toEqual([kind]);
    expect(diagnosis?.corrected).toBe(corrected);
    expect(diagnosis?.problems[0]?.message).toMatch(/\S/);
    expect(checkEndpoint(twin)?.problems ?? []).toEqual([]);
  });

  it('names the retirement date and active alternatives', () => {
    const [problem] = checkEndpoint('1234.ap-southeast-2.fc.aliyuncs.com')!.problems;
    expect(problem?.message).toContain('2024-09-30');
    expect(problem?.message).toMatch(/ap-southeast-1/);
  });

  it('names the login name as the mistake', () => {
    const [problem] = checkEndpoint('wangzishi@30148339.cn-beijing.fc.aliyuncs.com')!.problems;
    expect(problem).toMatchObject({ found: 'wangzishi@30148339' });
    expect(problem?.message).toContain('login name');
  });

  it('reports every problem of one host and one correction that fixes them all', () => {
    const diagnosis = checkEndpoint('1234. cn-hangzuo.internal.fc.aliyuncs.con');
    expect(kinds(diagnosis)).toEqual(['whitespace', 'misspelled-region', 'wrong-suffix', 'dot-internal']);
    expect(diagnosis?.corrected).toBe('1234.cn-hangzhou-internal.fc.aliyuncs.com');
    expect(kinds(checkEndpoint('1234.fc.cn-hangzou-vpc.aliyuncs.com'))).toEqual(['misspelled-region', 'vpc-on-api', 'legacy-order']);
    expect(checkEndpoint('1234.fc.cn-hangzou-vpc.aliyuncs.com')?.corrected).toBe('1234.cn-hangzhou-internal.fc.aliyuncs.com');
  });

  it('offers no correction when one of the problems has no safe fix', () => {
    expect(kinds(checkEndpoint('abc.cn-hangzuo.fc.aliyuncs.com'))).toEqual(['misspelled-region', 'non-numeric-account']);
    expect(checkEndpoint('abc.cn-hangzuo.fc.aliyuncs.com')?.corrected).toBeUndefined();
    expect(checkEndpoint('1234 .ap-south-1.fc.aliyuncs.com')?.corrected).toBeUndefined();
    expect(checkEndpoint('1234.cn-nowhere-9.fc.aliyuncs.con')?.corrected).toBeUndefined();
  });

  it('keeps the network of the host when correcting (region-only and dotted hosts too)', () => {
    expect(checkEndpoint('cn-hangzuo-internal.fc.aliyuncs.com')?.corrected).toBe('cn-hangzhou-internal.fc.aliyuncs.com');
    expect(checkEndpoint('cn-hangzhou.internal.fc.aliyuncs.com')?.corrected).toBe('cn-hangzhou-internal.fc.aliyuncs.com');
    expect(checkEndpoint('cn-hangzhou-vpc.fc.aliyuncs.com')?.corrected).toBe('cn-hangzhou-internal.fc.aliyuncs.com');
    expect(checkEndpoint('fn.cn-hangzou-vpc.fcapp.run')?.corrected).toBe('fn.cn-hangzhou-vpc.fcapp.run');
  });

  it('keeps the spelling of placeholders and run-time values in the correction', () => {
    expect(checkEndpoint('{accountId}.cn-hangzuo.fc.aliyuncs.com')?.corrected).toBe('{accountId}.cn-hangzhou.fc.aliyuncs.com');
    expect(checkEndpoint(`${DYNAMIC}.cn-hangzuo.fc.aliyuncs.com`)?.corrected).toBe(`${DYNAMIC}.cn-hangzhou.fc.aliyuncs.com`);
    expect(checkEndpoint('{functionName}.cn-hangzhou-internal.fcapp.run')?.corrected).toBe('{functionName}.cn-hangzhou-vpc.fcapp.run');
    expect(checkEndpoint('1234.CN-HANGZUO.FC.ALIYUNCS.COM')?.corrected).toBe('1234.cn-hangzhou.fc.aliyuncs.com');
    expect(checkEndpoint('MY-FN-ABCD.CN-SHANGAI.FCAPP.RUN')?.corrected).toBe('my-fn-abcd.cn-shanghai.fcapp.run');
    expect(checkEndpoint('ACCOUNT_ID.cn-hangzuo.fc.aliyuncs.com')?.corrected).toBe('ACCOUNT_ID.cn-hangzhou.fc.aliyuncs.com');
    expect(checkEndpoint('AccountId.cn-hangzuo.fc.aliyuncs.com')?.corrected).toBe('AccountId.cn-hangzhou.fc.aliyuncs.com');
  });

  it('finds no problem in correct hosts, in any case', () => {
    for (const region of activeRegionIds) {
      for (const host of [`1234.${region}.fc.aliyuncs.com`, `1234.${region}-internal.fc.aliyuncs.com`, `fn.${region}-vpc.fcapp.run`]) {
        expect(checkEndpoint(host)?.problems).toEqual([]);
        expect(checkEndpoint(host.toUpperCase())?.problems).toEqual([]);
      }
    }
  });

  it.each([
    ['account-id.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['<account-id>.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['<ACCOUNT_ID>.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['{accountId}.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['${ACCOUNT_ID}.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['xxxx.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['YOUR_ACCOUNT_ID.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['aliyun-uid.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['%s.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['%(account_id)s.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['example.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['my-example-account.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['foo.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['ID.cn-hangzhou.fc.aliyuncs.com', 'placeholder'],
    ['1234****.cn-hangzhou.fc.aliyuncs.com', 'masked'],
    ['1986114****4305.cn-hangzhou.fc.aliyuncs.com', 'masked'],
    [`${DYNAMIC}.cn-hangzhou.fc.aliyuncs.com`, 'dynamic'],
  ])('accepts the placeholder %j without a problem', (host, accountKind) => {
    const diagnosis = checkEndpoint(host);
    expect(diagnosis).toMatchObject({ accountKind, problems: [] });
    expect(diagnosis?.placeholder || diagnosis?.dynamic).toBe(true);
  });

  it.each(['1234.{region}.fc.aliyuncs.com', '1234.<region-id>-internal.fc.aliyuncs.com', '%s.%s.fc.aliyuncs.com', '1234.cn-xxxx.fc.aliyuncs.com'])(
    'accepts the region placeholder %j without a problem',
    (host) => {
      expect(checkEndpoint(host)).toMatchObject({ regionKind: 'placeholder', placeholder: true, problems: [] });
    },
  );

  it.each([
    'ide.fc.aliyun.com',
    'sb-1234.e2b.fc.aliyuncs.com',
    '49983-i1234.cn-hangzhou.e2b.fc.aliyuncs.com',
    'openai-proxy.openai-proxy.1226433344098179.us-west-1.fc.devsapp.net',
    'fcsandbox.cn-hangzhou.aliyuncs.com',
    'fcsandbox-vpc.cn-hangzhou.aliyuncs.com',
    'oss-cn-shangai.aliyuncs.com',
    'oss-cn-hangzhou.aliyuncs.com',
    'cn-hangzhou.log.aliyuncs.com',
    'cn-shangai.log.aliyuncs.com',
    'ecs.cn-hangzhuo.aliyuncs.com',
    'fc.cn-hangzhuo.aliyuncs.com',
    'www.aliyun.com',
    'example.com',
    'fc.aliyuncs.com',
    '',
    'fcv3.aliyuncs.com',
  ])('says nothing about the neighbour or non-FC host %j', (host) => {
    expect(checkEndpoint(host)?.problems ?? []).toEqual([]);
  });

  it('finds no problem in trigger hosts with a valid region', () => {
    expect(checkEndpoint('my-func-abcd.cn-hangzhou.fcapp.run')).toMatchObject({ family: 'http-trigger', problems: [] });
  });

  it('returns undefined for input that is not an FC host at all', () => {
    for (const input of ['example.com', 'hello world', 'cn-hangzhou', '1234', 'https://', 'fc.aliyuncs.com', 'x'.repeat(5000)]) {
      expect(checkEndpoint(input)).toBeUndefined();
    }
    expect(checkEndpoint(undefined as unknown as string)).toBeUndefined();
  });
});

describe('unknown regions: only labels shaped like Alibaba Cloud region ids', () => {
  it.each([
    '1234.cn-nowhere-9.fc.aliyuncs.com',
    '1234.eu-north-9.fc.aliyuncs.com',
    '1234.me-south-1-internal.fc.aliyuncs.com',
    'fn.us-southwest-3.fcapp.run',
    'fn.ap-northwest-9-vpc.fcapp.run',
    'cn-nanjing.fc.aliyuncs.com',
  ])('flags %j as an unknown region', (host) => {
    expect(kinds(checkEndpoint(host))).toEqual(['unknown-region']);
    expect(found(host)).toEqual([{ text: host, fragment: false, problems: ['unknown-region'] }]);
  });

  it.each([
    'my-app.fc.aliyuncs.com',
    '1234.my-app.fc.aliyuncs.com',
    'x.my-app.fcapp.run',
    'x.dev-test.fcapp.run',
    '1234.us-api.fc.aliyuncs.com',
    '1234.cn-app-1.fc.aliyuncs.com',
    'fcv3.my-app.aliyuncs.com',
    'fn.eu-42.fcapp.run',
  ])('says %j is not an FC host at all', (host) => {
    expect(checkEndpoint(host)).toBeUndefined();
    expect(findEndpoints(`const url = 'https://${host}/x';`)).toEqual([]);
  });

  it('takes the prefixes from the catalog: every prefix of a known id makes an unknown region, no other does', () => {
    const prefixes = new Set([...regions, ...unlistedRegions].map((r) => r.id.split('-')[0]!));
    expect([...prefixes].sort()).toEqual(['ap', 'cn', 'eu', 'me', 'us']);
    for (const prefix of prefixes) {
      expect(checkEndpoint(`1234.${prefix}-nowhere-9.fc.aliyuncs.com`)).toMatchObject({ regionKind: 'unknown' });
    }
    for (const prefix of ['my', 'zz', 'sa', 'af']) expect(checkEndpoint(`1234.${prefix}-nowhere-9.fc.aliyuncs.com`)).toBeUndefined();
  });

  it('still reads every catalog region id, and still suggests the nearest region for a misspelling', () => {
    for (const { id } of [...regions, ...unlistedRegions]) expect(checkEndpoint(`1234.${id}.fc.aliyuncs.com`)?.regionKind).not.toBe('unknown');
    expect(checkEndpoint('1234.cn-hangzou.fc.aliyuncs.com')).toMatchObject({ regionKind: 'misspelled', corrected: '1234.cn-hangzhou.fc.aliyuncs.com' });
    expect(checkEndpoint('1234.us-wes-1.fc.aliyuncs.com')).toMatchObject({ regionKind: 'misspelled', corrected: '1234.us-west-1.fc.aliyuncs.com' });
  });
});

describe('findEndpoints', () => {
  it('finds hosts with exact offsets in prose', () => {
    const text = 'Use 1234.cn-hangzhou.fc.aliyuncs.com. Or 456.cn-beijing-internal.fc.aliyuncs.com, or fn.us-west-1.fcapp.run';
    expect(found(text)).toEqual([
      { text: '1234.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
      { text: '456.cn-beijing-internal.fc.aliyuncs.com', fragment: false, problems: [] },
      { text: 'fn.us-west-1.fcapp.run', fragment: false, problems: [] },
    ]);
  });

  it('finds hosts in URLs, JSON in a string and HTML', () => {
    expect(found('"https://1234.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy/svc/fn/"')).toEqual([
      { text: '1234.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
    expect(found('{"endpoint":"1234.cn-hangzuo.fc.aliyuncs.com","region":"cn-hangzhou"}')).toEqual([
      { text: '1234.cn-hangzuo.fc.aliyuncs.com', fragment: false, problems: ['misspelled-region'] },
    ]);
    expect(found('<a href="https://1234.cn-hangzhou.fc.aliyuncs.com">fc</a><code>fn.cn-hangzhou-internal.fcapp.run</code>')).toEqual([
      { text: '1234.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
      { text: 'fn.cn-hangzhou-internal.fcapp.run', fragment: false, problems: ['internal-on-trigger'] },
    ]);
  });

  it('does not read escapes before a host as part of it', () => {
    expect(found('{\\"endpoint\\":\\"x\\n1234.cn-hangzhou.fc.aliyuncs.com\\"}').map((m) => m.text)).toEqual(['1234.cn-hangzhou.fc.aliyuncs.com']);
    expect(found('line\\n1234.cn-hangzhou.fc.aliyuncs.com')).toEqual([{ text: '1234.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] }]);
    expect(found('\\u00221234.cn-hangzhou.fc.aliyuncs.com').map((m) => m.text)).toEqual(['1234.cn-hangzhou.fc.aliyuncs.com']);
    expect(found('?redirect=https%3A%2F%2F1234.cn-hangzhou.fc.aliyuncs.com%2Fx')).toEqual([
      { text: '1234.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
  });

  it('reads a non-numeric account fused to a word in another script as a placeholder, a fused numeric one as a host', () => {
    expect(found('请求地址：https://账号ID.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy')).toEqual([
      { text: 'ID.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
    expect(checkEndpoint('ID.cn-hangzhou.fc.aliyuncs.com')).toMatchObject({ accountKind: 'placeholder', placeholder: true });
    expect(findEndpoints('用户abc.cn-hangzhou.fc.aliyuncs.com')[0]?.diagnosis).toMatchObject({ placeholder: true, problems: [] });
    expect(found('请访问16530750.cn-shangai.fc.aliyuncs.com')).toEqual([
      { text: '16530750.cn-shangai.fc.aliyuncs.com', fragment: false, problems: ['misspelled-region'] },
    ]);
    expect(found('https://abc.cn-hangzhou.fc.aliyuncs.com')).toEqual([
      { text: 'abc.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: ['non-numeric-account'] },
    ]);
  });

  it('treats format strings as placeholders, not as non-numeric accounts', () => {
    expect(found('fmt.Sprintf("%s.%s.fc.aliyuncs.com", accountID, region)')).toEqual([
      { text: '%s.%s.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
    expect(found("'%(account_id)s.cn-hangzhou.fc.aliyuncs.com' % cfg")).toEqual([
      { text: '%(account_id)s.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
    expect(found('"{}.{}.fc.aliyuncs.com".format(uid, region)')).toEqual([{ text: '{}.{}.fc.aliyuncs.com', fragment: false, problems: [] }]);
  });

  it('marks suffix fragments, but not the bare RAM service principal', () => {
    expect(findEndpoints("accountId + '.' + region + '.fc.aliyuncs.com'")).toEqual([{ start: 29, end: 44, fragment: true }]);
    expect(found("region + '-internal.fc.aliyuncs.com'")).toEqual([{ text: '-internal.fc.aliyuncs.com', fragment: true, problems: undefined }]);
    expect(found("'.cn-hangzhou.fc.aliyuncs.com'")).toEqual([{ text: 'cn-hangzhou.fc.aliyuncs.com', fragment: true, problems: [] }]);
    expect(found("Principal: { Service: ['fc.aliyuncs.com'] }")).toEqual([]);
    expect(found('acs:ram::1234:role/aliyunfcdefaultrole trusts fc.aliyuncs.com')).toEqual([]);
    expect(found("'.fc.aliyuncs.com.example.net'")).toEqual([]);
  });

  it('diagnoses template literals with run-time values as dynamic hosts', () => {
    const text = `\`https://${DYNAMIC}.${DYNAMIC}-internal.fc.aliyuncs.com/2023-03-30/functions\``;
    const [match] = findEndpoints(text);
    expect(match).toMatchObject({ start: 9, end: 37, fragment: false, diagnosis: { family: 'api-internal', dynamic: true, problems: [] } });
    expect(findEndpoints(`\`${DYNAMIC}.cn-hangzuo.fc.aliyuncs.com\``)[0]?.diagnosis).toMatchObject({
      dynamic: true,
      accountKind: 'dynamic',
      corrected: `${DYNAMIC}.cn-hangzhou.fc.aliyuncs.com`,
    });
  });

  it('ends the host at a run-time value or placeholder glued to the TLD, as at a slash', () => {
    const D = DYNAMIC;
    expect(found(`\`https://${D}.cn-shangai.fc.aliyuncs.com${D}\``)).toEqual([
      { text: `${D}.cn-shangai.fc.aliyuncs.com`, fragment: false, problems: ['misspelled-region'] },
    ]);
    expect(found(`\`https://${D}.cn-hangzhou.fc.aliyuncs.com${D}${D}\``)).toEqual([
      { text: `${D}.cn-hangzhou.fc.aliyuncs.com`, fragment: false, problems: [] },
    ]);
    expect(found(`\`https://${D}.cn-hangzhou.fc.aliyuncs.com/${D}\``)).toEqual([
      { text: `${D}.cn-hangzhou.fc.aliyuncs.com`, fragment: false, problems: [] },
    ]);
    expect(found(`\`https://fn.cn-hangzhou-internal.fcapp.run${D}\``)).toEqual([
      { text: 'fn.cn-hangzhou-internal.fcapp.run', fragment: false, problems: ['internal-on-trigger'] },
    ]);
    expect(found(`\`1234.cn-hangzhou.fc.aliyuncs.con${D}\``)).toEqual([
      { text: '1234.cn-hangzhou.fc.aliyuncs.con', fragment: false, problems: ['wrong-suffix'] },
    ]);
    expect(found('"https://{}.{}.fc.aliyuncs.con{}".format(uid, region, path)')).toEqual([
      { text: '{}.{}.fc.aliyuncs.con', fragment: false, problems: ['wrong-suffix'] },
    ]);
    expect(found('curl "https://$ACCOUNT_ID.cn-hangzou.fc.aliyuncs.com$FC_PATH"')).toEqual([
      { text: '$ACCOUNT_ID.cn-hangzou.fc.aliyuncs.com', fragment: false, problems: ['misspelled-region'] },
    ]);
    expect(found(`'.fc.aliyuncs.com${D}'`)).toEqual([{ text: 'fc.aliyuncs.com', fragment: true, problems: undefined }]);
  });

  it('still reads a dot and a label after the TLD as another domain, and keeps values glued to other labels', () => {
    const D = DYNAMIC;
    expect(found(`\`https://${D}.cn-hangzhou.fc.aliyuncs.com.${D}/x\``)).toEqual([]);
    expect(found(`\`https://fn.cn-hangzhou.fcapp.run.${D}\``)).toEqual([]);
    expect(found(`\`https://${D}.cn-hangzhou.fc.aliyuncs.comx${D}\``)).toEqual([]);
    expect(found(`\`https://${D}.cn-hangzhou.fc.example.com${D}\``)).toEqual([]);
    expect(found(`\`run${D}.cn-hangzhou.fcapp.run\``)).toEqual([{ text: `run${D}.cn-hangzhou.fcapp.run`, fragment: false, problems: [] }]);
    expect(found(`\`com${D}.cn-hangzhou.fc.aliyuncs.com\``)).toEqual([{ text: `com${D}.cn-hangzhou.fc.aliyuncs.com`, fragment: false, problems: [] }]);
  });

  it('rejects suffix spoofs, however many labels come first', () => {
    expect(found('https://1234.cn-hangzhou.fc.aliyuncs.com.example.net/')).toEqual([]);
    expect(found('a . s1.s2.s3.s4.s5.s6.s7.s8.s9.s10.cn-hangzhou.fcapp.run.example.net')).toEqual([]);
    expect(found('s1.s2.s3.s4.s5.s6.s7.s8.s9.s10.s11.s12.s13.cn-hangzhou.fcapp.run')).toEqual([]);
  });

  it('does not let a long word earlier in the text hide a later host', () => {
    expect(found(`${'x'.repeat(80)} . 1234.cn-hangzhou.fc.aliyuncs.com`).map((m) => m.text)).toEqual(['1234.cn-hangzhou.fc.aliyuncs.com']);
    expect(found(`${'a'.repeat(70)}.1234.cn-hangzhou.fc.aliyuncs.com`)).toEqual([]);
  });

  it('reads a sentence boundary, not an account id, before white space', () => {
    expect(found('See the docs. cn-hangzhou.fc.aliyuncs.com is the regional address.')).toEqual([
      { text: 'cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
    expect(found('Set 1234 .cn-hangzhou.fc.aliyuncs.com')).toEqual([
      { text: '1234 .cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: ['whitespace'] },
    ]);
  });

  describe('white space before a dot is inside the host when the label before it is an FC label', () => {
    it.each([
      ['16530750.cn-hangzhou .fc.aliyuncs.com', ['whitespace']],
      ['https://5123894401827365.cn-zhangjiakou .fc.aliyuncs.com', ['whitespace']],
      ['cn-hangzhou .fc.aliyuncs.com', ['whitespace']],
      ['1234.cn-hangzou-internal .fc.aliyuncs.com', ['whitespace', 'misspelled-region']],
      ['1234 . cn-hangzhou.fc.aliyuncs.com', ['whitespace']],
      ['fcv3 .cn-hangzhou.aliyuncs.com', ['whitespace']],
      ['fn.cn-hangzhou .fcapp.run', ['whitespace']],
    ])('flags %j, as checkEndpoint does', (text, problems) => {
      const host = text.replace('https://', '');
      expect(found(text)).toEqual([{ text: host, fragment: false, problems }]);
      expect(kinds(checkEndpoint(text))).toEqual(problems);
    });

    it.each([
      ['the endpoint must end with .fc.aliyuncs.com', [{ text: 'fc.aliyuncs.com', fragment: true, problems: undefined }]],
      ["region + ' .fc.aliyuncs.com'", [{ text: 'fc.aliyuncs.com', fragment: true, problems: undefined }]],
      ['append .cn-hangzhou.fc.aliyuncs.com to the id', [{ text: 'cn-hangzhou.fc.aliyuncs.com', fragment: true, problems: [] }]],
      ['Trigger URLs end with .cn-hangzhou.fcapp.run', []],
      ['fn .cn-hangzhou.fcapp.run', []],
    ])('reads %j as prose around a fragment, not a host with white space', (text, matches) => {
      expect(found(text)).toEqual(matches);
      expect(checkEndpoint(text)).toBeUndefined();
    });
  });

  describe('white space after a dot is a sentence break unless an account id and FC labels surround it', () => {
    it.each([
      ['16530750.cn-hangzhou. fc.aliyuncs.com', ['whitespace']],
      ['16530750. cn-hangzhou.fc.aliyuncs.com', ['whitespace']],
      ['<account-id>. cn-hangzhou.fc.aliyuncs.com', ['whitespace']],
      [`${DYNAMIC}.cn-hangzhou-internal. fc.aliyuncs.com`, ['whitespace']],
      ['16530750.cn-hangzhou.internal. fc.aliyuncs.com', ['whitespace', 'dot-internal']],
      ['16530750.fc. cn-hangzhou.aliyuncs.com', ['whitespace', 'legacy-order']],
      ['16530750. CN-HANGZHOU.FC.ALIYUNCS.COM', ['whitespace']],
      ['16530750.cn-hangzhou.fc.aliyuncs. com', ['whitespace']],
    ])('flags %j, as checkEndpoint does', (text, problems) => {
      expect(found(text)).toEqual([{ text, fragment: false, problems }]);
      expect(kinds(checkEndpoint(text))).toEqual(problems);
    });

    it.each([
      ['Deployed to cn-hangzhou. fc.aliyuncs.com must be trusted by the role', []],
      ['Allow fc.aliyuncs.com. fc.aliyuncs.com is the principal', []],
      ['see: 1. cn-hangzhou.fc.aliyuncs.com', ['cn-hangzhou.fc.aliyuncs.com']],
      ['Steps:\n12. cn-hangzhou.fc.aliyuncs.com', ['cn-hangzhou.fc.aliyuncs.com']],
      ['Set it in your account. cn-hangzhou.fc.aliyuncs.com', ['cn-hangzhou.fc.aliyuncs.com']],
      ['The id is 16530750. Cn-hangzhou.fc.aliyuncs.com is the regional host', ['Cn-hangzhou.fc.aliyuncs.com']],
      ['Use 16530750.cn-hangzhou.fc.aliyuncs.com. cn-beijing.fc.aliyuncs.com is the fallback', ['16530750.cn-hangzhou.fc.aliyuncs.com', 'cn-beijing.fc.aliyuncs.com']],
      ['Call fcv3. cn-hangzhou.aliyuncs.com is OSS-style', []],
    ])('reads %j as sentences, with only whole hosts and no white-space problem', (text, hosts) => {
      expect(found(text)).toEqual(hosts.map((host) => ({ text: host, fragment: false, problems: [] })));
    });

    it('gives checkEndpoint the same reading: a list number is not an account id', () => {
      expect(checkEndpoint('1. cn-hangzhou.fc.aliyuncs.com')).toBeUndefined();
      expect(checkEndpoint('cn-hangzhou. fc.aliyuncs.com')).toBeUndefined();
      expect(checkEndpoint('fcv3. cn-hangzhou.aliyuncs.com')).toBeUndefined();
    });
  });

  it('joins a placeholder to its label only across a hyphen, so HTML tags stay outside hosts', () => {
    expect(found('<account-id>.<region-id>-internal.fc.aliyuncs.com')).toEqual([
      { text: '<account-id>.<region-id>-internal.fc.aliyuncs.com', fragment: false, problems: [] },
    ]);
    expect(checkEndpoint('my-func-<id>.cn-hangzhou.fcapp.run')).toMatchObject({ placeholder: true, problems: [] });
    expect(found('<td>1234.cn-hangzhou.fc.aliyuncs.com</td><br>fn.cn-hangzhou.fcapp.run')).toEqual([
      { text: '1234.cn-hangzhou.fc.aliyuncs.com', fragment: false, problems: [] },
      { text: 'fn.cn-hangzhou.fcapp.run', fragment: false, problems: [] },
    ]);
  });

  it('does not call a suffix with white space inside it a fragment', () => {
    expect(found("'.fc. aliyuncs.com'")).toEqual([]);
    expect(found("'-internal.fc .aliyuncs.com'")).toEqual([]);
  });

  it('finds login names written as account ids', () => {
    expect(found('"host":"wangzishi@30148339.cn-beijing.fc.aliyuncs.com"')).toEqual([
      { text: 'wangzishi@30148339.cn-beijing.fc.aliyuncs.com', fragment: false, problems: ['non-numeric-account'] },
    ]);
  });

  it('returns nothing, and never throws, for text without FC hosts', () => {
    for (const text of ['', 'fc', 'oss-cn-hangzhou.aliyuncs.com', 'see https://help.aliyun.com/zh/fc', '<<<<fc>>>>', '%%%fc%', '\\', 'a.'.repeat(50)]) {
      expect(findEndpoints(text)).toEqual([]);
    }
    expect(findEndpoints(undefined as unknown as string)).toEqual([]);
  });
});

describe('mayContainEndpoint', () => {
  it('is a cheap gate that lets FC-looking text through', () => {
    expect(mayContainEndpoint('1234.cn-hangzhou.FC.aliyuncs.com')).toBe(true);
    expect(mayContainEndpoint('fn.cn-hangzhou.fCapp.run')).toBe(true);
    expect(mayContainEndpoint('oss-cn-hangzhou.aliyuncs.com')).toBe(false);
    expect(mayContainEndpoint('fc')).toBe(false);
  });
});

describe('cases from public bug reports (fc-facts.md §6)', () => {
  it('aliyun/fc-go-sdk#8: an endpoint without the account id is the region-only family', () => {
    expect(parseEndpoint('http://cn-beijing.fc.aliyuncs.com')).toEqual({
      family: 'region-only',
      host: 'cn-beijing.fc.aliyuncs.com',
      region: 'cn-beijing',
      regionStatus: 'active',
      internal: false,
      vpc: false,
      scheme: 'http',
    });
    expect(checkEndpoint('http://cn-beijing.fc.aliyuncs.com')).toMatchObject({ family: 'region-only', accountKind: 'none' });
  });

  it('aliyun/fc-nodejs-sdk#25: the legacy label order is flagged and corrected', () => {
    const diagnosis = checkEndpoint('https://1234567890.fc.ap-southeast-1.aliyuncs.com');
    expect(diagnosis).toMatchObject({ family: 'legacy', corrected: '1234567890.ap-southeast-1.fc.aliyuncs.com' });
    expect(kinds(diagnosis)).toEqual(['legacy-order']);
    expect(parseEndpoint('https://1234567890.fc.ap-southeast-1.aliyuncs.com')).toBeUndefined();
  });

  it('alibaba/funcraft#7: a login name as account id is flagged and does not parse', () => {
    expect(kinds(checkEndpoint('wangzishi@30148339.cn-beijing.fc.aliyuncs.com'))).toEqual(['non-numeric-account']);
    expect(kinds(checkEndpoint('http://wangzishi@30148339.cn-beijing.fc.aliyuncs.com/2016-08-15/services'))).toEqual(['non-numeric-account']);
    expect(parseEndpoint('wangzishi@30148339.cn-beijing.fc.aliyuncs.com')).toBeUndefined();
  });

  it('alibaba/funcraft#60: -internal API hosts parse as internal', () => {
    expect(parseEndpoint('https://1234.cn-hangzhou-internal.fc.aliyuncs.com')).toMatchObject({ family: 'api-internal', internal: true });
    expect(checkEndpoint('apigateway.cn-hangzhou-internal.aliyuncs.com')).toBeUndefined();
  });

  it('certimate-go/certimate#776: the fcv3 host with a path', () => {
    expect(parseEndpoint('https://fcv3.cn-hongkong.aliyuncs.com/2023-03-30/custom-domains/xxx.com')).toMatchObject({
      family: 'openapi-v3',
      region: 'cn-hongkong',
      path: '/2023-03-30/custom-domains/xxx.com',
    });
  });

  it('@alicloud/fc-open20210406: the literal account-id placeholder is a placeholder, not a host', () => {
    expect(checkEndpoint('account-id.cn-hangzhou.fc.aliyuncs.com')).toMatchObject({ accountKind: 'placeholder', placeholder: true, problems: [] });
    expect(parseEndpoint('account-id.cn-hangzhou.fc.aliyuncs.com')).toBeUndefined();
  });

  it('@alicloud/fc20230330 4.8.2: the ap-southeast-5 host with a trailing TAB', () => {
    const written = 'fcv3.ap-southeast-5.aliyuncs.com\t';
    expect(parseEndpoint(written)).toMatchObject({ family: 'openapi-v3', host: 'fcv3.ap-southeast-5.aliyuncs.com', region: 'ap-southeast-5' });
    expect(checkEndpoint(written)?.problems).toEqual([]);
    const text = `'ap-southeast-5': '${written}',`;
    expect(findEndpoints(text).map((m) => text.slice(m.start, m.end))).toEqual(['fcv3.ap-southeast-5.aliyuncs.com']);
  });

  it('dyc87112/OpenAIProxy#2 and devsapp/fc#157: the API host and the 2016-08-15 system URL parse; the devsapp domain is not FC', () => {
    expect(parseEndpoint('http://1226433344098179.us-west-1.fc.aliyuncs.com/2016-08-15/services')).toMatchObject({
      accountId: '1226433344098179',
      region: 'us-west-1',
      scheme: 'http',
      path: '/2016-08-15/services',
    });
    expect(parseEndpoint('https://1234.cn-hangzhou.fc.aliyuncs.com/2016-08-15/proxy/svc/fn/')).toMatchObject({ path: '/2016-08-15/proxy/svc/fn/' });
    expect(findEndpoints('openai-proxy.openai-proxy.1226433344098179.us-west-1.fc.devsapp.net')).toEqual([]);
  });

  it('aliyun/aliyun-cli#682: the Darabonba regional host fc.<region>.aliyuncs.com is not an FC API host family', () => {
    expect(checkEndpoint('http://fc.cn-hangzhou.aliyuncs.com')).toBeUndefined();
  });
});

// Growth ratios of CPU time, not wall time, are asserted; the generous timeout only keeps a loaded CI machine from cutting
// a run short. From 20 KB to 200 KB linear code grows ~10x and quadratic code ~100x: quadratic in characters is
// >= 2 * 10^10 steps at 200 KB, and quadratic in hosts or labels (thousands of them here) grows ~100x as well. With a
// linear part a and a quadratic part b at 20 KB the growth is (10a + 100b) / (a + b), over the limit once b > ~40 % of a.
// FC_ATLAS_LINEAR_KB=1000 runs the same checks at 100 KB -> 1 MB (`pnpm robustness` does).
// `retry`: a ratio taken during a burst of load from other processes gets one more measurement; a quadratic scan fails both.
describe('findEndpoints runs in linear time', { timeout: 120_000, retry: 1 }, () => {
  const large = Number(process.env['FC_ATLAS_LINEAR_KB'] ?? 200) * 1000;
  const small = large / 10;
  const label = (size: number) => (size >= 1_000_000 ? `${size / 1_000_000} MB` : `${size / 1000} KB`);
  const maxGrowth = 35;
  /** Below this a time is the clock's resolution, not the scan's cost. */
  const noiseFloorMs = 0.1;

  /**
   * Least CPU ms of findEndpoints(text) over at least 3 calls and until 10 ms add up: the least, as process CPU time also
   * counts GC and JIT work on V8's helper threads, which only ever add to a call. Stops early once two calls both took
   * over `ceiling`: a quadratic scan fails after two slow calls, and one call slowed by a major GC decides nothing.
   */
  function cpuMillis(text: string, ceiling = Number.POSITIVE_INFINITY): number {
    let least = Number.POSITIVE_INFINITY;
    let total = 0;
    for (let calls = 0; calls < 3 || total < 10; calls++) {
      const before = process.cpuUsage();
      findEndpoints(text);
      const used = process.cpuUsage(before);
      const ms = (used.user + used.system) / 1000;
      least = Math.min(least, ms);
      total += ms;
      if (calls > 0 && least > ceiling) break;
    }
    return least;
  }

  const adversarial: Record<string, (size: number) => string> = {
    'repeated region fragments': (n) => 'cn-hangzhou.fc.'.repeat(n / 15),
    'many dots': (n) => '.'.repeat(n - 2) + 'fc',
    'a.a.a.a': (n) => 'fc.' + 'a.'.repeat(n / 2),
    'spaced labels': (n) => 'fc . '.repeat(n / 5),
    'many spaces around dots': (n) => `fc${' '.repeat(n / 4)}.${' '.repeat(n / 4)}aliyuncs .  . `.repeat(2),
    'long label without a dot': (n) => `fc${'a'.repeat(n)}`,
    'long near-miss labels': (n) => `fc.${'cn-hangzhuo'.repeat(10)}.`.repeat(n / 114),
    'unclosed schemes': (n) => 'https://fc'.repeat(n / 10),
    'joined hosts': (n) => '1.cn-hangzhou.fc.aliyuncs.com.'.repeat(n / 30),
    'spaced suffixes': (n) => 'fc. aliyuncs .com . '.repeat(n / 20),
    'trigger after many labels': (n) => `${'x . '.repeat(n / 4)}cn-hangzhou.fcapp.run`,
    'unclosed placeholders': (n) => '<account-id'.repeat(n / 11) + 'fc',
    'percent escapes': (n) => '%2F%s.'.repeat(n / 6) + 'fc',
    'unclosed format verbs': (n) => '%(account'.repeat(n / 9) + 'fc',
    'account ids before sentence breaks': (n) => '16530750. '.repeat(n / 10) + 'fc',
    'spaced hosts with an account id': (n) => '1234.cn-hangzhuo. fc. aliyuncs. '.repeat(n / 32),
    'white space before fragments': (n) => '1234.cn-hangzhou .fc.aliyuncs.com '.repeat(n / 34),
    'values glued to TLDs': (n) => `aliyuncs.com${DYNAMIC}.fcapp.run{x}.`.repeat(n / 27),
    // Thousands of matches: per-match work that grows with the text or the matches before it shows here once it costs
    // about as much as scanning a host (~10 us); a cheaper quadratic step (a native `split` of the text before each
    // match, a `some` over earlier matches) only shows at `pnpm robustness`'s 1 MB size, or not at all.
    'many real hosts, side by side': (n) => '16530750.cn-hangzhou.fc.aliyuncs.com '.repeat(n / 37),
    'many misspelled hosts, side by side': (n) => 'https://1234.cn-shangai.fc.aliyuncs.con/x '.repeat(n / 42),
  };

  it.each(Object.keys(adversarial))(`%s: ${label(large)} costs about ten times ${label(small)}, not a hundred`, (name) => {
    const make = adversarial[name]!;
    const smallMs = Math.max(cpuMillis(make(small)), noiseFloorMs);
    const ratio = cpuMillis(make(large), 2 * maxGrowth * smallMs) / smallMs;
    expect(ratio).toBeLessThan(maxGrowth);
  });

  it('finds every one of many hosts in a long text', () => {
    const text = '1234.cn-hangzhou.fc.aliyuncs.com '.repeat(30_000);
    expect(findEndpoints(text)).toHaveLength(30_000);
  });
});

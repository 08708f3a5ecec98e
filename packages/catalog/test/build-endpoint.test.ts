import { describe, expect, it } from 'vitest';
import {
  FcEndpointError,
  activeRegionIds,
  fcEndpoint,
  fcEndpointUrl,
  fcv3Endpoint,
  getRegion,
  parseEndpoint,
  regions,
  type FcEndpointErrorCode,
} from '../src/index.js';

/** The error `build` throws; fails the test when it throws something else or nothing. */
function thrown(build: () => unknown): FcEndpointError {
  try {
    build();
  } catch (error) {
    expect(error).toBeInstanceOf(FcEndpointError);
    return error as FcEndpointError;
  }
  throw new Error('expected an FcEndpointError');
}

describe('fcEndpoint', () => {
  it('builds the documented API host', () => {
    expect(fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' })).toBe('16530750.cn-shanghai.fc.aliyuncs.com');
    expect(fcEndpoint({ accountId: '16530750', region: 'cn-shanghai', internal: true })).toBe('16530750.cn-shanghai-internal.fc.aliyuncs.com');
    expect(fcEndpoint({ accountId: '16530750', region: 'cn-shanghai', internal: false })).toBe('16530750.cn-shanghai.fc.aliyuncs.com');
  });

  it('builds a host for every active region that parses back to the same parts', () => {
    for (const region of activeRegionIds) {
      for (const internal of [false, true]) {
        const host = fcEndpoint({ accountId: '1986114123454305', region, internal });
        expect(parseEndpoint(host)).toMatchObject({ accountId: '1986114123454305', region, internal, regionStatus: 'active' });
      }
    }
  });

  it('trims and lower-cases its input, and keeps the account id a string', () => {
    expect(fcEndpoint({ accountId: ' 01986114123454305987\n', region: '  CN-Hangzhou\t' })).toBe('01986114123454305987.cn-hangzhou.fc.aliyuncs.com');
  });

  it('accepts unlisted industry-cloud regions only when asked to', () => {
    expect(fcEndpoint({ accountId: '1234', region: 'cn-shanghai-finance-1', allowUnlistedRegion: true })).toBe('1234.cn-shanghai-finance-1.fc.aliyuncs.com');
    const error = thrown(() => fcEndpoint({ accountId: '1234', region: 'cn-shanghai-finance-1' }));
    expect(error).toMatchObject({ code: 'unknown-region', value: 'cn-shanghai-finance-1' });
    expect(error.message).toContain('allowUnlistedRegion');
  });

  // [what is wrong, options, code, suggestion, text the message must contain]
  const bad: [string, unknown, FcEndpointErrorCode, string | undefined, string][] = [
    ['no account id', { region: 'cn-hangzhou' }, 'missing-account-id', undefined, 'accountId is required'],
    ['an empty account id', { accountId: '', region: 'cn-hangzhou' }, 'missing-account-id', undefined, 'accountId is required'],
    ['a blank account id', { accountId: '   ', region: 'cn-hangzhou' }, 'missing-account-id', undefined, 'accountId is required'],
    ['a number as account id', { accountId: 16530750, region: 'cn-hangzhou' }, 'invalid-account-id', '16530750', 'pass "16530750"'],
    ['an unsafe number as account id', { accountId: Number('1986114123454305987'), region: 'cn-hangzhou' }, 'invalid-account-id', undefined, '2^53'],
    ['a bigint as account id', { accountId: 1986114123454305987n, region: 'cn-hangzhou' }, 'invalid-account-id', '1986114123454305987', '"1986114123454305987"'],
    ['a login name as account id', { accountId: 'wangzishi@30148339', region: 'cn-beijing' }, 'invalid-account-id', undefined, 'login name'],
    ['an e-mail address as account id', { accountId: 'dev@example.com', region: 'cn-beijing' }, 'invalid-account-id', undefined, 'login name'],
    ['a word as account id', { accountId: 'myaliyun', region: 'cn-beijing' }, 'invalid-account-id', undefined, '"myaliyun" is not numeric'],
    ['a region as account id', { accountId: 'cn-hangzhou', region: '16530750' }, 'invalid-account-id', undefined, 'swapped'],
    ['an endpoint as account id', { accountId: 'https://16530750.cn-hangzhou.fc.aliyuncs.com', region: 'cn-hangzhou' }, 'invalid-account-id', '16530750', 'whole endpoint'],
    ['a placeholder account id', { accountId: '<account-id>', region: 'cn-hangzhou' }, 'placeholder-account-id', undefined, 'placeholder'],
    ['the SDK placeholder account-id', { accountId: 'account-id', region: 'cn-hangzhou' }, 'placeholder-account-id', undefined, 'placeholder'],
    ['a template placeholder', { accountId: '${ACCOUNT_ID}', region: 'cn-hangzhou' }, 'placeholder-account-id', undefined, 'placeholder'],
    ['x placeholders', { accountId: 'xxxxxxxx', region: 'cn-hangzhou' }, 'placeholder-account-id', undefined, 'placeholder'],
    ['a masked account id', { accountId: '1986114****4305', region: 'cn-hangzhou' }, 'placeholder-account-id', undefined, 'placeholder'],
    ['an object as account id', { accountId: Object.create(null), region: 'cn-hangzhou' }, 'invalid-account-id', undefined, 'an object'],
    ['no region', { accountId: '1234' }, 'missing-region', undefined, 'region is required'],
    ['a blank region', { accountId: '1234', region: ' \t' }, 'missing-region', undefined, 'region is required'],
    ['a misspelled region', { accountId: '1234', region: 'cn-hangzuo' }, 'unknown-region', 'cn-hangzhou', 'did you mean "cn-hangzhou"'],
    ['a zone id as region', { accountId: '1234', region: 'cn-hangzhou-h' }, 'unknown-region', 'cn-hangzhou', 'did you mean "cn-hangzhou"'],
    ['an unknown region', { accountId: '1234', region: 'mars-north-1' }, 'unknown-region', undefined, 'cn-hangzhou, cn-shanghai'],
    ['an unconfirmed region', { accountId: '1234', region: 'cn-guangzhou' }, 'unknown-region', undefined, 'SDK endpoint maps'],
    ['an unconfirmed region near a real one', { accountId: '1234', region: 'me-east-1' }, 'unknown-region', undefined, 'allowUnlistedRegion'],
    ['the network in the region', { accountId: '1234', region: 'cn-hangzhou-internal' }, 'unknown-region', 'cn-hangzhou', 'internal: true'],
    ['a retired region', { accountId: '1234', region: 'ap-southeast-2' }, 'retired-region', undefined, '2024-09-30'],
    ['a retired region in upper case', { accountId: '1234', region: 'AP-SOUTH-1' }, 'retired-region', undefined, '2024-07-15'],
    ['a retired region with its network', { accountId: '1234', region: 'ap-south-1-internal' }, 'retired-region', undefined, 'retired on 2024-07-15'],
    ['a region without its dash', { accountId: '1234', region: 'cnhangzhou' }, 'unknown-region', 'cn-hangzhou', 'did you mean "cn-hangzhou"'],
    ['an account id as region', { accountId: '1234', region: '16530750' }, 'account-id-as-region', undefined, 'accountId'],
    ['an endpoint as region', { accountId: '1234', region: '16530750.cn-hangzhou.fc.aliyuncs.com' }, 'endpoint-as-region', 'cn-hangzhou', '("cn-hangzhou")'],
    ['a URL as region', { accountId: '1234', region: 'https://fcv3.cn-hongkong.aliyuncs.com' }, 'endpoint-as-region', 'cn-hongkong', '("cn-hongkong")'],
    ['an internal endpoint as region', { accountId: '1234', region: '1.cn-hangzhou-internal.fc.aliyuncs.com' }, 'endpoint-as-region', 'cn-hangzhou', 'internal: true'],
    ['a misspelled endpoint as region', { accountId: '1234', region: '1.cn-hangzuo.fc.aliyuncs.com' }, 'endpoint-as-region', 'cn-hangzhou', '("cn-hangzhou")'],
    ['a retired endpoint as region', { accountId: '1234', region: '1.ap-south-1.fc.aliyuncs.com' }, 'endpoint-as-region', undefined, 'retired on 2024-07-15'],
    ['another product as region', { accountId: '1234', region: 'oss-cn-hangzhou.aliyuncs.com' }, 'endpoint-as-region', undefined, 'whole endpoint'],
    ['an object as region', { accountId: '1234', region: Object.create(null) }, 'unknown-region', undefined, 'an object'],
    ['a non-boolean internal', { accountId: '1234', region: 'cn-hangzhou', internal: 'yes' }, 'invalid-option', undefined, '"yes"'],
    ['no options', undefined, 'invalid-option', undefined, 'needs options'],
    ['null options', null, 'invalid-option', undefined, 'needs options'],
  ];

  it.each(bad)('throws FcEndpointError for %s', (_, options, code, suggestion, text) => {
    const error = thrown(() => fcEndpoint(options as Parameters<typeof fcEndpoint>[0]));
    expect(error.code).toBe(code);
    expect(error.suggestion).toBe(suggestion);
    expect(error.message).toContain(text);
    expect(error.name).toBe('FcEndpointError');
    expect(error).toBeInstanceOf(Error);
  });

  it('names the bad value as given in the error', () => {
    const error = thrown(() => fcEndpoint({ accountId: '1234', region: ' CN-Hangzuo ' }));
    expect(error.value).toBe(' CN-Hangzuo ');
    expect(error.message).toContain('" CN-Hangzuo "');
  });

  it('lists the active alternatives for a retired region', () => {
    const error = thrown(() => fcEndpoint({ accountId: '1234', region: 'ap-southeast-2' }));
    expect(error.message).toContain(getRegion('ap-southeast-2')!.retiredOn);
    for (const id of activeRegionIds) expect(error.message).toContain(id);
  });

  it('never throws anything but FcEndpointError for odd values', () => {
    const odd: unknown[] = [Symbol('x'), () => 1, [1, 2], { toString: () => { throw new Error('no'); } }, Object.create(null), 1.5, -1, Number.NaN, 'true'];
    for (const value of odd) {
      thrown(() => fcEndpoint({ accountId: value, region: 'cn-hangzhou' } as never));
      thrown(() => fcEndpoint({ accountId: '1234', region: value } as never));
      thrown(() => fcEndpoint({ accountId: '1234', region: 'cn-hangzhou', internal: value } as never));
    }
  });
});

describe('fcEndpointUrl', () => {
  it('uses https by default and has no trailing slash', () => {
    expect(fcEndpointUrl({ accountId: '16530750', region: 'cn-shanghai' })).toBe('https://16530750.cn-shanghai.fc.aliyuncs.com');
  });

  it('takes http when asked, in any case', () => {
    expect(fcEndpointUrl({ accountId: '1', region: 'cn-shanghai', protocol: 'http' })).toBe('http://1.cn-shanghai.fc.aliyuncs.com');
    expect(fcEndpointUrl({ accountId: '1', region: 'cn-shanghai', protocol: ' HTTPS ' as 'https' })).toBe('https://1.cn-shanghai.fc.aliyuncs.com');
  });

  it('builds the internal URL', () => {
    expect(fcEndpointUrl({ accountId: '1', region: 'cn-shanghai', internal: true })).toBe('https://1.cn-shanghai-internal.fc.aliyuncs.com');
  });

  it('rejects other protocols and bad options with FcEndpointError', () => {
    expect(thrown(() => fcEndpointUrl({ accountId: '1', region: 'cn-shanghai', protocol: 'ftp' as 'https' }))).toMatchObject({
      code: 'invalid-option',
      value: 'ftp',
    });
    expect(thrown(() => fcEndpointUrl(null as never)).code).toBe('invalid-option');
    expect(thrown(() => fcEndpointUrl({ accountId: '1', region: 'cn-shanghai', protocol: 443 as never })).code).toBe('invalid-option');
    expect(thrown(() => fcEndpointUrl({ accountId: 'x', region: 'cn-shanghai' })).code).toBe('invalid-account-id');
  });
});

describe('fcv3Endpoint', () => {
  it('builds the FC 3.0 OpenAPI host for every region that has one', () => {
    expect(fcv3Endpoint({ region: 'cn-hangzhou' })).toBe('fcv3.cn-hangzhou.aliyuncs.com');
    for (const region of regions.filter((r) => r.status === 'active' && r.fcv3Host)) {
      expect(parseEndpoint(fcv3Endpoint({ region: region.id.toUpperCase() }))).toMatchObject({ family: 'openapi-v3', region: region.id });
    }
  });

  it('refuses regions without an fcv3 host, pointing at fcEndpoint', () => {
    const error = thrown(() => fcv3Endpoint({ region: 'me-central-1' }));
    expect(error.code).toBe('unknown-region');
    expect(error.message).toContain('fcEndpoint');
  });

  it('reports bad regions like fcEndpoint does', () => {
    expect(thrown(() => fcv3Endpoint({ region: 'cn-hongkng' }))).toMatchObject({ code: 'unknown-region', suggestion: 'cn-hongkong' });
    expect(thrown(() => fcv3Endpoint({ region: 'ap-south-1' })).code).toBe('retired-region');
    expect(thrown(() => fcv3Endpoint({ region: 'fcv3.cn-hongkong.aliyuncs.com' }))).toMatchObject({ code: 'endpoint-as-region', suggestion: 'cn-hongkong' });
    expect(thrown(() => fcv3Endpoint({} as never)).code).toBe('missing-region');
    const unlisted = thrown(() => fcv3Endpoint({ region: 'cn-hangzhou-finance' }));
    expect(unlisted.code).toBe('unknown-region');
    expect(unlisted.message).toContain('allowUnlistedRegion: true');
    expect(thrown(() => fcv3Endpoint(undefined as never)).code).toBe('invalid-option');
  });
});

import { classifyAccount } from './account.js';
import { activeRegionIds, retiredRegionDates, unlistedRegionIds, type RetiredRegionId } from './generated/regions.js';
import { getRegion } from './lookup.js';
import { show } from './show.js';
import { nearest } from './suggest.js';

export type FcEndpointErrorCode =
  | 'missing-account-id'
  | 'invalid-account-id'
  | 'placeholder-account-id'
  | 'missing-region'
  | 'unknown-region'
  | 'retired-region'
  | 'endpoint-as-region'
  | 'account-id-as-region'
  | 'invalid-option';

/** Thrown by the endpoint builders for bad input; the message names the bad value and the fix. */
export class FcEndpointError extends Error {
  override readonly name = 'FcEndpointError';
  // `declare`: assigned in the constructor, and `suggestion` stays absent (not `undefined`) when there is none.
  declare readonly code: FcEndpointErrorCode;
  /** The offending input, as given. */
  declare readonly value: unknown;
  /** The value to use instead, when one is known (e.g. the nearest region). */
  declare readonly suggestion?: string;

  constructor(code: FcEndpointErrorCode, message: string, value: unknown, suggestion?: string) {
    super(message);
    this.code = code;
    this.value = value;
    if (suggestion !== undefined) this.suggestion = suggestion;
  }
}

export interface FcEndpointOptions {
  /** Numeric Alibaba Cloud account id (a string: ids exceed 2^53). */
  readonly accountId: string;
  /** Region id, e.g. `cn-shanghai`. */
  readonly region: string;
  /** The `-internal` host, reachable from inside Alibaba Cloud in the same region. */
  readonly internal?: boolean;
  /** Accept industry-cloud region ids seen only in SDK endpoint maps (e.g. `cn-shanghai-finance-1`). */
  readonly allowUnlistedRegion?: boolean;
}

export interface FcEndpointUrlOptions extends FcEndpointOptions {
  /** Default `https`. The old Node SDK defaulted to plain `http`; do not. */
  readonly protocol?: 'https' | 'http';
}

const valid = () => `valid regions: ${activeRegionIds.join(', ')}`;
const useNumericId = `; use your main account's numeric id (https://account.console.aliyun.com/#/secure)`;

// Plain id lists, not the region table: the builder's bundle stays small.
const isActive = (id: string) => (activeRegionIds as readonly string[]).includes(id);
const retiredOn = (id: string): string | undefined => (Object.hasOwn(retiredRegionDates, id) ? retiredRegionDates[id as RetiredRegionId] : undefined);
const isUnlisted = (id: string) => (unlistedRegionIds as readonly string[]).includes(id);
const isEndpoint = (id: string) => /[./:]/.test(id);

/** The labels of a pasted host or URL: `https://1.cn-hangzhou-internal.fc.aliyuncs.com/x` gives `1`, `cn-hangzhou-internal`, `fc`, … */
const hostLabels = (text: string) => text.replace(/^[a-z]+:\/\//, '').split('/')[0]!.split(/[.:]/);

/**
 * The region that labels stand for: the first listed one, or else the active region nearest to a label, and whether the
 * label carries the `-internal` or `-vpc` network. A cheap look at the labels: the full scanner (`checkEndpoint`)
 * stays out of the builder's bundle.
 */
function regionIn(labels: readonly string[]): { id: string; retiredOn?: string; network: boolean } | undefined {
  for (const label of labels) {
    const id = label.replace(/-(?:internal|vpc)$/, '');
    const retired = retiredOn(id);
    const near = isActive(id) || retired ? id : nearest(id, activeRegionIds);
    if (near) return { id: near, retiredOn: retired, network: id !== label };
  }
  return undefined;
}

/**
 * The option `name` trimmed and lower-cased. Throws `missing-region` or `missing-account-id` (with what to pass) for no
 * value, and `unknown-region` or `invalid-account-id` for a value that is not a string.
 */
function given(name: 'accountId' | 'region', value: unknown): string {
  const region = name === 'region';
  const text = typeof value === 'string' ? value.trim().toLowerCase() : value;
  if (text === undefined || text === null || text === '') {
    throw new FcEndpointError(region ? 'missing-region' : 'missing-account-id', `${name} is required${region ? `; ${valid()}` : useNumericId}`, value);
  }
  if (typeof text !== 'string') {
    throw new FcEndpointError(region ? 'unknown-region' : 'invalid-account-id', `${name} must be a string, got ${show(value)}`, value);
  }
  return text;
}

/** Makes the errors for option `name`'s bad `value`: each message names the value, then says what is wrong. */
const errorsFor = (name: string, value: unknown) => (code: FcEndpointErrorCode, message: string, suggestion?: string) =>
  new FcEndpointError(code, `${name} ${show(value)} ${message}`, value, suggestion);

function normaliseAccountId(value: unknown): string {
  const fail = errorsFor('accountId', value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const digits = (typeof value === 'bigint' || Number.isSafeInteger(value)) && value >= 0 ? String(value) : undefined;
    throw fail('invalid-account-id', `must be a string (ids exceed 2^53)${digits ? `: pass "${digits}"` : ''}`, digits);
  }
  const id = given('accountId', value);
  const kind = classifyAccount(id);
  if (kind === 'numeric') return id;
  if (kind === 'placeholder' || kind === 'masked') throw fail('placeholder-account-id', `is a placeholder${useNumericId}`);
  if (id.includes('@')) throw fail('invalid-account-id', `is a login name${useNumericId}`);
  if (isEndpoint(id)) {
    const account = /^\d+$/.exec(hostLabels(id)[0]!)?.[0];
    throw fail('invalid-account-id', `is a whole endpoint; pass only the account id${account ? ` ("${account}")` : ''}`, account);
  }
  if (isActive(id) || retiredOn(id) || isUnlisted(id)) throw fail('invalid-account-id', 'is a region id; were accountId and region swapped?');
  throw fail('invalid-account-id', `is not numeric${useNumericId}`);
}

/** The region option as an active region id, or an unlisted one when allowed (only `fcEndpoint` builds hosts for those). */
function normaliseRegion(value: unknown, allowUnlisted: boolean): string {
  const fail = errorsFor('region', value);
  const id = given('region', value);
  if (isActive(id) || (allowUnlisted && isUnlisted(id))) return id;
  if (isUnlisted(id)) throw fail('unknown-region', 'is only in SDK endpoint maps; pass allowUnlistedRegion: true to use it');
  if (/^\d+$/.test(id)) throw fail('account-id-as-region', 'looks like an account id; pass it as accountId');
  // A retired or misspelled region, a listed one plus its network (`cn-hangzhou-internal`), or a whole endpoint.
  const endpoint = isEndpoint(id);
  const named = regionIn(endpoint ? hostLabels(id) : [id]);
  if (named?.retiredOn) {
    const which = named.id === id ? 'was' : `names "${named.id}", which was`;
    throw fail(endpoint ? 'endpoint-as-region' : 'retired-region', `${endpoint ? 'is a whole endpoint and ' : ''}${which} retired on ${named.retiredOn}; ${valid()}`);
  }
  if (endpoint || named?.network) {
    const fix = named ? ` ("${named.id}")${named.network ? ' and internal: true' : ''}` : ', e.g. "cn-hangzhou"';
    const what = endpoint ? 'is a whole endpoint' : 'includes the network';
    throw fail(endpoint ? 'endpoint-as-region' : 'unknown-region', `${what}; pass only the region id${fix}`, named?.id);
  }
  // The wording the playground shows: `unknown region "cn-shangai"; did you mean "cn-shanghai"?`.
  throw new FcEndpointError('unknown-region', `unknown region ${show(value)}; ${named ? `did you mean "${named.id}"?` : valid()}`, value, named?.id);
}

/**
 * The FC API host for an account and region: `fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' })` is
 * `'16530750.cn-shanghai.fc.aliyuncs.com'`. Input is trimmed and lower-cased; bad input throws `FcEndpointError`.
 */
export function fcEndpoint(options: FcEndpointOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new FcEndpointError('invalid-option', `fcEndpoint needs options { accountId, region }, got ${show(options)}`, options);
  }
  const accountId = normaliseAccountId(options.accountId);
  const region = normaliseRegion(options.region, options.allowUnlistedRegion === true);
  if (options.internal !== undefined && typeof options.internal !== 'boolean') {
    throw new FcEndpointError('invalid-option', `internal must be true or false, got ${show(options.internal)}`, options.internal);
  }
  return `${accountId}.${region}${options.internal ? '-internal' : ''}.fc.aliyuncs.com`;
}

/** The same host as a URL with no trailing slash, `https` by default: `https://16530750.cn-shanghai.fc.aliyuncs.com`. */
export function fcEndpointUrl(options: FcEndpointUrlOptions): string {
  const given: unknown = typeof options === 'object' && options !== null ? options.protocol : undefined;
  const protocol = typeof given === 'string' ? given.trim().toLowerCase() : (given ?? 'https');
  if (protocol !== 'https' && protocol !== 'http') {
    throw new FcEndpointError('invalid-option', `protocol must be "https" or "http", got ${show(given)}`, given);
  }
  return `${protocol}://${fcEndpoint(options)}`;
}

/** The FC 3.0 OpenAPI host (no account id): `fcv3Endpoint({ region: 'cn-hangzhou' })` is `'fcv3.cn-hangzhou.aliyuncs.com'`. */
export function fcv3Endpoint(options: { readonly region: string }): string {
  if (typeof options !== 'object' || options === null) {
    throw new FcEndpointError('invalid-option', `fcv3Endpoint needs options { region }, got ${show(options)}`, options);
  }
  const region = normaliseRegion(options.region, false);
  if (!getRegion(region)?.fcv3Host) {
    throw new FcEndpointError('unknown-region', `region "${region}" has no fcv3 host; use fcEndpoint({ accountId, region }) instead`, options.region);
  }
  return `fcv3.${region}.aliyuncs.com`;
}

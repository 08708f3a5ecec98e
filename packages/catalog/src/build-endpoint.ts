import { classifyAccount } from './account.js';
import { activeRegionIds, getRegion, getUnlistedRegion, nearestRegion } from './lookup.js';
import { show } from './show.js';

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
  readonly code: FcEndpointErrorCode;
  /** The offending input, as given. */
  readonly value: unknown;
  /** The value to use instead, when one is known (e.g. the nearest region). */
  readonly suggestion?: string;

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

const docs = 'see https://help.aliyun.com/document_detail/52984.html';
const accountPage = 'https://account.console.aliyun.com/#/secure';

/** True for input that holds a host or URL rather than a bare id; the full scanner (`checkEndpoint`) stays out of the builder. */
const looksLikeEndpoint = (id: string) => /[./:]/.test(id);

/** The labels of a pasted host or URL: `https://1.cn-hangzhou-internal.fc.aliyuncs.com/x` gives `1`, `cn-hangzhou-internal`, `fc`, … */
const hostLabels = (text: string) => text.replace(/^[a-z]+:\/\//, '').split('/')[0]!.split(/[.:]/);

/** What a pasted endpoint says about its region: the active region it names (or the nearest one), and its network. */
function regionInEndpoint(text: string): { suggestion?: string; internal: boolean; retired?: string } {
  for (const label of hostLabels(text)) {
    const network = /-(?:internal|vpc)$/.exec(label);
    const id = network ? label.slice(0, network.index) : label;
    const region = getRegion(id);
    if (region?.status === 'retired') return { internal: false, retired: `; its region "${id}" was retired on ${region.retiredOn}` };
    const suggestion = region ? id : id.includes('-') ? nearestRegion(id) : undefined;
    if (suggestion) return { suggestion, internal: network !== null };
  }
  return { internal: false };
}

function normaliseAccountId(value: unknown): string {
  const missing = `accountId is required: the numeric Alibaba Cloud account id, e.g. "16530750" (${accountPage})`;
  if (value === undefined || value === null) throw new FcEndpointError('missing-account-id', missing, value);
  if (typeof value === 'number' || typeof value === 'bigint') {
    const digits = String(value);
    const exact = typeof value === 'bigint' || Number.isSafeInteger(value);
    throw new FcEndpointError(
      'invalid-account-id',
      `accountId must be a string, got the number ${digits}: account ids exceed 2^53 and lose digits as numbers; pass ${
        exact && value >= 0 ? `"${digits}"` : 'the id as a string'
      }`,
      value,
      exact && value >= 0 ? digits : undefined,
    );
  }
  if (typeof value !== 'string') throw new FcEndpointError('invalid-account-id', `accountId must be a string of digits, got ${show(value)}`, value);
  const id = value.trim().toLowerCase();
  if (id === '') throw new FcEndpointError('missing-account-id', missing, value);
  const kind = classifyAccount(id);
  if (kind === 'numeric') return id;
  if (kind === 'placeholder' || kind === 'masked') {
    throw new FcEndpointError('placeholder-account-id', `accountId ${show(value)} is a placeholder; use your numeric account id (${accountPage})`, value);
  }
  if (looksLikeEndpoint(id) && !id.includes('@')) {
    const account = /^\d+$/.exec(hostLabels(id)[0]!)?.[0];
    throw new FcEndpointError(
      'invalid-account-id',
      `accountId ${show(value)} is a whole endpoint; pass only the numeric account id${account ? ` ("${account}")` : ''}`,
      value,
      account,
    );
  }
  if (getRegion(id) || getUnlistedRegion(id)) {
    throw new FcEndpointError('invalid-account-id', `accountId ${show(value)} is a region id; were accountId and region swapped?`, value);
  }
  const why = id.includes('@') ? 'looks like a login name' : 'is not numeric';
  throw new FcEndpointError(
    'invalid-account-id',
    `accountId ${show(value)} ${why}; FC hosts need the numeric id of the main account, not a login name or RAM user id (${accountPage})`,
    value,
  );
}

function normaliseRegion(value: unknown, allowUnlisted: boolean): string {
  const missing = `region is required, e.g. "cn-shanghai"; valid regions: ${activeRegionIds.join(', ')}`;
  if (value === undefined || value === null) throw new FcEndpointError('missing-region', missing, value);
  if (typeof value !== 'string') throw new FcEndpointError('unknown-region', `region must be a string such as "cn-shanghai", got ${show(value)}`, value);
  const id = value.trim().toLowerCase();
  if (id === '') throw new FcEndpointError('missing-region', missing, value);
  const region = getRegion(id);
  if (region?.status === 'active') return id;
  if (region) {
    throw new FcEndpointError(
      'retired-region',
      `region ${show(value)} was retired on ${region.retiredOn}; choose an active region: ${activeRegionIds.join(', ')}`,
      value,
    );
  }
  if (getUnlistedRegion(id)) {
    if (allowUnlisted) return id;
    throw new FcEndpointError(
      'unknown-region',
      `region ${show(value)} is seen only in SDK endpoint maps, not in the FC endpoint table; pass allowUnlistedRegion: true to use it (${docs})`,
      value,
    );
  }
  if (/^\d+$/.test(id)) {
    throw new FcEndpointError('account-id-as-region', `region ${show(value)} looks like an account id; pass it as accountId and a region such as "cn-shanghai"`, value);
  }
  if (looksLikeEndpoint(id)) {
    const { suggestion, internal, retired = '' } = regionInEndpoint(id);
    const fix = suggestion ? ` ("${suggestion}")${internal ? ' and internal: true' : ''}` : ', e.g. "cn-hangzhou"';
    throw new FcEndpointError(
      'endpoint-as-region',
      `region ${show(value)} is a whole endpoint; pass only the region id${fix}${retired} (parseEndpoint and checkEndpoint read endpoints)`,
      value,
      suggestion,
    );
  }
  const network = /-(?:internal|vpc)$/.exec(id);
  if (network) {
    const base = id.slice(0, network.index);
    const suggestion = getRegion(base)?.status === 'active' ? base : nearestRegion(base);
    if (suggestion) {
      throw new FcEndpointError(
        'unknown-region',
        `region ${show(value)} includes the network; pass region: "${suggestion}" and internal: true`,
        value,
        suggestion,
      );
    }
  }
  const near = nearestRegion(id);
  throw new FcEndpointError(
    'unknown-region',
    near ? `unknown region ${show(value)}; did you mean "${near}"?` : `unknown region ${show(value)}; valid regions: ${activeRegionIds.join(', ')} (${docs})`,
    value,
    near,
  );
}

/**
 * The FC API host for an account and region: `fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' })` is
 * `'16530750.cn-shanghai.fc.aliyuncs.com'`. Input is trimmed and lower-cased; bad input throws `FcEndpointError`.
 */
export function fcEndpoint(options: FcEndpointOptions): string {
  if (typeof options !== 'object' || options === null) {
    throw new FcEndpointError('invalid-option', `fcEndpoint needs an options object { accountId, region, internal? }, got ${show(options)}`, options);
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
    throw new FcEndpointError('invalid-option', `fcv3Endpoint needs an options object { region }, got ${show(options)}`, options);
  }
  const written: unknown = options.region;
  if (typeof written === 'string' && getUnlistedRegion(written.trim().toLowerCase())) {
    throw new FcEndpointError(
      'unknown-region',
      `region ${show(written)} is seen only in SDK endpoint maps and has no fcv3 host; use fcEndpoint({ accountId, region, allowUnlistedRegion: true })`,
      written,
    );
  }
  const region = normaliseRegion(written, false);
  if (!getRegion(region)?.fcv3Host) {
    throw new FcEndpointError('unknown-region', `region "${region}" has no fcv3 host; use fcEndpoint({ accountId, region }) instead`, options.region);
  }
  return `fcv3.${region}.aliyuncs.com`;
}

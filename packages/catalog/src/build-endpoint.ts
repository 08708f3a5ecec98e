import { checkEndpoint } from './endpoint.js';
import { activeRegionIds, getRegion, getUnlistedRegion, nearestRegion } from './lookup.js';

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

const show = (value: unknown) => (typeof value === 'string' ? JSON.stringify(value) : String(value));
const docs = 'see https://help.aliyun.com/document_detail/52984.html';

function normaliseAccountId(value: unknown): string {
  if (value === undefined || value === null || value === '') {
    throw new FcEndpointError('missing-account-id', `accountId is required: the numeric Alibaba Cloud account id, e.g. "16530750"`, value);
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    throw new FcEndpointError(
      'invalid-account-id',
      `accountId must be a string, got the number ${String(value)}: account ids exceed 2^53 and lose digits as numbers; pass "${String(value)}"`,
      value,
    );
  }
  if (typeof value !== 'string') throw new FcEndpointError('invalid-account-id', `accountId must be a string of digits, got ${show(value)}`, value);
  const id = value.trim().toLowerCase();
  if (/^[0-9]+$/.test(id)) return id;
  if (/[<>{}*$]|^x+$|account|acct|your/.test(id)) {
    throw new FcEndpointError('placeholder-account-id', `accountId ${show(value)} is a placeholder; use your numeric account id (shown in the FC console, top right)`, value);
  }
  throw new FcEndpointError(
    'invalid-account-id',
    `accountId ${show(value)} is not numeric; FC hosts need the numeric account id, not a login name or RAM user id`,
    value,
  );
}

function normaliseRegion(value: unknown, allowUnlisted: boolean): string {
  if (value === undefined || value === null || value === '') {
    throw new FcEndpointError('missing-region', `region is required, e.g. "cn-shanghai"; valid regions: ${activeRegionIds.join(', ')}`, value);
  }
  if (typeof value !== 'string') throw new FcEndpointError('unknown-region', `region must be a string such as "cn-shanghai", got ${show(value)}`, value);
  const id = value.trim().toLowerCase();
  const region = getRegion(id);
  if (region?.status === 'active') return id;
  if (region) {
    throw new FcEndpointError(
      'retired-region',
      `region ${show(value)} (${region.nameEn}) was retired on ${region.retiredOn}; choose an active region: ${activeRegionIds.join(', ')}`,
      value,
    );
  }
  if (allowUnlisted && getUnlistedRegion(id)) return id;
  if (/^[0-9]+$/.test(id)) {
    throw new FcEndpointError('account-id-as-region', `region ${show(value)} looks like an account id; pass it as accountId and a region such as "cn-shanghai"`, value);
  }
  const pasted = checkEndpoint(id);
  if (pasted || id.includes('.') || id.includes('/')) {
    const region = pasted?.region;
    throw new FcEndpointError(
      'endpoint-as-region',
      `region ${show(value)} is a whole endpoint; pass only the region id${region ? ` ("${region}")` : ''}`,
      value,
      region,
    );
  }
  const near = nearestRegion(id);
  const hint = getUnlistedRegion(id) ? ' (seen only in SDK endpoint maps; pass allowUnlistedRegion: true to use it)' : '';
  throw new FcEndpointError(
    'unknown-region',
    near
      ? `unknown region ${show(value)}; did you mean "${near}"?`
      : `unknown region ${show(value)}${hint}; valid regions: ${activeRegionIds.join(', ')} (${docs})`,
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
  const protocol = options?.protocol ?? 'https';
  if (protocol !== 'https' && protocol !== 'http') {
    throw new FcEndpointError('invalid-option', `protocol must be "https" or "http", got ${show(protocol)}`, protocol);
  }
  return `${protocol}://${fcEndpoint(options)}`;
}

/** The FC 3.0 OpenAPI host (no account id): `fcv3Endpoint({ region: 'cn-hangzhou' })` is `'fcv3.cn-hangzhou.aliyuncs.com'`. */
export function fcv3Endpoint(options: { readonly region: string }): string {
  if (typeof options !== 'object' || options === null) {
    throw new FcEndpointError('invalid-option', `fcv3Endpoint needs an options object { region }, got ${show(options)}`, options);
  }
  const region = normaliseRegion(options.region, false);
  if (!getRegion(region)?.fcv3Host) {
    throw new FcEndpointError('unknown-region', `region "${region}" has no fcv3 host; use fcEndpoint({ accountId, region }) instead`, options.region);
  }
  return `fcv3.${region}.aliyuncs.com`;
}

/**
 * Parsing FC hosts and URLs for run-time code: `parseEndpoint`, and the pieces the diagnostic scanner (endpoint.ts)
 * shares with it. Needs none of the scanner, so an app that parses hosts does not ship it.
 */
import { getRegion, getUnlistedRegion } from './lookup.js';
import type { HostnameFamilyId } from './types.js';

/** `T` with its fields assignable, to set optional fields one by one on a result being built. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };

export const isDigitCode = (code: number) => code >= 48 && code <= 57;
export const isLetterCode = (code: number) => (code | 32) >= 97 && (code | 32) <= 122;

/** A cheap test that lets most strings skip the scan: every FC host holds `fc` (in `fc`, `fcv3` or `fcapp`). */
export function mayContainEndpoint(text: string): boolean {
  return text.length >= 10 && /fc/i.test(text);
}

export interface UrlParts {
  readonly scheme?: string;
  readonly host: string;
  readonly port?: number;
  readonly path?: string;
}

/**
 * Splits a host or URL into scheme, host, port and path (with query); drops the fragment and a trailing dot.
 * Anything before an `@` stays in the host: FC hosts take no credentials, and `name@1234` is a login name.
 */
export function splitUrl(input: string): UrlParts | undefined {
  let rest = input.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const stop = rest.search(/[/?]/);
  const path = stop >= 0 ? rest.slice(stop) : '';
  let host = stop >= 0 ? rest.slice(0, stop) : rest;
  let port: number | undefined;
  const colon = host.lastIndexOf(':');
  if (colon >= 0 && /^\d*$/.test(host.slice(colon + 1))) {
    const digits = host.slice(colon + 1);
    if (digits.length > 0) {
      port = Number(digits);
      if (digits.length > 5 || port > 65535) return undefined;
    }
    host = host.slice(0, colon);
  }
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0) return undefined;
  const parts: Writable<UrlParts> = { host };
  if (scheme) parts.scheme = scheme[1]!.toLowerCase();
  if (port !== undefined) parts.port = port;
  if (path) parts.path = path;
  return parts;
}


export interface ParsedEndpoint {
  readonly family: HostnameFamilyId;
  /** The host, lower-cased, without scheme, port, path or trailing dot. */
  readonly host: string;
  readonly accountId?: string;
  readonly region: string;
  /** `retired` for Mumbai and Sydney; `unlisted` for industry-cloud ids seen only in SDK endpoint maps. */
  readonly regionStatus: 'active' | 'retired' | 'unlisted';
  readonly internal: boolean;
  readonly vpc: boolean;
  readonly subdomain?: string;
  readonly scheme?: string;
  readonly port?: number;
  readonly path?: string;
}

/**
 * Parses a real FC API or HTTP-trigger host or URL. Tolerates scheme in any case, port, path, query, surrounding white
 * space, upper case and a trailing dot. Returns `undefined` for anything else (look-alikes, misspellings, placeholders,
 * non-numeric accounts, unknown regions, the legacy label order). A host in a retired region parses, with
 * `regionStatus: 'retired'`. Never throws.
 */
export function parseEndpoint(input: string): ParsedEndpoint | undefined {
  if (typeof input !== 'string') return undefined;
  const fast = parseWellFormedEndpoint(input);
  return fast === null ? parseIrregularEndpoint(input) : fast;
}

/**
 * `parseEndpoint` for input the fast path leaves: the URL split as the scanner splits it (white space, port, query,
 * trailing dot), then the host, lower-cased, matched as the fast path matches it. Needs none of the scanner.
 */
function parseIrregularEndpoint(input: string): ParsedEndpoint | undefined {
  const parts = splitUrl(input);
  if (!parts || !/^[\w.-]+$/.test(parts.host)) return undefined;
  const parsed = matchWellFormedHost(parts.host.toLowerCase());
  if (!parsed) return undefined;
  if (parts.scheme !== undefined) parsed.scheme = parts.scheme;
  if (parts.port !== undefined) parsed.port = parts.port;
  if (parts.path !== undefined) parsed.path = parts.path;
  return parsed;
}

/**
 * The fast path of `parseEndpoint`, for plainly well-formed input: `[scheme://]host[/path…][#fragment]` with the host
 * in one of FC's shapes and a region of the catalog. Returns `null` for anything it does not vouch for (white space,
 * port, placeholders, near misses, unusual labels), which `parseIrregularEndpoint` then decides. String built-ins do the work
 * (a loop over every character costs more than the rest together), and the host is checked part by part as it is
 * matched. Its answers equal the full path's (test/endpoint-fast-path.test.ts). Internal; exported for the tests.
 */
export function parseWellFormedEndpoint(input: string): ParsedEndpoint | undefined | null {
  // White space at the end is trimmed by the full path (at the start it cannot be part of a matched host).
  const last = input.charCodeAt(input.length - 1);
  if (!(last > 32 && last < 127)) return null;

  // Scheme, or a `//` prefix.
  let start = 0;
  let scheme: string | undefined;
  if (input.startsWith('https://')) {
    scheme = 'https';
    start = 8;
  } else if (input.startsWith('http://')) {
    scheme = 'http';
    start = 7;
  } else {
    while (isLetterCode(input.charCodeAt(start))) start++;
    if (start > 0 && input.startsWith('://', start)) {
      scheme = input.slice(0, start).toLowerCase();
      start += 3;
    } else {
      start = input.startsWith('//') ? 2 : 0;
    }
  }

  // Host: up to the path. A query or fragment right after the host, or a port, makes it match no shape: full path.
  let end = input.indexOf('/', start);
  if (end < 0) end = input.length;
  const host = input.slice(start, input.charCodeAt(end - 1) === 46 /* . */ ? end - 1 : end);
  let parsed = matchWellFormedHost(host);
  if (parsed === null) {
    // Every host the full path accepts holds `fc` (in `fc`, `fcv3` or `fcapp`), so most other input stops here.
    if (!mayContainEndpoint(input)) return undefined;
    // Most hosts are written in lower case, so only a host that matched nothing is lower-cased and tried again.
    // Lower-casing also turns a few non-ASCII characters into letters (the Kelvin sign into `k`): those stay out.
    const lower = host.toLowerCase();
    if (lower !== host && /^[a-z\d.-]*$/i.test(host)) parsed = matchWellFormedHost(lower);
  }
  if (!parsed) return parsed;

  if (scheme !== undefined) parsed.scheme = scheme;
  if (end < input.length) {
    const hash = input.indexOf('#', end);
    parsed.path = input.slice(end, hash < 0 ? input.length : hash);
  }
  return parsed;
}

/** A label of a trigger host's sub-domain: up to 63 letters, digits, `-` and `_`, and not a placeholder like `xxxx`. */
const TRIGGER_LABEL = /^(?!x{3,}$)[a-z\d_-]{1,63}$/;

/**
 * True for the lower-cased sub-domain of a trigger host as `parseEndpoint` accepts it: one to ten labels, none a
 * placeholder such as `xxxx`. Internal; the scanner's `parseEndpointFully` applies it too.
 */
export function isTriggerSubdomain(subdomain: string): boolean {
  // Most sub-domains are one label: test it without splitting.
  if (!subdomain.includes('.')) return TRIGGER_LABEL.test(subdomain);
  const labels = subdomain.split('.');
  return labels.length <= 10 && labels.every((label) => TRIGGER_LABEL.test(label));
}

const API_SUFFIX = '.fc.aliyuncs.com';
const TRIGGER_SUFFIX = '.fcapp.run';
const V3_PREFIX = 'fcv3.';
const V3_SUFFIX = '.aliyuncs.com';

/**
 * A lower-case host in one of FC's shapes with a region of the catalog, as `parseEndpoint` returns it (without scheme
 * and path); `undefined` for an fcv3 host in a region that has none; `null` for anything else. The full path reads
 * every catalog id as that region (no id looks like a placeholder): the differential test tries each of them.
 */
function matchWellFormedHost(host: string): Writable<ParsedEndpoint> | undefined | null {
  let family: HostnameFamilyId;
  let region: string;
  let accountId: string | undefined;
  let subdomain: string | undefined;
  let internal = false;
  let vpc = false;
  // A region with a `.` in it (`.internal.`, extra labels) or any character out of place is not in the catalog.
  if (host.endsWith(API_SUFFIX)) {
    // [<account>.]<region>[-internal].fc.aliyuncs.com
    const suffix = host.length - API_SUFFIX.length;
    const dot = host.indexOf('.');
    if (dot < suffix) {
      if (!isAccountId(host, dot)) return null;
      accountId = host.slice(0, dot);
    }
    region = host.slice(accountId === undefined ? 0 : dot + 1, suffix);
    if (region.endsWith('-internal')) {
      region = region.slice(0, -'-internal'.length);
      internal = true;
    }
    family = accountId === undefined ? 'region-only' : internal ? 'api-internal' : 'api';
  } else if (host.endsWith(TRIGGER_SUFFIX)) {
    // <subdomain>.<region>[-vpc].fcapp.run: the region is the label before the suffix, the sub-domain all before it.
    const suffix = host.length - TRIGGER_SUFFIX.length;
    const dot = host.lastIndexOf('.', suffix - 1);
    if (dot < 1) return null;
    subdomain = host.slice(0, dot);
    if (!isTriggerSubdomain(subdomain)) return null;
    region = host.slice(dot + 1, suffix);
    if (region.endsWith('-vpc')) {
      region = region.slice(0, -'-vpc'.length);
      vpc = true;
    }
    family = vpc ? 'http-trigger-vpc' : 'http-trigger';
  } else if (host.startsWith(V3_PREFIX) && host.endsWith(V3_SUFFIX)) {
    // fcv3.<region>.aliyuncs.com: a region of the catalog without an fcv3 host never parses.
    region = host.slice(V3_PREFIX.length, -V3_SUFFIX.length);
    if (getRegion(region)?.fcv3Host === false) return undefined;
    family = 'openapi-v3';
  } else {
    return null;
  }
  const regionStatus = regionStatusOf(region);
  if (regionStatus === undefined) return null;
  const parsed: Writable<ParsedEndpoint> = { family, host, region, regionStatus, internal, vpc };
  if (accountId !== undefined) parsed.accountId = accountId;
  if (subdomain !== undefined) parsed.subdomain = subdomain;
  return parsed;
}

/** Is `host` up to `end` a numeric account id (of 1 to 63 digits)? A loop: most hosts have one, and it beats a regex. */
function isAccountId(host: string, end: number): boolean {
  if (end < 1 || end > 63) return false;
  for (let i = 0; i < end; i++) if (!isDigitCode(host.charCodeAt(i))) return false;
  return true;
}

/** `active`, `retired` or `unlisted` for a region id of the catalog; `undefined` for any other label. */
function regionStatusOf(id: string): ParsedEndpoint['regionStatus'] | undefined {
  const listed = getRegion(id);
  if (listed) return listed.status;
  return getUnlistedRegion(id) ? 'unlisted' : undefined;
}


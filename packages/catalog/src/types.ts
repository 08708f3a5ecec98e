/**
 * Hand-written shapes of the catalog's runtime tables. The data itself lives in `data/*.json` and is generated into
 * `src/generated/`. Texts (descriptions, solutions, names) are served by `@fc-atlas/catalog/texts`; provenance
 * (`sources`, `notes`) stays in `@fc-atlas/catalog/data/*.json`.
 */

/** A source for a fact in `data/*.json`: a URL, or `github:<owner>/<repo> <path> (<revision>)` for code. */
export type Source = string;

export type RegionStatus = 'active' | 'retired';

export interface Region {
  /** Region id as used in hosts, e.g. `cn-shanghai`. */
  readonly id: string;
  readonly status: RegionStatus;
  /** Last day of service (local date) for retired regions. */
  readonly retiredOn?: string;
  /** Exact end of service with its UTC offset, e.g. `2024-09-30T24:00+10:00`. */
  readonly retiredAfter?: string;
  /** Riyadh is run by a partner (doc 52984). */
  readonly partnerOperated: boolean;
  /** `documented`: the region's internal host row was seen; `pattern-only`: only the general pattern is documented. */
  readonly internalHostConfidence: 'documented' | 'pattern-only';
  /** Whether `fcv3.<region>.aliyuncs.com` is listed for this region. */
  readonly fcv3Host: boolean;
}

/** Region ids seen only in SDK endpoint maps (industry clouds) or in tools, not in the public FC endpoint table. */
export interface UnlistedRegion {
  readonly id: string;
  readonly status: 'industry-cloud' | 'unconfirmed';
}

export type ErrorScope = 'common' | 'api-specific' | 'http-trigger' | 'invocation';

export type ErrorCategory =
  | 'client'
  | 'auth'
  | 'not-found'
  | 'conflict'
  | 'precondition'
  | 'throttling'
  | 'capacity'
  | 'limit'
  | 'server'
  | 'function';

/** `yes`: retry with backoff; `conditional`: only under the stated condition; `no`: the same request fails again. */
export type Retryable = 'yes' | 'conditional' | 'no';

export type StatusConfidence = 'confirmed' | 'inference' | 'unconfirmed';

export type ApiVersion = '2016-08-15' | '2021-04-06' | '2023-03-30';

export interface ErrorCodeInfo {
  readonly code: string;
  /** HTTP status FC answers with, or `null` where no source confirms one. */
  readonly httpStatus: number | null;
  /** How sure the catalog is of `httpStatus`: `unconfirmed` exactly when `httpStatus` is `null` (why: `errorCodeText(code).statusNote`). */
  readonly statusConfidence: StatusConfidence;
  readonly scope: ErrorScope;
  readonly apiVersions: readonly ApiVersion[];
  readonly category: ErrorCategory;
  readonly retryable: Retryable;
}

export type HostnameFamilyId =
  | 'api'
  | 'api-internal'
  | 'region-only'
  | 'openapi-v3'
  | 'http-trigger'
  | 'http-trigger-vpc'
  | 'legacy';

export interface HostnameFamily {
  readonly id: HostnameFamilyId;
  readonly pattern: string;
  /** What the family is: `hostnameFamilyDescription(id)` in `@fc-atlas/catalog/texts`. */
  readonly status: 'current' | 'obsolete';
  /** Whether the catalog's builders produce hosts of this family. */
  readonly buildable: boolean;
  readonly accountScoped: boolean;
}

/** The languages of `@fc-atlas/catalog/texts`: English and simplified Chinese. */
export type TextLanguage = 'en' | 'zh';

/** What the catalog says about an error code, from `errorCodeText(code, lang)`. */
export interface ErrorCodeText {
  /** What the code means, in the language asked for. */
  readonly description: string;
  /** What to do about it, in one or two sentences, in the language asked for. */
  readonly solution: string;
  /** Why the code is or is not retryable (English only). */
  readonly retryReason: string;
  /** Why the HTTP status is only inferred or unconfirmed, or what else is shaky about the entry (English only). */
  readonly statusNote?: string;
}

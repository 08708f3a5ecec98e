import { errorCodeNames, errorCodes, type ErrorCode } from './generated/error-codes.js';
import { activeRegionIds, regions, unlistedRegions, type ActiveRegionId, type RegionId, type UnlistedRegionId } from './generated/regions.js';
import { nearest } from './suggest.js';
import type { ErrorCodeInfo, Region, UnlistedRegion } from './types.js';

/** Builds a lookup table on first use: nothing runs at import time, so bundles that never look a thing up drop its data. */
function lazy<T>(build: () => T): () => T {
  let table: T | undefined;
  return () => (table ??= build());
}

const regionById = /* @__PURE__ */ lazy((): ReadonlyMap<string, Region> => new Map(regions.map((r) => [r.id, r as Region])));
const unlistedById = /* @__PURE__ */ lazy(
  (): ReadonlyMap<string, UnlistedRegion> => new Map(unlistedRegions.map((r) => [r.id, r as UnlistedRegion])),
);
const codeByName = /* @__PURE__ */ lazy((): ReadonlyMap<string, ErrorCodeInfo> => new Map(errorCodes.map((c) => [c.code, c as ErrorCodeInfo])));
const codeByLowerName = /* @__PURE__ */ lazy((): ReadonlyMap<string, ErrorCode> => new Map(errorCodeNames.map((code) => [code.toLowerCase(), code])));

export { activeRegionIds, errorCodeNames };

/** The catalog entry for a region id (exact, lower-case id), or `undefined`. */
export function getRegion(id: string): Region | undefined {
  return regionById().get(id);
}

/** True for a public-cloud region id in the catalog, active or retired. */
export function isRegionId(value: unknown): value is RegionId {
  return typeof value === 'string' && regionById().has(value);
}

/** The entry for a region id seen only in SDK maps or tools (industry clouds, unconfirmed), or `undefined`. */
export function getUnlistedRegion(id: string): UnlistedRegion | undefined {
  return unlistedById().get(id);
}

export function isUnlistedRegionId(value: unknown): value is UnlistedRegionId {
  return typeof value === 'string' && unlistedById().has(value);
}

/** The active region nearest to `input` (Damerau-Levenshtein distance at most `maxDistance`, default 2). */
export function nearestRegion(input: string, maxDistance = 2): ActiveRegionId | undefined {
  const id = input.trim().toLowerCase();
  return nearest(id, activeRegionIds, maxDistance);
}

/** The catalog entry for an FC error code or invocation error type (exact spelling), or `undefined`. */
export function getErrorCode(code: string): ErrorCodeInfo | undefined {
  return codeByName().get(code);
}

/** True when `value` is an FC error code spelled exactly as FC spells it. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codeByName().has(value);
}

/**
 * True when the catalog says a request that failed with `code` can be retried as is (with backoff).
 * `conditional` codes (retry only after a state refresh, or only for idempotent calls) return false.
 */
export function isRetryable(code: string): boolean {
  return codeByName().get(code)?.retryable === 'yes';
}

/** The FC code spelled like `input` apart from letter case, or `undefined`. */
export function errorCodeIgnoringCase(input: string): ErrorCode | undefined {
  return codeByLowerName().get(input.toLowerCase());
}

/** The FC code nearest to `input` (Damerau-Levenshtein distance at most `maxDistance`, default 2). */
export function nearestErrorCode(input: string, maxDistance = 2): ErrorCode | undefined {
  return nearest(input, errorCodeNames, maxDistance);
}

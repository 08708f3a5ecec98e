export type * from './types.js';
export { regions, unlistedRegions } from './generated/regions.js';
export type { ActiveRegionId, RegionId, RetiredRegionId, UnlistedRegionId } from './generated/regions.js';
export { errorCodes } from './generated/error-codes.js';
export type { CommonErrorCode, ErrorCode, InvocationErrorType } from './generated/error-codes.js';
export { hostnameFamilies } from './generated/hostname-families.js';
export {
  activeRegionIds,
  errorCodeIgnoringCase,
  errorCodeNames,
  getErrorCode,
  getRegion,
  getUnlistedRegion,
  isErrorCode,
  isRegionId,
  isRetryable,
  isUnlistedRegionId,
  nearestErrorCode,
  nearestRegion,
} from './lookup.js';
export { editDistance, nearest } from './suggest.js';
export { parseEndpoint, type ParsedEndpoint } from './parse-endpoint.js';
export { FcEndpointError, fcEndpoint, fcEndpointUrl, fcv3Endpoint } from './build-endpoint.js';
export type { FcEndpointErrorCode, FcEndpointOptions, FcEndpointUrlOptions } from './build-endpoint.js';
export {
  FcError,
  fromSdkError,
  parseErrorBody,
  retryDelay,
  toFcError,
  type ErrorBodyFormat,
  type FcErrorInit,
  type FcErrorKind,
  type FcResponseLike,
  type HeadersLike,
  type ParsedErrorBody,
  type RetryDelayOptions,
} from './errors.js';

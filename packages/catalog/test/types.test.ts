/**
 * Type tests. The expectTypeOf assertions are checked by `tsc` (the package's `typecheck` script covers test/);
 * at run time they are no-ops, so each test also asserts the matching run-time behaviour.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  errorCodeIgnoringCase,
  errorCodes,
  getErrorCode,
  getRegion,
  isErrorCode,
  isRegionId,
  nearestErrorCode,
  nearestRegion,
  regions,
  type ActiveRegionId,
  type CommonErrorCode,
  type ErrorCode,
  type ErrorCodeInfo,
  type ErrorCodeText,
  type InvocationErrorType,
  type Region,
  type RegionId,
  type RetiredRegionId,
  type StatusConfidence,
  type UnlistedRegionId,
} from '../src/index.js';
import { errorCodeText, regionName } from '../src/texts.js';

describe('type guards', () => {
  it('isErrorCode narrows unknown to the ErrorCode union', () => {
    const value: unknown = 'ResourceExhausted';
    expectTypeOf(isErrorCode).guards.toEqualTypeOf<ErrorCode>();
    if (isErrorCode(value)) {
      expectTypeOf(value).toEqualTypeOf<ErrorCode>();
      expect(value).toBe('ResourceExhausted');
    } else {
      expect.unreachable('ResourceExhausted is an FC error code');
    }
  });

  it('isRegionId narrows unknown to RegionId', () => {
    const value: unknown = 'cn-shanghai';
    expectTypeOf(isRegionId).guards.toEqualTypeOf<RegionId>();
    if (isRegionId(value)) {
      expectTypeOf(value).toEqualTypeOf<RegionId>();
      expect(getRegion(value)?.id).toBe('cn-shanghai');
    } else {
      expect.unreachable('cn-shanghai is a region id');
    }
  });
});

describe('literal unions', () => {
  it('ErrorCode holds the real codes and nothing else', () => {
    expectTypeOf<'ResourceExhausted'>().toExtend<ErrorCode>();
    expectTypeOf<'ConcurrentUpdateError'>().toExtend<ErrorCode>();
    expectTypeOf<'UnhandledInvocationError'>().toExtend<ErrorCode>();
    expectTypeOf<'ResourceExhausted2'>().not.toExtend<ErrorCode>();
    expectTypeOf<'ConcurrentUpdateErrors'>().not.toExtend<ErrorCode>();
    expectTypeOf<string>().not.toExtend<ErrorCode>();
    expect(isErrorCode('ResourceExhausted2')).toBe(false);
  });

  it('CommonErrorCode is exactly the 13 common codes', () => {
    expectTypeOf<CommonErrorCode>().toEqualTypeOf<
      | 'InvalidArgument'
      | 'MissingRequiredHeader'
      | 'LimitExceededError'
      | 'PathNotSupported'
      | 'EntityTooLarge'
      | 'AccessDenied'
      | 'SignatureNotMatch'
      | 'InvalidAccessKeyID'
      | 'ConcurrentUpdateError'
      | 'ResourceExhausted'
      | 'ClientClosedRequest'
      | 'InternalServerError'
      | 'ResourceThrottled'
    >();
    expectTypeOf<CommonErrorCode>().toExtend<ErrorCode>();
    expect(errorCodes.filter((c) => c.scope === 'common')).toHaveLength(13);
  });

  it('InvocationErrorType is exactly the two X-Fc-Error-Type values', () => {
    expectTypeOf<InvocationErrorType>().toEqualTypeOf<'UnhandledInvocationError' | 'HandledInvocationError'>();
    expect(errorCodes.filter((c) => c.scope === 'invocation')).toHaveLength(2);
  });

  it('RegionId splits into active and retired ids; unlisted ids stay apart', () => {
    expectTypeOf<RetiredRegionId>().toEqualTypeOf<'ap-southeast-2' | 'ap-south-1'>();
    expectTypeOf<ActiveRegionId | RetiredRegionId>().toEqualTypeOf<RegionId>();
    expectTypeOf<'cn-wulanchabu'>().toExtend<ActiveRegionId>();
    expectTypeOf<'ap-south-1'>().not.toExtend<ActiveRegionId>();
    expectTypeOf<'cn-guangzhou'>().not.toExtend<RegionId>();
    expectTypeOf<'cn-guangzhou'>().toExtend<UnlistedRegionId>();
    expectTypeOf<string>().not.toExtend<RegionId>();
    expect(isRegionId('cn-guangzhou')).toBe(false);
  });
});

describe('function and data types', () => {
  it('suggestion helpers return catalog literals, never plain strings', () => {
    expectTypeOf(nearestRegion).returns.toEqualTypeOf<ActiveRegionId | undefined>();
    expectTypeOf(nearestErrorCode).returns.toEqualTypeOf<ErrorCode | undefined>();
    expectTypeOf(errorCodeIgnoringCase).returns.toEqualTypeOf<ErrorCode | undefined>();
    expect(nearestRegion('cn-shangai')).toBe('cn-shanghai');
  });

  it('getErrorCode and getRegion return the hand-written shapes', () => {
    expectTypeOf(getErrorCode).returns.toEqualTypeOf<ErrorCodeInfo | undefined>();
    expectTypeOf(getRegion).returns.toEqualTypeOf<Region | undefined>();
    expectTypeOf<ErrorCodeInfo['statusConfidence']>().toEqualTypeOf<StatusConfidence>();
    expectTypeOf<StatusConfidence>().toEqualTypeOf<'confirmed' | 'inference' | 'unconfirmed'>();
    expect(getErrorCode('TriggerNotFound')?.statusConfidence).toBe('inference');
  });

  it('the texts API returns the hand-written text shape, and a name that is never null for a listed region', () => {
    expectTypeOf(errorCodeText).returns.toEqualTypeOf<ErrorCodeText>();
    expectTypeOf<ErrorCodeText['statusNote']>().toEqualTypeOf<string | undefined>();
    expectTypeOf(regionName('cn-hangzhou')).toEqualTypeOf<string>();
    const unlisted: string = 'cn-heyuan-acdr-1';
    expectTypeOf(regionName(unlisted)).toEqualTypeOf<string | null>();
    expect(errorCodeText('TriggerNotFound').statusNote).toBeTruthy();
    expect(regionName(unlisted)).toBeNull();
  });

  it('the generated arrays keep their literal keys', () => {
    expectTypeOf<(typeof errorCodes)[number]['code']>().toEqualTypeOf<ErrorCode>();
    expectTypeOf<(typeof regions)[number]['id']>().toEqualTypeOf<RegionId>();
    expectTypeOf(errorCodes[0].code).toEqualTypeOf<'InvalidArgument'>();
    expect(errorCodes[0].code).toBe('InvalidArgument');
  });
});

/** Unit and property tests for src/lookup.ts and src/suggest.ts. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
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
} from '../src/lookup.js';
import { editDistance, nearest } from '../src/suggest.js';

const notStrings: unknown[] = [undefined, null, 42, true, {}, ['cn-hangzhou'], Symbol('cn-hangzhou')];

describe('getRegion', () => {
  it('returns the entry for an active region', () => {
    expect(getRegion('cn-hangzhou')).toMatchObject({ id: 'cn-hangzhou', status: 'active', fcv3Host: true });
  });

  it('returns retired regions with their retirement date', () => {
    expect(getRegion('ap-south-1')).toMatchObject({ status: 'retired', retiredOn: '2024-07-15' });
  });

  it('matches the exact lower-case id only', () => {
    expect(getRegion('CN-HANGZHOU')).toBeUndefined();
    expect(getRegion(' cn-hangzhou')).toBeUndefined();
    expect(getRegion('cn-hangzhou-internal')).toBeUndefined();
  });

  it('does not return unlisted regions', () => {
    expect(getRegion('cn-guangzhou')).toBeUndefined();
    expect(getRegion('cn-hangzhou-finance')).toBeUndefined();
  });
});

describe('isRegionId', () => {
  it('accepts active and retired catalog ids', () => {
    expect(isRegionId('cn-shanghai')).toBe(true);
    expect(isRegionId('me-central-1')).toBe(true);
    expect(isRegionId('ap-southeast-2')).toBe(true);
  });

  it('rejects unlisted ids, other spellings and non-strings', () => {
    expect(isRegionId('me-east-1')).toBe(false);
    expect(isRegionId('cn-shanghai-finance-1')).toBe(false);
    expect(isRegionId('CN-SHANGHAI')).toBe(false);
    expect(isRegionId('')).toBe(false);
    for (const value of notStrings) expect(isRegionId(value)).toBe(false);
  });
});

describe('getUnlistedRegion / isUnlistedRegionId', () => {
  it('finds industry-cloud and unconfirmed ids', () => {
    expect(getUnlistedRegion('cn-hangzhou-finance')?.status).toBe('industry-cloud');
    expect(getUnlistedRegion('cn-guangzhou')?.status).toBe('unconfirmed');
    expect(isUnlistedRegionId('cn-north-2-gov-1')).toBe(true);
  });

  it('does not find listed regions or non-strings', () => {
    expect(getUnlistedRegion('cn-hangzhou')).toBeUndefined();
    expect(isUnlistedRegionId('cn-hangzhou')).toBe(false);
    for (const value of notStrings) expect(isUnlistedRegionId(value)).toBe(false);
  });
});

describe('activeRegionIds / errorCodeNames', () => {
  it('lists the 21 active regions and no retired one', () => {
    expect(activeRegionIds).toHaveLength(21);
    expect(activeRegionIds).toContain('cn-wulanchabu');
    expect(activeRegionIds).not.toContain('ap-south-1');
    expect(activeRegionIds).not.toContain('ap-southeast-2');
  });

  it('lists every error code name once', () => {
    expect(errorCodeNames).toHaveLength(53);
    expect(new Set(errorCodeNames).size).toBe(53);
    expect(errorCodeNames).toContain('UnhandledInvocationError');
  });
});

describe('nearestRegion', () => {
  it('corrects a one-letter slip', () => {
    expect(nearestRegion('cn-shangai')).toBe('cn-shanghai');
  });

  it('corrects an adjacent swap', () => {
    expect(nearestRegion('cn-hangzohu')).toBe('cn-hangzhou');
  });

  it('trims and lower-cases the input first', () => {
    expect(nearestRegion('  CN-Shangai ')).toBe('cn-shanghai');
  });

  it('returns an exact active id unchanged', () => {
    expect(nearestRegion('eu-west-1')).toBe('eu-west-1');
  });

  it('returns undefined for input far from every region', () => {
    expect(nearestRegion('mars-north-1')).toBeUndefined();
    expect(nearestRegion('')).toBeUndefined();
  });

  it('never suggests a retired region', () => {
    expect(nearestRegion('ap-south-1')).toBeUndefined();
    expect(nearestRegion('ap-southeast-2')).not.toBe('ap-southeast-2');
  });

  it('honours maxDistance', () => {
    expect(nearestRegion('cn-shangai', 0)).toBeUndefined();
    expect(nearestRegion('cn-shangai', 1)).toBe('cn-shanghai');
    expect(nearestRegion('cn-shnghi', 1)).toBeUndefined();
    expect(nearestRegion('cn-shnghi', 2)).toBe('cn-shanghai');
  });
});

describe('getErrorCode / isErrorCode', () => {
  it('returns the entry for a code', () => {
    expect(getErrorCode('ResourceExhausted')).toMatchObject({ httpStatus: 429, category: 'throttling', retryable: 'yes' });
    expect(getErrorCode('HandledInvocationError')?.scope).toBe('invocation');
  });

  it('needs the exact spelling', () => {
    expect(getErrorCode('resourceexhausted')).toBeUndefined();
    expect(getErrorCode('Missing\u00adRequiredHeader')).toBeUndefined(); // soft hyphen
    expect(getErrorCode('ConcurrentUpdate')).toBeUndefined();
  });

  it('isErrorCode accepts catalog codes only', () => {
    expect(isErrorCode('ConcurrentUpdateError')).toBe(true);
    expect(isErrorCode('MissingRequiredHeader')).toBe(true);
    expect(isErrorCode('Missing Required Header')).toBe(false);
    expect(isErrorCode('ResourceExhausted2')).toBe(false);
    for (const value of notStrings) expect(isErrorCode(value)).toBe(false);
  });
});

describe('isRetryable', () => {
  it('is true for codes marked yes', () => {
    for (const code of ['ResourceExhausted', 'ResourceThrottled', 'InternalServerError', 'ConcurrentUpdateError']) {
      expect(isRetryable(code), code).toBe(true);
    }
  });

  it('is false for conditional codes', () => {
    for (const code of ['PreconditionFailed', 'ClientClosedRequest', 'UnhandledInvocationError', 'DomainNameNotResolved']) {
      expect(getErrorCode(code)?.retryable, code).toBe('conditional');
      expect(isRetryable(code), code).toBe(false);
    }
  });

  it('is false for codes marked no', () => {
    expect(isRetryable('InvalidArgument')).toBe(false);
    expect(isRetryable('AccessDenied')).toBe(false);
  });

  it('is false for unknown or wrongly cased codes', () => {
    expect(isRetryable('TooManyRequests')).toBe(false);
    expect(isRetryable('resourceexhausted')).toBe(false);
    expect(isRetryable('')).toBe(false);
  });
});

describe('errorCodeIgnoringCase', () => {
  it("returns FC's spelling for any letter case", () => {
    expect(errorCodeIgnoringCase('resourceexhausted')).toBe('ResourceExhausted');
    expect(errorCodeIgnoringCase('CONCURRENTUPDATEERROR')).toBe('ConcurrentUpdateError');
    expect(errorCodeIgnoringCase('invalidaccesskeyid')).toBe('InvalidAccessKeyID');
    expect(errorCodeIgnoringCase('AccessDenied')).toBe('AccessDenied');
  });

  it('returns undefined for anything but a case change', () => {
    expect(errorCodeIgnoringCase('Resource Exhausted')).toBeUndefined();
    expect(errorCodeIgnoringCase('ResourceExhaused')).toBeUndefined();
    expect(errorCodeIgnoringCase('')).toBeUndefined();
  });
});

describe('nearestErrorCode', () => {
  it('corrects typos', () => {
    expect(nearestErrorCode('ResourceExhaused')).toBe('ResourceExhausted');
    expect(nearestErrorCode('AccesDenied')).toBe('AccessDenied');
    expect(nearestErrorCode('ConcurrentUpdateErorr')).toBe('ConcurrentUpdateError');
    expect(nearestErrorCode('MissingRequiredHeaders')).toBe('MissingRequiredHeader');
  });

  it('returns undefined for input far from every code', () => {
    expect(nearestErrorCode('TooManyRequests')).toBeUndefined();
    expect(nearestErrorCode('')).toBeUndefined();
  });

  it('honours maxDistance', () => {
    expect(nearestErrorCode('ResourceExhaused', 0)).toBeUndefined();
    expect(nearestErrorCode('RsourceExhaused', 1)).toBeUndefined();
    expect(nearestErrorCode('RsourceExhaused', 2)).toBe('ResourceExhausted');
  });
});

describe('nearest', () => {
  it('picks the closest candidate', () => {
    expect(nearest('abcd', ['xyzw', 'abxd', 'abcx'])).toBe('abxd');
    expect(nearest('color', ['colour', 'cooler', 'collar'])).toBe('colour');
  });

  it('keeps the earlier candidate on a tie', () => {
    expect(nearest('ab', ['ax', 'ay'])).toBe('ax');
    expect(nearest('ab', ['ay', 'ax'])).toBe('ay');
  });

  it('prefers an exact match over earlier near ones', () => {
    expect(nearest('abc', ['abd', 'abc'])).toBe('abc');
  });

  it('returns undefined when no candidate is within maxDistance', () => {
    expect(nearest('abc', [])).toBeUndefined();
    expect(nearest('abc', ['xyz'])).toBeUndefined();
    expect(nearest('abc', ['xyz'], 3)).toBe('xyz');
  });
});

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
  });

  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('cn-hangzhou', 'cn-hangzohu')).toBe(1);
    expect(editDistance('ResourceExhausted', 'ResourceExhasuted')).toBe(1);
  });

  it('is the optimal-string-alignment variant: a swapped pair is not edited again', () => {
    // Unrestricted Damerau-Levenshtein gives 2 here (swap, then insert between the pair).
    expect(editDistance('ca', 'abc')).toBe(3);
  });

  it('returns the exact distance when it is within max', () => {
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
    expect(editDistance('kitten', 'sitting', 10)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('stops early with max + 1 when the lengths alone differ by more than max', () => {
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', '', 0)).toBe(1);
  });

  it('stops early with max + 1 once a whole row exceeds max', () => {
    expect(editDistance('abcdef', 'ghijkl', 2)).toBe(3);
    expect(editDistance('kitten', 'sitting', 1)).toBe(2);
  });
});

/** Textbook optimal-string-alignment distance over the full matrix, for comparison. */
function referenceDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  const at = (i: number, j: number) => d[i]![j]!;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      d[i]![j] = best;
    }
  }
  return at(a.length, b.length);
}

describe('editDistance properties', () => {
  // A small alphabet makes matches and transpositions common, which is where the algorithm can go wrong.
  const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', '-', '1'), maxLength: 12 });
  const anyWord = fc.string({ maxLength: 16 });
  const max = fc.nat({ max: 8 });

  it('agrees with the reference implementation', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === referenceDistance(a, b)));
    fc.assert(fc.property(anyWord, anyWord, (a, b) => editDistance(a, b) === referenceDistance(a, b)));
  });

  it('is exact within max and above max otherwise', () => {
    fc.assert(
      fc.property(word, word, max, (a, b, limit) => {
        const exact = referenceDistance(a, b);
        const bounded = editDistance(a, b, limit);
        return exact <= limit ? bounded === exact : bounded > limit;
      }),
    );
  });

  it('is symmetric', () => {
    fc.assert(fc.property(word, word, (a, b) => editDistance(a, b) === editDistance(b, a)));
  });

  it('is zero exactly for equal strings', () => {
    fc.assert(fc.property(anyWord, (a) => editDistance(a, a) === 0));
    fc.assert(fc.property(word, word, (a, b) => (editDistance(a, b) === 0) === (a === b)));
  });

  it('lies between the length difference and the longer length', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        const d = editDistance(a, b);
        return d >= Math.abs(a.length - b.length) && d <= Math.max(a.length, b.length);
      }),
    );
  });

  it('obeys a relaxed triangle inequality (OSA breaks the strict one, so allow a factor of 2)', () => {
    fc.assert(
      fc.property(word, word, word, (a, b, c) => editDistance(a, c) <= 2 * (editDistance(a, b) + editDistance(b, c))),
    );
  });

  it('is at most 1 after a single edit', () => {
    const edit = fc.tuple(word, fc.nat(), fc.constantFrom('a', 'b', 'z'), fc.constantFrom('insert', 'delete', 'substitute', 'swap'));
    fc.assert(
      fc.property(edit, ([a, position, letter, kind]) => {
        const i = a.length === 0 ? 0 : position % a.length;
        const edited =
          kind === 'insert'
            ? a.slice(0, i) + letter + a.slice(i)
            : kind === 'delete'
              ? a.slice(0, i) + a.slice(i + 1)
              : kind === 'substitute'
                ? a.slice(0, i) + letter + a.slice(i + 1)
                : a.slice(0, i) + a.slice(i + 1, i + 2) + a.slice(i, i + 1) + a.slice(i + 2);
        return editDistance(a, edited) <= 1;
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import { errorCodeNames, hostnameFamilies, regions, unlistedRegions } from '../src/index.js';
import { errorCodeText, hostnameFamilyDescription, regionName, textLanguages } from '../src/texts.js';

const hasCjk = (text: string) => /[\u4e00-\u9fff]/u.test(text);
const thrown = (call: () => unknown): Error => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(RangeError);
    return error as Error;
  }
  throw new Error('expected a RangeError');
};

describe('errorCodeText', () => {
  it('has a description and a solution in every language for every error code, and a retry reason', () => {
    for (const code of errorCodeNames) {
      const en = errorCodeText(code, 'en');
      const zh = errorCodeText(code, 'zh');
      expect(en.description.trim(), code).not.toBe('');
      expect(en.solution.trim(), code).not.toBe('');
      expect(hasCjk(en.description + en.solution), code).toBe(false);
      expect(hasCjk(zh.description) && hasCjk(zh.solution), code).toBe(true);
      expect(en.retryReason.trim(), code).not.toBe('');
      expect(zh.retryReason, code).toBe(en.retryReason);
    }
  });

  it('answers in English unless asked for Chinese', () => {
    expect(errorCodeText('InvalidArgument')).toEqual(errorCodeText('InvalidArgument', 'en'));
    expect(errorCodeText('InvalidArgument', 'zh').description).toBe('参数无效');
    expect(textLanguages).toEqual(['en', 'zh']);
  });

  it('carries the status note only where the status is not confirmed', () => {
    expect(errorCodeText('TriggerNotFound').statusNote).toBeTruthy();
    expect(errorCodeText('InvalidArgument')).not.toHaveProperty('statusNote');
  });

  it('names the bad code and the nearest one', () => {
    expect(thrown(() => errorCodeText('FunctionNotFond')).message).toBe(
      'errorCodeText: "FunctionNotFond" is not an FC error code; did you mean "FunctionNotFound"? (the catalog\'s codes: errorCodeNames in @fc-atlas/catalog)',
    );
    expect(thrown(() => errorCodeText('functionnotfound')).message).toContain('did you mean "FunctionNotFound"?');
    expect(thrown(() => errorCodeText('NoSuchKey')).message).not.toContain('did you mean');
    expect(thrown(() => errorCodeText('toString')).message).toContain('"toString" is not an FC error code');
    expect(thrown(() => errorCodeText(42 as never)).message).toContain('42 is not an FC error code');
  });

  it('names the bad language and the valid ones', () => {
    expect(thrown(() => errorCodeText('InvalidArgument', 'cn' as never)).message).toBe(
      'errorCodeText: unknown language "cn"; use "en" (English) or "zh" (simplified Chinese)',
    );
  });
});

describe('regionName', () => {
  it('names every listed region in English and Chinese', () => {
    for (const { id } of regions) {
      expect(regionName(id).trim(), id).not.toBe('');
      expect(hasCjk(regionName(id, 'zh')), id).toBe(true);
    }
    expect(regionName('cn-hangzhou')).toBe('China (Hangzhou)');
    expect(regionName('cn-hangzhou', 'zh')).toBe('华东1(杭州)');
  });

  it('knows every unlisted region, with null where no source names it', () => {
    for (const { id } of unlistedRegions) expect(() => regionName(id), id).not.toThrow();
    expect(regionName('cn-shanghai-finance-1')).toBe('China East 2 Finance Cloud');
    expect(regionName('cn-heyuan-acdr-1', 'zh')).toBeNull();
  });

  it('names the bad id and the nearest region, and the bad language', () => {
    expect(thrown(() => regionName('cn-hangzuo')).message).toBe(
      'regionName: "cn-hangzuo" is not a region id; did you mean "cn-hangzhou"? (the catalog\'s ids: regions and unlistedRegions in @fc-atlas/catalog)',
    );
    expect(thrown(() => regionName('mars-north-1')).message).not.toContain('did you mean');
    expect(thrown(() => regionName(Object.create(null) as never)).message).toContain('an object is not a region id');
    expect(thrown(() => regionName('cn-hangzhou', 'EN' as never)).message).toContain('unknown language "EN"');
  });
});

describe('hostnameFamilyDescription', () => {
  it('describes every hostname family in English', () => {
    for (const family of hostnameFamilies) {
      const text = hostnameFamilyDescription(family.id);
      expect(text.length, family.id).toBeGreaterThan(10);
      expect(hasCjk(text), family.id).toBe(false);
    }
    expect(hostnameFamilyDescription('http-trigger-vpc')).toContain('-vpc');
  });

  it('names the bad id and the valid ones', () => {
    const message = thrown(() => hostnameFamilyDescription('api-vpc' as never)).message;
    expect(message).toContain('"api-vpc" is not a hostname family id');
    for (const family of hostnameFamilies) expect(message).toContain(family.id);
    expect(thrown(() => hostnameFamilyDescription(undefined as never)).message).toContain('undefined is not a hostname family id');
  });
});


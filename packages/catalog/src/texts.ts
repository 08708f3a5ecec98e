/**
 * `@fc-atlas/catalog/texts`: the catalog's words, apart from its facts, so that code which only builds or checks
 * endpoints does not ship them. Descriptions and solutions come in English and Chinese; region names too.
 */
import { errorCodeTexts, hostnameFamilyDescriptions, regionNames } from './generated/texts.js';
import type { ErrorCode } from './generated/error-codes.js';
import type { RegionId } from './generated/regions.js';
import { errorCodeIgnoringCase, nearestErrorCode, nearestRegion } from './lookup.js';
import { show } from './show.js';
import type { ErrorCodeText, HostnameFamilyId, TextLanguage } from './types.js';

/** Every language the texts come in. */
export const textLanguages: readonly TextLanguage[] = ['en', 'zh'];

function checkLanguage(caller: string, lang: unknown): TextLanguage {
  if (lang === 'en' || lang === 'zh') return lang;
  throw new RangeError(`${caller}: unknown language ${show(lang)}; use "en" (English) or "zh" (simplified Chinese)`);
}

/**
 * What the catalog says about an FC error code: `errorCodeText('ResourceThrottled', 'zh').solution`. The description
 * and solution are in `lang` (default `'en'`); `retryReason` and `statusNote` are in English. Throws a `RangeError`
 * naming the nearest code for a code the catalog does not know (check with `isErrorCode` first when unsure).
 */
export function errorCodeText(code: ErrorCode | (string & {}), lang: TextLanguage = 'en'): ErrorCodeText {
  if (typeof code !== 'string' || !Object.hasOwn(errorCodeTexts, code)) {
    const near = typeof code === 'string' ? (errorCodeIgnoringCase(code) ?? nearestErrorCode(code)) : undefined;
    throw new RangeError(
      `errorCodeText: ${show(code)} is not an FC error code${near ? `; did you mean "${near}"?` : ''} (the catalog's codes: errorCodeNames in @fc-atlas/catalog)`,
    );
  }
  const texts = errorCodeTexts[code as ErrorCode];
  const { description, solution } = texts[checkLanguage('errorCodeText', lang)];
  return texts.statusNote === undefined
    ? { description, solution, retryReason: texts.retryReason }
    : { description, solution, retryReason: texts.retryReason, statusNote: texts.statusNote };
}

/**
 * A region's name: `regionName('cn-hangzhou')` is `'China (Hangzhou)'`, `regionName('cn-hangzhou', 'zh')` is
 * `'华东1(杭州)'`. Listed regions (active or retired) always have both names; unlisted ones (industry clouds,
 * unconfirmed ids) may have none (`null`). Throws a `RangeError` naming the nearest region for an unknown id.
 */
export function regionName(id: RegionId, lang?: TextLanguage): string;
export function regionName(id: string, lang?: TextLanguage): string | null;
export function regionName(id: string, lang: TextLanguage = 'en'): string | null {
  if (typeof id !== 'string' || !Object.hasOwn(regionNames, id)) {
    const near = typeof id === 'string' ? nearestRegion(id) : undefined;
    throw new RangeError(
      `regionName: ${show(id)} is not a region id${near ? `; did you mean "${near}"?` : ''} (the catalog's ids: regions and unlistedRegions in @fc-atlas/catalog)`,
    );
  }
  return regionNames[id as RegionId][checkLanguage('regionName', lang)];
}

/**
 * What a hostname family is, in English: `hostnameFamilyDescription('api-internal')` is
 * `'FC API from inside Alibaba Cloud in the same region (internal network)'`. Throws a `RangeError` naming the valid
 * ids for an unknown one.
 */
export function hostnameFamilyDescription(id: HostnameFamilyId): string {
  if (typeof id !== 'string' || !Object.hasOwn(hostnameFamilyDescriptions, id)) {
    throw new RangeError(
      `hostnameFamilyDescription: ${show(id)} is not a hostname family id; use one of ${Object.keys(hostnameFamilyDescriptions).join(', ')}`,
    );
  }
  return hostnameFamilyDescriptions[id];
}

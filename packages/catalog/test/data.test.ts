/** Whole-dataset invariants over data/*.json, the catalog's source of truth. */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../src/generated/error-codes.js';
import { hostnameFamilies } from '../src/generated/hostname-families.js';
import { regions, unlistedRegions } from '../src/generated/regions.js';
import { errorCodeTexts, hostnameFamilyDescriptions, regionNames } from '../src/generated/texts.js';
import type { ErrorCodeInfo, HostnameFamily, Region, Source, UnlistedRegion } from '../src/types.js';

const dataFiles = ['regions', 'unlisted-regions', 'error-codes', 'hostname-families'] as const;
type DataFile = (typeof dataFiles)[number];

const readText = (file: string): string => readFileSync(new URL(`../data/${file}`, import.meta.url), 'utf8');
const readData = (name: DataFile): unknown => JSON.parse(readText(`${name}.json`));
const readSchema = (name: DataFile): object => JSON.parse(readText(`${name}.schema.json`)) as object;

// The JSON holds more than the runtime tables: texts (served by the texts entry) and provenance (JSON only).
interface Provenance {
  readonly sources: readonly Source[];
}
type RegionData = Region & Provenance & { readonly nameEn: string; readonly nameZh: string; readonly notes: readonly string[] };
type UnlistedData = UnlistedRegion & Provenance & { readonly nameEn: string | null; readonly nameZh: string | null; readonly notes: readonly string[] };
type CodeData = ErrorCodeInfo &
  Provenance & {
    readonly descriptionEn: string;
    readonly descriptionZh: string;
    readonly solutionEn: string;
    readonly solutionZh: string;
    readonly retryReason: string;
    readonly statusNote?: string;
    readonly notes?: readonly string[];
  };
type FamilyData = HostnameFamily & Provenance & { readonly description: string };

const regionData = readData('regions') as RegionData[];
const unlistedData = readData('unlisted-regions') as UnlistedData[];
const codeData = readData('error-codes') as CodeData[];
const familyData = readData('hostname-families') as FamilyData[];

/** A validator for one data file's schema; strictRequired is off because if/then blocks name properties defined beside them. */
function validatorFor(name: DataFile) {
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
  return ajv.compile(readSchema(name));
}

const duplicates = (values: readonly string[]) => values.filter((v, i) => values.indexOf(v) !== i);
const sorted = (values: Iterable<string>) => [...values].sort();
const hasCjk = (text: string) => /[\u4e00-\u9fff]/u.test(text);
const without = (entry: object, key: string): object => Object.fromEntries(Object.entries(entry).filter(([k]) => k !== key));

describe('JSON schemas', () => {
  it.each(dataFiles)('data/%s.json matches data/%s.schema.json', (name) => {
    const validate = validatorFor(name);
    const valid = validate(readData(name));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('every schema declares draft 2020-12', () => {
    for (const name of dataFiles) {
      expect(readSchema(name)).toHaveProperty('$schema', 'https://json-schema.org/draft/2020-12/schema');
    }
  });

  it('the data files carry no $schema key of their own (they are plain arrays)', () => {
    for (const name of dataFiles) expect(Array.isArray(readData(name))).toBe(true);
  });

  // The schemas must be able to fail: each broken copy below breaks one rule.
  it('the error-code schema rejects a null status that claims to be confirmed', () => {
    const broken = codeData.map((c) =>
      c.code === 'InvalidArgument' ? { ...c, httpStatus: null, statusConfidence: 'confirmed' } : c,
    );
    expect(validatorFor('error-codes')(broken)).toBe(false);
  });

  it('the error-code schema rejects an inferred status without a statusNote', () => {
    const broken = codeData.map((c) => (c.code === 'TriggerNotFound' ? without(c, 'statusNote') : c));
    expect(validatorFor('error-codes')(broken)).toBe(false);
  });

  it('the error-code schema rejects an empty solution, an unknown key and a free-text confidence', () => {
    const validate = validatorFor('error-codes');
    const first = codeData[0]!;
    expect(validate([{ ...first, solutionZh: '' }])).toBe(false);
    expect(validate([{ ...first, solution: 'x' }])).toBe(false);
    expect(validate([{ ...first, statusConfidence: 'status UNCONFIRMED (no source)' }])).toBe(false);
    expect(validate([first])).toBe(true);
  });

  it('the region schema rejects a retired region without its dates and an active one with them', () => {
    const validate = validatorFor('regions');
    const sydney = regionData.find((r) => r.id === 'ap-southeast-2')!;
    const hangzhou = regionData.find((r) => r.id === 'cn-hangzhou')!;
    expect(validate([without(sydney, 'retiredOn')])).toBe(false);
    expect(validate([{ ...hangzhou, retiredOn: '2024-01-01' }])).toBe(false);
    expect(validate([{ ...sydney, retiredOn: '30/09/2024' }])).toBe(false);
    expect(validate([sydney, hangzhou])).toBe(true);
  });

  it('the hostname-family schema rejects an unknown family id and a pattern without {region}', () => {
    const validate = validatorFor('hostname-families');
    const api = familyData.find((f) => f.id === 'api')!;
    expect(validate([{ ...api, id: 'api-vpc' }])).toBe(false);
    expect(validate([{ ...api, pattern: 'fc.aliyuncs.com' }])).toBe(false);
    expect(validate([api])).toBe(true);
  });

  it('the unlisted-region schema rejects an entry without sources', () => {
    expect(validatorFor('unlisted-regions')([{ ...unlistedData[0]!, sources: [] }])).toBe(false);
  });
});

/** An entry without the named fields. */
const omit = (entry: object, keys: readonly string[]): object => Object.fromEntries(Object.entries(entry).filter(([k]) => !keys.includes(k)));
const provenance = ['sources', 'notes'];
const codeTextFields = ['descriptionEn', 'descriptionZh', 'solutionEn', 'solutionZh', 'retryReason', 'statusNote'];

describe('generated modules', () => {
  it('hold the JSON data without provenance (sources, notes) and texts, in the same order', () => {
    expect(regions).toEqual(regionData.map((r) => omit(r, [...provenance, 'nameEn', 'nameZh'])));
    expect(unlistedRegions).toEqual(unlistedData.map((r) => omit(r, [...provenance, 'nameEn', 'nameZh'])));
    expect(errorCodes).toEqual(codeData.map((c) => omit(c, [...provenance, ...codeTextFields])));
    expect(hostnameFamilies).toEqual(familyData.map((f) => omit(f, [...provenance, 'description'])));
  });

  it('hold every text of the JSON data in the texts tables, and nothing else', () => {
    expect(Object.keys(errorCodeTexts)).toEqual(codeData.map((c) => c.code));
    for (const c of codeData) {
      expect(errorCodeTexts[c.code as keyof typeof errorCodeTexts], c.code).toEqual({
        en: { description: c.descriptionEn, solution: c.solutionEn },
        zh: { description: c.descriptionZh, solution: c.solutionZh },
        retryReason: c.retryReason,
        ...(c.statusNote === undefined ? {} : { statusNote: c.statusNote }),
      });
    }
    const allRegions = [...regionData, ...unlistedData];
    expect(Object.keys(regionNames)).toEqual(allRegions.map((r) => r.id));
    for (const r of allRegions) expect(regionNames[r.id as keyof typeof regionNames], r.id).toEqual({ en: r.nameEn, zh: r.nameZh });
    expect(hostnameFamilyDescriptions).toEqual(Object.fromEntries(familyData.map((f) => [f.id, f.description])));
  });

  it('keep the catalog small enough for browsers (all data, gzipped, under 24 kB)', () => {
    const gzipped = dataFiles.reduce((sum, name) => sum + gzipSync(readText(`${name}.json`)).length, 0);
    expect(gzipped).toBeLessThan(24 * 1024);
  });
});

describe('regions', () => {
  const activeIds = [
    'cn-hangzhou',
    'cn-shanghai',
    'cn-qingdao',
    'cn-beijing',
    'cn-zhangjiakou',
    'cn-huhehaote',
    'cn-wulanchabu',
    'cn-shenzhen',
    'cn-chengdu',
    'cn-hongkong',
    'ap-southeast-1',
    'ap-southeast-3',
    'ap-southeast-5',
    'ap-southeast-7',
    'ap-northeast-1',
    'ap-northeast-2',
    'eu-central-1',
    'eu-west-1',
    'us-east-1',
    'us-west-1',
    'me-central-1',
  ];

  it('has unique ids', () => {
    expect(duplicates(regionData.map((r) => r.id))).toEqual([]);
  });

  it('lists exactly the 21 active regions of the current endpoint table', () => {
    const active = regionData.filter((r) => r.status === 'active').map((r) => r.id);
    expect(active).toHaveLength(21);
    expect(sorted(active)).toEqual(sorted(activeIds));
  });

  it('lists Mumbai and Sydney as the only retired regions, with their last day and exact end', () => {
    const retired = regionData.filter((r) => r.status === 'retired');
    expect(retired.map((r) => r.id).sort()).toEqual(['ap-south-1', 'ap-southeast-2']);
    expect(regionData.find((r) => r.id === 'ap-south-1')).toMatchObject({
      nameEn: 'India (Mumbai)',
      retiredOn: '2024-07-15',
      retiredAfter: '2024-07-15T24:00+05:30',
    });
    expect(regionData.find((r) => r.id === 'ap-southeast-2')).toMatchObject({
      nameEn: 'Australia (Sydney)',
      retiredOn: '2024-09-30',
      retiredAfter: '2024-09-30T24:00+10:00',
    });
  });

  it('gives retirement dates to retired regions only, and retiredAfter falls on retiredOn', () => {
    for (const region of regionData) {
      if (region.status === 'retired') {
        expect(region.retiredAfter?.slice(0, 10), region.id).toBe(region.retiredOn);
      } else {
        expect(region.retiredOn, region.id).toBeUndefined();
        expect(region.retiredAfter, region.id).toBeUndefined();
      }
    }
  });

  it('has English and Chinese names and at least one source for every region', () => {
    for (const region of regionData) {
      expect(region.nameEn.trim(), region.id).not.toBe('');
      expect(hasCjk(region.nameZh), region.id).toBe(true);
      expect(region.sources.length, region.id).toBeGreaterThanOrEqual(1);
    }
  });

  it('uses lower-case ids that fit a host label', () => {
    for (const region of regionData) expect(region.id).toMatch(/^[a-z]{2}-[a-z]+(-\d+)?$/);
  });

  it('marks only Riyadh as partner-operated and as lacking an fcv3 host', () => {
    expect(regionData.filter((r) => r.partnerOperated).map((r) => r.id)).toEqual(['me-central-1']);
    expect(regionData.filter((r) => !r.fcv3Host).map((r) => r.id)).toEqual(['me-central-1']);
  });

  it('has documented internal-host rows exactly for the 14 regions where the row was seen', () => {
    const documented = regionData.filter((r) => r.internalHostConfidence === 'documented').map((r) => r.id);
    expect(sorted(documented)).toEqual(sorted(activeIds.slice(0, 14)));
  });
});

describe('unlisted regions', () => {
  it('has unique ids, none of which collides with a listed region', () => {
    const listed = new Set(regionData.map((r) => r.id));
    expect(duplicates(unlistedData.map((r) => r.id))).toEqual([]);
    expect(unlistedData.filter((r) => listed.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('holds the four SDK-only industry-cloud ids and the two unconfirmed tool ids', () => {
    const byStatus = (status: UnlistedData['status']) =>
      sorted(unlistedData.filter((r) => r.status === status).map((r) => r.id));
    expect(byStatus('industry-cloud')).toEqual(
      sorted(['cn-hangzhou-finance', 'cn-shanghai-finance-1', 'cn-heyuan-acdr-1', 'cn-north-2-gov-1']),
    );
    expect(byStatus('unconfirmed')).toEqual(['cn-guangzhou', 'me-east-1']);
  });

  it('has a note and a source for every entry', () => {
    for (const region of unlistedData) {
      expect(region.notes.length, region.id).toBeGreaterThanOrEqual(1);
      expect(region.sources.length, region.id).toBeGreaterThanOrEqual(1);
    }
  });
});

describe('error codes', () => {
  const commonCodes = [
    'InvalidArgument',
    'MissingRequiredHeader',
    'LimitExceededError',
    'PathNotSupported',
    'EntityTooLarge',
    'AccessDenied',
    'SignatureNotMatch',
    'InvalidAccessKeyID',
    'ConcurrentUpdateError',
    'ResourceExhausted',
    'ClientClosedRequest',
    'InternalServerError',
    'ResourceThrottled',
  ];
  const byCode = new Map(codeData.map((c) => [c.code, c]));

  it('holds 51 API codes and 2 invocation error types', () => {
    expect(codeData).toHaveLength(53);
    expect(codeData.filter((c) => c.scope !== 'invocation')).toHaveLength(51);
  });

  it('has unique codes, also when letter case is ignored', () => {
    expect(duplicates(codeData.map((c) => c.code))).toEqual([]);
    expect(duplicates(codeData.map((c) => c.code.toLowerCase()))).toEqual([]);
  });

  it('has exactly the 13 common codes, spelled as FC spells them', () => {
    const common = codeData.filter((c) => c.scope === 'common').map((c) => c.code);
    expect(sorted(common)).toEqual(sorted(commonCodes));
    expect(byCode.has('MissingRequiredHeader')).toBe(true);
    expect(byCode.has('ConcurrentUpdateError')).toBe(true);
  });

  it('has exactly two invocation error types, reported with HTTP 200 as function errors', () => {
    const invocation = codeData.filter((c) => c.scope === 'invocation');
    expect(sorted(invocation.map((c) => c.code))).toEqual(['HandledInvocationError', 'UnhandledInvocationError']);
    for (const entry of invocation) {
      expect(entry.httpStatus).toBe(200);
      expect(entry.category).toBe('function');
      expect(entry.retryable).toBe('conditional');
    }
  });

  it('has at least one source and non-empty English and Chinese description and solution for every entry', () => {
    for (const entry of codeData) {
      expect(entry.sources.length, entry.code).toBeGreaterThanOrEqual(1);
      expect(entry.descriptionEn.trim(), entry.code).not.toBe('');
      expect(entry.solutionEn.trim(), entry.code).not.toBe('');
      expect(hasCjk(entry.descriptionZh), `${entry.code} descriptionZh`).toBe(true);
      expect(hasCjk(entry.solutionZh), `${entry.code} solutionZh`).toBe(true);
      expect(hasCjk(entry.descriptionEn + entry.solutionEn), `${entry.code} English text`).toBe(false);
    }
  });

  it('keeps solutions short: at most two sentences each', () => {
    for (const entry of codeData) {
      expect(entry.solutionEn.split(/\.(?:\s|$)/u).filter(Boolean).length, entry.code).toBeLessThanOrEqual(2);
      expect(entry.solutionZh.split('。').filter(Boolean).length, entry.code).toBeLessThanOrEqual(2);
      expect(entry.solutionEn.length, entry.code).toBeLessThanOrEqual(160);
      expect(entry.solutionZh.length, entry.code).toBeLessThanOrEqual(80);
    }
  });

  it('has a null httpStatus exactly when statusConfidence is unconfirmed', () => {
    for (const entry of codeData) {
      expect(entry.httpStatus === null, entry.code).toBe(entry.statusConfidence === 'unconfirmed');
    }
  });

  it('explains every status that is not confirmed in statusNote', () => {
    for (const entry of codeData.filter((c) => c.statusConfidence !== 'confirmed')) {
      expect(entry.statusNote?.trim(), entry.code).toBeTruthy();
    }
  });

  it('marks the statuses that rest on inference', () => {
    const inferred = codeData.filter((c) => c.statusConfidence === 'inference').map((c) => c.code);
    expect(sorted(inferred)).toEqual(['PreconditionFailed', 'ResourcePoolInsufficientCapacity', 'TriggerNotFound']);
  });

  it('gives a retryReason to every code and retries as is only the four transient ones', () => {
    for (const entry of codeData) expect(entry.retryReason.trim(), entry.code).not.toBe('');
    const retryable = codeData.filter((c) => c.retryable === 'yes').map((c) => c.code);
    expect(sorted(retryable)).toEqual(
      sorted(['ConcurrentUpdateError', 'ResourceExhausted', 'InternalServerError', 'ResourceThrottled']),
    );
  });

  it('matches the statuses of the key codes', () => {
    const statusOf = (code: string) => byCode.get(code)?.httpStatus;
    expect(statusOf('ResourceExhausted')).toBe(429);
    expect(statusOf('ResourceThrottled')).toBe(503);
    expect(statusOf('ConcurrentUpdateError')).toBe(409);
    expect(statusOf('ClientClosedRequest')).toBe(499);
    expect(statusOf('PreconditionFailed')).toBe(412);
    expect(statusOf('AccessDenied')).toBe(403);
    expect(statusOf('FunctionAlreadyExists')).toBeNull();
  });

  it('keeps each category consistent with its HTTP status', () => {
    const allowed: Record<CodeData['category'], (status: number) => boolean> = {
      client: (s) => s === 400 || s === 499,
      auth: (s) => s === 403,
      'not-found': (s) => s === 404,
      conflict: (s) => s === 409,
      precondition: (s) => s === 412,
      throttling: (s) => s === 429 || s === 503,
      capacity: (s) => s === 400 || s === 503,
      limit: (s) => s === 400,
      server: (s) => s >= 500,
      function: (s) => s === 200 || s === 412 || s === 502,
    };
    for (const entry of codeData) {
      if (entry.httpStatus === null) continue;
      expect(allowed[entry.category](entry.httpStatus), `${entry.code} ${entry.httpStatus} ${entry.category}`).toBe(true);
    }
  });

  it('lists API versions in release order', () => {
    for (const entry of codeData) expect(entry.apiVersions, entry.code).toEqual([...entry.apiVersions].sort());
  });
});

describe('hostname families', () => {
  it('covers every family the endpoint code knows, once each', () => {
    expect(sorted(familyData.map((f) => f.id))).toEqual(
      sorted(['api', 'api-internal', 'region-only', 'openapi-v3', 'http-trigger', 'http-trigger-vpc', 'legacy']),
    );
  });

  it('is account-scoped exactly when the pattern holds {accountId}', () => {
    for (const family of familyData) expect(family.accountScoped, family.id).toBe(family.pattern.includes('{accountId}'));
  });

  it('builds only current API hosts', () => {
    expect(sorted(familyData.filter((f) => f.buildable).map((f) => f.id))).toEqual(['api', 'api-internal', 'openapi-v3']);
    expect(familyData.filter((f) => f.status === 'obsolete').map((f) => f.id)).toEqual(['legacy']);
  });

  it('uses -vpc only on fcapp.run trigger hosts and -internal only on API hosts', () => {
    for (const family of familyData) {
      if (family.pattern.includes('-vpc')) expect(family.pattern, family.id).toMatch(/\.fcapp\.run$/);
      if (family.pattern.includes('-internal')) expect(family.pattern, family.id).toMatch(/aliyuncs\.com$/);
    }
    expect(familyData.find((f) => f.id === 'http-trigger-vpc')?.pattern).toBe('{subdomain}.{region}-vpc.fcapp.run');
  });

  it('has at least one source for every family', () => {
    for (const family of familyData) expect(family.sources.length, family.id).toBeGreaterThanOrEqual(1);
  });
});

import { getRegion, getUnlistedRegion, nearestRegion, activeRegionIds } from './lookup.js';
import { editDistance } from './suggest.js';
import type { HostnameFamilyId } from './types.js';

/**
 * Stands for a run-time value inside a host, e.g. the `${accountId}` of a template literal.
 * Callers that scan code replace each expression with this character before calling `findEndpoints`.
 */
export const DYNAMIC = '\uFFFC';

export type AccountKind = 'numeric' | 'masked' | 'placeholder' | 'dynamic' | 'invalid' | 'none';
export type RegionKind = 'active' | 'retired' | 'unlisted' | 'dynamic' | 'placeholder' | 'misspelled' | 'unknown';

export type EndpointProblemKind =
  | 'misspelled-region'
  | 'unknown-region'
  | 'retired-region'
  | 'wrong-suffix'
  | 'whitespace'
  | 'dot-internal'
  | 'vpc-on-api'
  | 'internal-on-trigger'
  | 'legacy-order'
  | 'non-numeric-account';

export interface EndpointProblem {
  readonly kind: EndpointProblemKind;
  /** One sentence naming what is wrong and, where known, the right value. */
  readonly message: string;
  /** The offending part as written (lower-cased). */
  readonly found: string;
  /** The right value for that part, where one is known. */
  readonly expected?: string;
}

export interface EndpointDiagnosis {
  /** The host as written, with any white space inside it. */
  readonly host: string;
  readonly family: HostnameFamilyId;
  readonly accountId?: string;
  readonly accountKind: AccountKind;
  /** The region as written (lower-cased, without `-internal`/`-vpc`). */
  readonly region: string;
  readonly regionKind: RegionKind;
  /** `-internal` API host (also when written as `.internal.`). */
  readonly internal: boolean;
  /** `-vpc` trigger host (also when written as `-internal`). */
  readonly vpc: boolean;
  /** First labels of a trigger host, e.g. `my-func-abcd` in `my-func-abcd.cn-hangzhou.fcapp.run`. */
  readonly subdomain?: string;
  /** True when some part is a run-time value (see `DYNAMIC`). */
  readonly dynamic: boolean;
  /** True when some part is a placeholder such as `<account-id>`, `{region}` or `1234****`. */
  readonly placeholder: boolean;
  readonly problems: readonly EndpointProblem[];
  /** The host with every problem fixed, when all of them have a safe fix; `undefined` otherwise or when there is none. */
  readonly corrected?: string;
}

export type EndpointMatch =
  | {
      /** Offset of the host's first character in the scanned text. */
      readonly start: number;
      /** Offset just past the host's last character. */
      readonly end: number;
      readonly fragment: false;
      readonly diagnosis: EndpointDiagnosis;
    }
  | {
      readonly start: number;
      readonly end: number;
      /** The text holds only the end of an FC host after a `.` or `-` (`'.fc.aliyuncs.com'`), to build or test hosts. */
      readonly fragment: true;
      /** Present when the fragment still holds a region (`'.cn-hangzhou.fc.aliyuncs.com'`). */
      readonly diagnosis?: EndpointDiagnosis;
    };

interface Label {
  /** Lower-cased text. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** White space between this label and the previous one. */
  readonly spaced: boolean;
}

const LABEL_CHAR = /[A-Za-z0-9_\-*{}$\uFFFC]/;
const ANGLE_PLACEHOLDER = /^<[A-Za-z0-9_-]{1,64}>/;
const PLACEHOLDER_WORDS = new Set([
  'account-id',
  'accountid',
  'account_id',
  'account',
  'acct',
  'acctid',
  'acct-id',
  'uid',
  'aliuid',
  'your-account-id',
  'youraccountid',
  'your_account_id',
  'yourid',
  'your-uid',
  'region',
  'regionid',
  'region-id',
  'region_id',
  'your-region',
]);
const TLD_TYPOS = new Set(['con', 'cm', 'co', 'cmo', 'ocm', 'comm', 'om', 'vom', 'xom', 'clm', 'cpm', 'coom']);
const MAX_HOST_LABELS = 12;
const MAX_LABEL_LENGTH = 63;

const isSpace = (c: string | undefined) => c === ' ' || c === '\t';

/** Reads the labels of one dotted run starting at `start`; white space is allowed only next to a dot. */
function readRun(text: string, start: number): { labels: Label[]; end: number } {
  const labels: Label[] = [];
  let i = start;
  let spaced = false;
  for (;;) {
    const labelStart = i;
    const angle = text[i] === '<' ? ANGLE_PLACEHOLDER.exec(text.slice(i, i + 66)) : null;
    if (angle) {
      i += angle[0].length;
    } else {
      while (i < text.length && LABEL_CHAR.test(text[i]!)) i++;
    }
    if (i === labelStart) break;
    labels.push({ text: text.slice(labelStart, i).toLowerCase(), start: labelStart, end: i, spaced });
    let j = i;
    while (isSpace(text[j])) j++;
    if (text[j] !== '.') break;
    const spaceBeforeDot = j > i;
    j++;
    const afterDot = j;
    while (isSpace(text[j])) j++;
    const next = text[j];
    if (next === undefined || !(LABEL_CHAR.test(next) || next === '<')) break;
    spaced = spaceBeforeDot || j > afterDot;
    i = j;
  }
  return { labels, end: labels.length > 0 ? labels[labels.length - 1]!.end : start };
}

const isDigits = (s: string) => /^[0-9]+$/.test(s);

function classifyAccount(label: string): AccountKind {
  if (label.includes(DYNAMIC)) return 'dynamic';
  if (isDigits(label)) return 'numeric';
  if (/^[0-9]*[*x]{2,}[0-9]*$/.test(label) && /[0-9*]/.test(label)) return 'masked';
  if (isPlaceholder(label)) return 'placeholder';
  return 'invalid';
}

function isPlaceholder(label: string): boolean {
  return (
    /^<.*>$/.test(label) ||
    /[{}$*]/.test(label) ||
    /^x{3,}$/.test(label) ||
    PLACEHOLDER_WORDS.has(label) ||
    /^(?:your|my)[-_]?(?:account|acct|uid)/.test(label)
  );
}

interface RegionLabel {
  readonly region: string;
  readonly kind: RegionKind;
  /** `-internal` or `-vpc` suffix on the label. */
  readonly network: '' | '-internal' | '-vpc';
  readonly corrected?: string;
}

const REGION_SHAPE = /^[a-z]{2}-[a-z]+(?:-[a-z]+)*-?[0-9]*$/;

/** Classifies a label that should hold a region; `undefined` when it does not look like a region at all. */
function classifyRegion(label: string): RegionLabel | undefined {
  let region = label;
  let network: RegionLabel['network'] = '';
  for (const suffix of ['-internal', '-vpc'] as const) {
    if (region.endsWith(suffix) && region.length > suffix.length) {
      region = region.slice(0, -suffix.length);
      network = suffix;
      break;
    }
  }
  if (region.includes(DYNAMIC)) return { region, kind: 'dynamic', network };
  if (isPlaceholder(region)) return { region, kind: 'placeholder', network };
  const listed = getRegion(region);
  if (listed) return { region, kind: listed.status === 'retired' ? 'retired' : 'active', network };
  if (getUnlistedRegion(region)) return { region, kind: 'unlisted', network };
  const near = region.length >= 5 ? nearestRegion(region) : undefined;
  if (near) return { region, kind: 'misspelled', network, corrected: near };
  if (REGION_SHAPE.test(region)) return { region, kind: 'unknown', network };
  return undefined;
}

const isAliyuncsLike = (s: string) => s === 'aliyuncs' || (s[0] === 'a' && s.length >= 5 && editDistance(s, 'aliyuncs', 2) <= 2);
const isComLike = (s: string) => s === 'com' || TLD_TYPOS.has(s);

interface Suffix {
  readonly index: number;
  readonly kind: 'aliyuncs' | 'fcapp';
  readonly exact: boolean;
}

/** Finds the FC-like suffix (`aliyuncs.com` and near misses, or `fcapp.run`) and the labels that end the host. */
function findSuffix(labels: readonly Label[]): { suffix: Suffix; end: number } | undefined {
  for (let i = 1; i + 1 < labels.length; i++) {
    const a = labels[i]!.text;
    const b = labels[i + 1]!.text;
    let suffix: Suffix | undefined;
    if (a === 'fcapp' && b === 'run') suffix = { index: i, kind: 'fcapp', exact: true };
    else if (isAliyuncsLike(a) && isComLike(b)) {
      suffix = { index: i, kind: 'aliyuncs', exact: a === 'aliyuncs' && b === 'com' };
    }
    if (!suffix) continue;
    const after = labels[i + 2];
    // `fc.aliyuncs.com.example.net` is another domain; `fc.aliyuncs.com. Next sentence` is not.
    if (after && !after.spaced) return undefined;
    return { suffix, end: i + 2 };
  }
  return undefined;
}

interface Shape {
  readonly family: HostnameFamilyId;
  /** Index of the first label of the host. */
  readonly first: number;
  readonly account?: Label;
  readonly subdomain?: readonly Label[];
  readonly region: RegionLabel;
  readonly regionLabel: Label;
  readonly dotInternal: boolean;
  readonly legacy: boolean;
}

/** Matches the labels before the suffix against FC's host shapes, from the right. */
function matchShape(labels: readonly Label[], suffix: Suffix): Shape | undefined {
  const s = suffix.index;
  const at = (i: number) => (i >= 0 ? labels[i] : undefined);
  if (suffix.kind === 'fcapp') {
    const regionLabel = at(s - 1);
    const region = regionLabel && classifyRegion(regionLabel.text);
    if (!regionLabel || !region || s - 1 < 1) return undefined;
    // Sub-domain labels run left until white space (a sentence boundary).
    let first = s - 2;
    while (first > 0 && !labels[first]!.spaced) first--;
    const subdomain = labels.slice(first, s - 1);
    return { family: region.network === '' ? 'http-trigger' : 'http-trigger-vpc', first, subdomain, region, regionLabel, dotInternal: false, legacy: false };
  }
  const before = at(s - 1);
  if (!before) return undefined;
  if (before.text === 'fcv3') return undefined;
  const twoBefore = at(s - 2);
  if (twoBefore?.text === 'fcv3') {
    const region = classifyRegion(before.text);
    if (!region || (labels[s - 2 - 1] && !labels[s - 2]!.spaced)) return undefined;
    return { family: 'openapi-v3', first: s - 2, region, regionLabel: before, dotInternal: false, legacy: false };
  }
  if (before.text !== 'fc') {
    // Legacy order: <account>.fc.<region>[-internal].aliyuncs.com
    const region = classifyRegion(before.text);
    const account = at(s - 3);
    if (twoBefore?.text !== 'fc' || !region || !account || !suffix.exact) return undefined;
    const kind = classifyAccount(account.text);
    if (kind === 'invalid' || (labels[s - 4] && !account.spaced)) return undefined;
    return { family: 'legacy', first: s - 3, account, region, regionLabel: before, dotInternal: false, legacy: true };
  }
  // <account>.<region>[-internal].fc.<suffix>, <region>.fc.<suffix>, or <account>.<region>.internal.fc.<suffix>
  let regionIndex = s - 2;
  let dotInternal = false;
  if (at(regionIndex)?.text === 'internal' && at(regionIndex - 1)) {
    dotInternal = true;
    regionIndex--;
  }
  const regionLabel = at(regionIndex);
  const region = regionLabel && classifyRegion(regionLabel.text);
  if (!regionLabel || !region) return undefined;
  const account = at(regionIndex - 1);
  if (!account) return { family: 'region-only', first: regionIndex, region, regionLabel, dotInternal, legacy: false };
  const accountKind = classifyAccount(account.text);
  const boundaryBeforeAccount = at(regionIndex - 2) === undefined || account.spaced;
  if (regionLabel.spaced && accountKind === 'invalid') {
    // "see the docs. cn-hangzhou.fc.aliyuncs.com": the word before white space is prose, not an account id.
    return { family: 'region-only', first: regionIndex, region, regionLabel, dotInternal, legacy: false };
  }
  if (!boundaryBeforeAccount) return undefined;
  const internal = dotInternal || region.network !== '';
  return { family: internal ? 'api-internal' : 'api', first: regionIndex - 1, account, region, regionLabel, dotInternal, legacy: false };
}

function retiredMessage(region: string): string {
  const info = getRegion(region);
  const alternatives = activeRegionIds.filter((id) => id.split('-')[0] === region.split('-')[0]).slice(0, 3);
  return `region "${region}" was retired on ${info?.retiredOn ?? 'an earlier date'}; move to an active region${
    alternatives.length > 0 ? ` such as ${alternatives.join(', ')}` : ''
  }`;
}

/** Diagnoses the labels of one run; `undefined` when they do not form an FC host. */
function diagnoseLabels(text: string, labels: readonly Label[]): { diagnosis: EndpointDiagnosis; first: number; end: number } | undefined {
  const found = findSuffix(labels);
  if (!found) return undefined;
  const { suffix, end } = found;
  const shape = matchShape(labels, suffix);
  if (!shape) return undefined;
  const { region, family } = shape;
  // Only a host with the real `fc` label shape is ours: `ide.fc.aliyun.com` and `oss-cn-shangai.aliyuncs.com` are not.
  if (suffix.kind === 'aliyuncs' && !suffix.exact && region.kind === 'unknown') return undefined;
  if (family === 'region-only' && suffix.kind === 'aliyuncs' && !suffix.exact && region.kind !== 'active') return undefined;

  const problems: EndpointProblem[] = [];
  let fixable = true;
  const hostLabels = labels.slice(shape.first, end);
  const accountKind = shape.account ? classifyAccount(shape.account.text) : 'none';
  let regionId = region.region;

  if (hostLabels.slice(1).some((l) => l.spaced)) {
    problems.push({ kind: 'whitespace', message: 'white space inside the host', found: ' ' });
  }
  if (region.kind === 'misspelled' && region.corrected) {
    problems.push({
      kind: 'misspelled-region',
      message: `unknown region "${region.region}"; did you mean "${region.corrected}"?`,
      found: region.region,
      expected: region.corrected,
    });
    regionId = region.corrected;
  } else if (region.kind === 'unknown') {
    problems.push({ kind: 'unknown-region', message: `unknown region "${region.region}"`, found: region.region });
    fixable = false;
  } else if (region.kind === 'retired') {
    problems.push({ kind: 'retired-region', message: retiredMessage(region.region), found: region.region });
    fixable = false;
  }
  if (suffix.kind === 'aliyuncs' && !suffix.exact) {
    const written = `${labels[suffix.index]!.text}.${labels[suffix.index + 1]!.text}`;
    problems.push({ kind: 'wrong-suffix', message: `"${written}" should be "aliyuncs.com"`, found: written, expected: 'aliyuncs.com' });
  }
  if (shape.dotInternal) {
    problems.push({ kind: 'dot-internal', message: '".internal." should be "-internal" joined to the region', found: '.internal.', expected: '-internal' });
  }
  if (suffix.kind === 'aliyuncs' && region.network === '-vpc') {
    problems.push({ kind: 'vpc-on-api', message: 'FC API hosts use "-internal", not "-vpc"', found: '-vpc', expected: '-internal' });
  }
  if (suffix.kind === 'fcapp' && region.network === '-internal') {
    problems.push({ kind: 'internal-on-trigger', message: 'HTTP trigger hosts use "-vpc", not "-internal"', found: '-internal', expected: '-vpc' });
  }
  if (shape.legacy) {
    problems.push({ kind: 'legacy-order', message: 'legacy label order (before October 2017): the region now comes before "fc"', found: '.fc.' });
  }
  if (accountKind === 'invalid') {
    problems.push({
      kind: 'non-numeric-account',
      message: `account id "${shape.account!.text}" is not numeric; use the numeric Alibaba Cloud account id`,
      found: shape.account!.text,
    });
    fixable = false;
  }

  const internal = shape.dotInternal || (suffix.kind === 'aliyuncs' && region.network !== '');
  const vpc = suffix.kind === 'fcapp' && region.network !== '';
  const subdomain = shape.subdomain?.map((l) => l.text).join('.');
  const accountId = shape.account?.text;
  let corrected: string | undefined;
  if (problems.length > 0 && fixable) {
    if (family === 'openapi-v3') corrected = `fcv3.${regionId}.aliyuncs.com`;
    else if (family === 'http-trigger' || family === 'http-trigger-vpc') corrected = `${subdomain}.${regionId}${vpc ? '-vpc' : ''}.fcapp.run`;
    else if (family === 'region-only') corrected = `${regionId}.fc.aliyuncs.com`;
    else corrected = `${accountId}.${regionId}${internal ? '-internal' : ''}.fc.aliyuncs.com`;
  }
  const firstLabel = hostLabels[0]!;
  const lastLabel = hostLabels[hostLabels.length - 1]!;
  const dynamic = hostLabels.some((l) => l.text.includes(DYNAMIC));
  const placeholder = accountKind === 'placeholder' || accountKind === 'masked' || region.kind === 'placeholder';
  const diagnosis: EndpointDiagnosis = {
    host: text.slice(firstLabel.start, lastLabel.end),
    family: shape.legacy ? 'legacy' : family,
    ...(accountId === undefined ? {} : { accountId }),
    accountKind,
    region: region.region,
    regionKind: region.kind,
    internal,
    vpc,
    ...(subdomain === undefined ? {} : { subdomain }),
    dynamic,
    placeholder,
    problems,
    ...(corrected === undefined ? {} : { corrected }),
  };
  return { diagnosis, first: shape.first, end };
}

/**
 * Length in labels of an FC host suffix fragment at the start of `labels` (`.fc.aliyuncs.com` after a dot, or
 * `-internal.fc.aliyuncs.com`), or 0. The bare `fc.aliyuncs.com` (a RAM service principal) is not a fragment.
 */
function matchFragment(text: string, labels: readonly Label[]): number {
  const [a, b, c, d] = labels.map((l) => l.text);
  const afterDot = text[labels[0]!.start - 1] === '.' && !LABEL_CHAR.test(text[labels[0]!.start - 2] ?? ' ');
  if (a === 'fc' && b === 'aliyuncs' && c === 'com' && afterDot) return labels[3]?.spaced === false ? 0 : 3;
  if (a === '-internal' && b === 'fc' && c === 'aliyuncs' && d === 'com') return labels[4]?.spaced === false ? 0 : 4;
  return 0;
}

/** A cheap test that lets most strings skip the scan: every FC host holds `fc` (in `fc`, `fcv3` or `fcapp`). */
export function mayContainEndpoint(text: string): boolean {
  return text.length >= 10 && (text.includes('fc') || text.includes('FC') || text.includes('Fc') || text.includes('fC'));
}

/**
 * Every FC host (or near miss of one) in a longer text, with offsets and a diagnosis.
 * Never throws; runs in time linear in the text's length.
 */
export function findEndpoints(text: string): EndpointMatch[] {
  if (typeof text !== 'string' || !mayContainEndpoint(text)) return [];
  const matches: EndpointMatch[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (!(LABEL_CHAR.test(c) || c === '<') || (i > 0 && LABEL_CHAR.test(text[i - 1]!))) {
      i++;
      continue;
    }
    const { labels, end } = readRun(text, i);
    if (labels.length === 0) {
      i++;
      continue;
    }
    i = Math.max(end, i + 1);
    if (labels.length < 3) continue;
    const runText = text.slice(labels[0]!.start, end);
    if (!mayContainEndpoint(runText)) continue;
    // Several hosts can share a run only across white space ("a.b.fc.aliyuncs.com. c.d.fc.aliyuncs.com").
    let from = 0;
    while (from < labels.length) {
      const window = labels.slice(from, from + MAX_HOST_LABELS + 2);
      if (window.some((l) => l.end - l.start > MAX_LABEL_LENGTH + 2)) break;
      const result = diagnoseLabels(text, window);
      if (!result) {
        const fragmentEnd = matchFragment(text, window);
        if (fragmentEnd > 0) {
          matches.push({ start: window[0]!.start, end: window[fragmentEnd - 1]!.end, fragment: true });
          from += fragmentEnd;
          continue;
        }
        const nextBoundary = labels.findIndex((l, k) => k > from && l.spaced);
        if (nextBoundary < 0) break;
        from = nextBoundary;
        continue;
      }
      const first = window[result.first]!;
      const before = text[first.start - 1];
      if (first.text.startsWith('-') || (before === '.' && !LABEL_CHAR.test(text[first.start - 2] ?? ' '))) {
        matches.push({ start: first.start, end: window[result.end - 1]!.end, fragment: true, diagnosis: result.diagnosis });
      } else {
        matches.push({ start: first.start, end: window[result.end - 1]!.end, fragment: false, diagnosis: result.diagnosis });
      }
      from += result.end;
    }
  }
  return matches;
}

interface UrlParts {
  readonly scheme?: string;
  readonly host: string;
  readonly port?: number;
  readonly path?: string;
}

/** Splits a host or URL into scheme, host, port and path (with query); drops credentials, fragment and a trailing dot. */
function splitUrl(input: string): UrlParts | undefined {
  let rest = input.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(rest);
  if (scheme) rest = rest.slice(scheme[0].length);
  else if (rest.startsWith('//')) rest = rest.slice(2);
  const hash = rest.indexOf('#');
  if (hash >= 0) rest = rest.slice(0, hash);
  const stop = rest.search(/[/?]/);
  const path = stop >= 0 ? rest.slice(stop) : '';
  let host = stop >= 0 ? rest.slice(0, stop) : rest;
  const at = host.lastIndexOf('@');
  if (at >= 0) host = host.slice(at + 1);
  const port = /:([0-9]{1,5})$/.exec(host);
  if (port) host = host.slice(0, -port[0].length);
  if (host.endsWith('.')) host = host.slice(0, -1);
  if (host.length === 0) return undefined;
  return {
    host,
    ...(scheme ? { scheme: scheme[1]!.toLowerCase() } : {}),
    ...(port ? { port: Number(port[1]) } : {}),
    ...(path ? { path } : {}),
  };
}

/**
 * Diagnoses one host or URL: every problem in it and one corrected host that fixes them all (when a safe fix exists).
 * Returns `undefined` when the input does not look like an FC host at all. Never throws.
 */
export function checkEndpoint(input: string): EndpointDiagnosis | undefined {
  if (typeof input !== 'string' || input.length > 2048) return undefined;
  const host = splitUrl(input)?.host;
  if (!host) return undefined;
  const { labels, end } = readRun(host, 0);
  if (labels.length === 0 || end !== host.length) return undefined;
  const result = diagnoseLabels(host, labels);
  if (!result || result.first !== 0 || result.end !== labels.length) return undefined;
  return result.diagnosis;
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
 * non-numeric accounts, unknown regions, the legacy label order). Never throws.
 */
export function parseEndpoint(input: string): ParsedEndpoint | undefined {
  if (typeof input !== 'string' || input.length > 2048) return undefined;
  const trimmed = input.trim();
  const diagnosis = checkEndpoint(trimmed);
  if (!diagnosis || diagnosis.problems.length > 0 || diagnosis.dynamic || diagnosis.placeholder) return undefined;
  if (diagnosis.family === 'legacy') return undefined;
  if (diagnosis.accountKind !== 'numeric' && diagnosis.accountKind !== 'none') return undefined;
  if (diagnosis.regionKind !== 'active' && diagnosis.regionKind !== 'retired' && diagnosis.regionKind !== 'unlisted') return undefined;
  const { scheme, port, path } = splitUrl(trimmed)!;
  return {
    family: diagnosis.family,
    host: diagnosis.host.toLowerCase(),
    ...(diagnosis.accountId === undefined ? {} : { accountId: diagnosis.accountId }),
    region: diagnosis.region,
    regionStatus: diagnosis.regionKind,
    internal: diagnosis.internal,
    vpc: diagnosis.vpc,
    ...(diagnosis.subdomain === undefined ? {} : { subdomain: diagnosis.subdomain }),
    ...(scheme === undefined ? {} : { scheme }),
    ...(port === undefined ? {} : { port }),
    ...(path === undefined ? {} : { path }),
  };
}

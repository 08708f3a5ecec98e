import { classifyAccount, DYNAMIC, PLACEHOLDER_MARK, type AccountKind } from './account.js';
import { regions, unlistedRegions } from './generated/regions.js';
import { getRegion, getUnlistedRegion, nearestRegion, activeRegionIds } from './lookup.js';
import { editDistance } from './suggest.js';
import {
  isDigitCode,
  isLetterCode,
  isTriggerSubdomain,
  mayContainEndpoint,
  splitUrl,
  type ParsedEndpoint,
  type Writable,
} from './parse-endpoint.js';
import type { HostnameFamilyId } from './types.js';

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
  | 'misspelled-network'
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
  /**
   * The host with every problem fixed, when all of them have a safe fix; `undefined` otherwise or when there is none.
   * The account id and trigger sub-domain keep their spelling (`{accountId}`, `DYNAMIC`); the rest is lower case.
   */
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

/** Labels in a host never exceed 63 characters (RFC 1035); 66 leaves room for a `<placeholder>`. */
const MAX_LABEL_LENGTH = 66;
/** The longest run of trigger sub-domain labels looked at, so each candidate host costs constant time. */
const MAX_HOST_LABELS = 12;
const TLD_TYPOS = new Set(['con', 'cm', 'co', 'cmo', 'ocm', 'comm', 'om', 'vom', 'xom', 'clm', 'cpm', 'coom']);
/** A trigger sub-domain is a function's name, so only placeholder characters (not words) mark a placeholder there. */
const SUBDOMAIN_PLACEHOLDER = /[<>{}$*%]|^x{3,}$/;
/** The first part of every region id in the catalog (`cn`, `ap`, `eu`, `us`, `me`). */
const REGION_PREFIXES = [...new Set([...regions, ...unlistedRegions].map((r) => r.id.split('-')[0]!))].filter((p) => /^[a-z]+$/.test(p));
/**
 * A region id the catalog does not know yet: a known prefix, a geographic word (`hangzhou`, `southeast`), then words or
 * numbers (`-1`, `-finance-1`, `-2-gov-1`). Anything else (`my-app`, `us-api`) is not a region, so the host is not FC's.
 */
const REGION_SHAPE = new RegExp(`^(?:${REGION_PREFIXES.join('|')})-[a-z]{4,}(?:-(?:[a-z]+|\\d{1,2}))*$`);

const isUpperCode = (code: number) => code >= 65 && code <= 90;
const isLowerCode = (code: number) => code >= 97 && code <= 122;
const isSpaceCode = (code: number) => code === 32 || code === 9;
// `code | 32` lower-cases a letter: a-f in either case.
const isHexCode = (code: number) => isDigitCode(code) || ((code | 32) >= 97 && (code | 32) <= 102);

/** Letters, digits, `_` and `-`: the name inside `<account-id>` or `%(account_id)s`. */
const isNameCode = (code: number) => isLetterCode(code) || isDigitCode(code) || code === 95 || code === 45;

/** Letters, digits, `-`, the placeholder characters `_ * { } $`, and `DYNAMIC`. */
const isLabelCode = (code: number) =>
  isNameCode(code) ||
  code === 42 || // *
  code === 123 || // {
  code === 125 || // }
  code === 36 || // $
  code === 0xfffc;

/** End of the placeholder name (at most 64 characters) starting at `i`, if `close` follows it; otherwise `-1`. */
function readName(text: string, i: number, close: string): number {
  let j = i;
  while (j - i < 64 && isNameCode(text.charCodeAt(j))) j++;
  return j > i && text[j] === close ? j + 1 : -1;
}

/** End of a `<placeholder>` or of a printf-style verb (`%s`, `%d`, `%(account_id)s`) starting at `i`, or `i`. */
function readPlaceholder(text: string, i: number): number {
  if (text[i] === '<') return Math.max(readName(text, i + 1, '>'), i);
  if (text[i] !== '%') return i;
  let j = i + 1;
  if (text[j] === '(') {
    j = readName(text, j + 1, ')');
    if (j < 0) return i;
  }
  const code = text.charCodeAt(j);
  return isLetterCode(code) ? j + 1 : i;
}

/**
 * End of the label starting at `i`, or `i` when no label starts there. A label is made of label characters,
 * `<placeholders>` and `%s` format verbs; a placeholder joins the rest of a label only across a hyphen
 * (`<region>-internal`, `my-func-<id>`), so `<code>1234.cn-hangzhou...` is a tag and then a host.
 */
function readLabel(text: string, i: number): number {
  let j = i;
  let afterPlaceholder = false;
  for (;;) {
    const code = text.charCodeAt(j);
    if (isLabelCode(code) && (!afterPlaceholder || code === 45 /* - */)) {
      j++;
      afterPlaceholder = false;
      continue;
    }
    const placeholderEnd = j === i || text.charCodeAt(j - 1) === 45 ? readPlaceholder(text, j) : j;
    if (placeholderEnd > j) {
      j = placeholderEnd;
      afterPlaceholder = true;
    } else if (code === 64 /* @ */ && j > i && !afterPlaceholder && isLabelCode(text.charCodeAt(j + 1))) {
      // A login name where the account id belongs (`name@1234.cn-hangzhou...`) stays one label, so it is diagnosed.
      j++;
    } else {
      return j;
    }
  }
}

/**
 * Length of an escape that ends just before a host in a longer text, so that the escape's letters are not read as
 * part of the host: `%2F` (URL encoding) at `i`, or the `n` of `\n`, the `u0022` of `\u0022` after a backslash.
 */
function escapeLength(text: string, i: number): number {
  const hexAt = (k: number) => isHexCode(text.charCodeAt(i + k));
  const code = text.charCodeAt(i);
  if (code === 37 /* % */) return hexAt(1) && hexAt(2) ? 3 : 0;
  if (text.charCodeAt(i - 1) !== 92 /* \ */) return 0;
  if (code === 117 /* u */) return hexAt(1) && hexAt(2) && hexAt(3) && hexAt(4) ? 5 : 0;
  if (code === 120 /* x */) return hexAt(1) && hexAt(2) ? 3 : 0;
  return 'nrtfvb0'.includes(text[i] ?? '.') ? 1 : 0;
}

/** Can a label start with this character? */
const startsLabel = (code: number) => isLabelCode(code) || code === 60 /* < */ || code === 37; /* % */

interface Run {
  /** End of the run's last label, or the start when no label starts there. */
  readonly end: number;
  readonly count: number;
  /** Some label may be the first of a suffix (`aliyuncs` or a near miss, or `fcapp`): see `maySuffix`. */
  readonly maySuffix: boolean;
}

/**
 * Walks the labels of one dotted run starting at `start`, adding them to `labels` when given; white space is allowed
 * only next to a dot.
 *
 * White space next to a dot is a typo inside a host only where no sentence can be read: before the dot after an FC label
 * (`cn-hangzhou .fc`), or after it between an account id with FC labels and an FC label (`1234. cn-hangzhou`); else prose.
 */
function walkRun(text: string, start: number, labels?: Label[]): Run {
  let i = start;
  let end = start;
  let count = 0;
  let suffixLike = false;
  let spaced = false;
  let previousStart = -1;
  /** Start and end of the run's first labels, and how many of them are known to open an account host. */
  const heads: number[] = [];
  let accountLed = 0;
  for (;;) {
    let labelEnd = readLabel(text, i);
    if (labelEnd === i) break;
    if (count > 0 && !spaced) labelEnd = tldEnd(text, previousStart, end, i, labelEnd);
    previousStart = i;
    labels?.push({ text: text.slice(i, labelEnd).toLowerCase(), start: i, end: labelEnd, spaced });
    end = labelEnd;
    count++;
    if (count <= MAX_SPACED_HOST_LABELS) heads.push(i, labelEnd);
    suffixLike ||= maySuffix(text, i, labelEnd);
    let j = labelEnd;
    while (isSpaceCode(text.charCodeAt(j))) j++;
    if (text.charCodeAt(j) !== 46 /* . */) break;
    const spaceBeforeDot = j > labelEnd;
    j++;
    const afterDot = j;
    while (isSpaceCode(text.charCodeAt(j))) j++;
    const spaceAfterDot = j > afterDot;
    if (spaceAfterDot && !spaceBeforeDot) {
      if (count > MAX_SPACED_HOST_LABELS) break;
      accountLed = accountHostLabels(text, heads, count, accountLed);
      if (accountLed < count || !continuesAfterSpace(text, heads, count, j)) break;
      accountLed++;
    }
    spaced = spaceBeforeDot || spaceAfterDot;
    i = j;
  }
  return { end, count, maySuffix: suffixLike };
}

/** The most labels a host with white space after a dot has before it: account, region, `internal`, `fc`, `aliyuncs`. */
const MAX_SPACED_HOST_LABELS = 5;

/** The lower-cased label `[start, end)`, or `undefined` when it is too long to be one. */
const labelAt = (text: string, start: number, end: number) =>
  end - start <= MAX_LABEL_LENGTH ? text.slice(start, end).toLowerCase() : undefined;

/**
 * How many of the first `count` labels (bounds in `heads`) open an account host: an account id, then FC labels. The
 * first `known` of them were checked before, so each label is classified once.
 */
function accountHostLabels(text: string, heads: readonly number[], count: number, known: number): number {
  let k = known;
  for (; k < count; k++) {
    const label = labelAt(text, heads[2 * k]!, heads[2 * k + 1]!);
    if (label === undefined || !(k === 0 ? isAccountAtStart(label) : isHostWord(label))) break;
  }
  return k;
}

/**
 * After an account id and FC labels (see `accountHostLabels`), does white space after the dot before `next` stay inside
 * the host? Not after the TLD, nor before a capitalised word (`. Next`); only before an FC label.
 */
function continuesAfterSpace(text: string, heads: readonly number[], count: number, next: number): boolean {
  if (isUpperCode(text.charCodeAt(next)) && isLowerCode(text.charCodeAt(next + 1))) return false;
  const x = labelAt(text, heads[2 * count - 2]!, heads[2 * count - 1]!);
  // White space after the TLD ends the host.
  if (count > 1 && x !== undefined && isComLike(x)) return false;
  const y = labelAt(text, next, readLabel(text, next));
  return y !== undefined && y !== '' && isHostWord(y);
}

/** An account id that starts a host with white space inside: numeric (4+ digits, not a list number), masked, run-time or `<placeholder>`. */
function isAccountAtStart(label: string): boolean {
  const kind = classifyAccount(label);
  if (kind === 'numeric') return label.length >= 4;
  return kind === 'masked' || kind === 'dynamic' || (kind === 'placeholder' && /[<>{}$%]/.test(label));
}

/** A label an FC API host is made of after its account id; digits alone are never a region (and skip the costly look-up). */
const isHostWord = (label: string) =>
  label === 'fc' ||
  label === 'internal' ||
  isComLike(label) ||
  isAliyuncsLike(label) ||
  (/\D/.test(label) && isRegionLike(label));

function readRun(text: string, start: number): Label[] {
  const labels: Label[] = [];
  walkRun(text, start, labels);
  return labels;
}

/** A run-time value or placeholder that can follow a host directly: `${path}` (as `DYNAMIC`), `{path}`, `$PATH`. */
const isGluedValueCode = (code: number) => code === 0xfffc || code === 123 /* { */ || code === 36; /* $ */

/**
 * End of the label `[start, end)` when it is a TLD with a run-time value glued to it (`aliyuncs.com${path}`,
 * `fcapp.run{path}`): the value ends the host, as `/` would. `end` otherwise. The label before is `[previousStart,
 * previousEnd)`, joined to this one by a bare dot.
 */
function tldEnd(text: string, previousStart: number, previousEnd: number, start: number, end: number): number {
  let tld = start;
  while (tld < end && tld - start < 4 && !isGluedValueCode(text.charCodeAt(tld))) tld++;
  if (tld === start || tld === end || !isGluedValueCode(text.charCodeAt(tld)) || previousEnd - previousStart > 10) return end;
  const written = text.slice(start, tld).toLowerCase();
  const previous = text.slice(previousStart, previousEnd).toLowerCase();
  if (written === 'run' ? previous === 'fcapp' : isComLike(written) && isAliyuncsLike(previous)) return tld;
  return end;
}

/** Cheap test on raw text: can this label be the first of a suffix (`aliyuncs` or a near miss of it, or `fcapp`)? */
function maySuffix(text: string, start: number, end: number): boolean {
  const length = end - start;
  const first = text.charCodeAt(start);
  return length >= 5 && length <= 10 && (first === 97 || first === 65 || text.slice(start, end).toLowerCase() === 'fcapp');
}

interface RegionLabel {
  readonly region: string;
  readonly kind: RegionKind;
  /** `-internal` or `-vpc` suffix on the label (a misspelled `-internal` counts as `-internal`). */
  readonly network: '' | '-internal' | '-vpc';
  /** The suffix as written when it is a near miss of `-internal`: `-intranet` (SLS's word), `-intenal`. */
  readonly networkTypo?: string;
  readonly corrected?: string;
}

/**
 * A near miss of `internal` after a region id: `intranet` (the word other Alibaba Cloud services use), or a word that
 * starts like it within two edits (`intenal`, `internl`); not `external`.
 */
const isInternalTypo = (word: string) =>
  word === 'intranet' || (word[0] === 'i' && word.length >= 6 && /^[a-z]+$/.test(word) && editDistance(word, 'internal', 2) <= 2);

/** A region label without its `-internal` or `-vpc` suffix, or a near miss of `-internal` after a catalog region id. */
function splitNetwork(label: string): { region: string; network: RegionLabel['network']; networkTypo?: string } {
  for (const suffix of ['-internal', '-vpc'] as const) {
    if (label.endsWith(suffix) && label.length > suffix.length) return { region: label.slice(0, -suffix.length), network: suffix };
  }
  const dash = label.lastIndexOf('-');
  if (dash > 0 && isInternalTypo(label.slice(dash + 1))) {
    const region = label.slice(0, dash);
    if (getRegion(region) || getUnlistedRegion(region)) return { region, network: '-internal', networkTypo: label.slice(dash) };
  }
  return { region: label, network: '' };
}

/** Same as `classifyRegion(label) !== undefined`, with the costly nearest-region look-up last. */
function isRegionLike(label: string): boolean {
  const { region } = splitNetwork(label);
  if (region.includes(DYNAMIC) || PLACEHOLDER_MARK.test(region) || getRegion(region) || getUnlistedRegion(region)) return true;
  return REGION_SHAPE.test(region) || (region.length >= 5 && nearestRegion(region) !== undefined);
}

/** Classifies a label that should hold a region; `undefined` when it does not look like a region at all. */
function classifyRegion(label: string): RegionLabel | undefined {
  const { region, network, networkTypo } = splitNetwork(label);
  if (region.includes(DYNAMIC)) return { region, kind: 'dynamic', network };
  if (PLACEHOLDER_MARK.test(region)) return { region, kind: 'placeholder', network };
  const listed = getRegion(region);
  const typo = networkTypo === undefined ? {} : { networkTypo };
  if (listed) return { region, kind: listed.status === 'retired' ? 'retired' : 'active', network, ...typo };
  if (getUnlistedRegion(region)) return { region, kind: 'unlisted', network, ...typo };
  const near = region.length >= 5 ? nearestRegion(region) : undefined;
  if (near) return { region, kind: 'misspelled', network, corrected: near };
  if (REGION_SHAPE.test(region)) return { region, kind: 'unknown', network };
  return undefined;
}

const isAliyuncsLike = (s: string) => s === 'aliyuncs' || (s[0] === 'a' && s.length >= 5 && editDistance(s, 'aliyuncs', 2) <= 2);
const isComLike = (s: string) => s === 'com' || TLD_TYPOS.has(s);

interface Suffix {
  /** Index of the suffix's first label (`aliyuncs` or `fcapp`). */
  readonly index: number;
  readonly kind: 'aliyuncs' | 'fcapp';
  readonly exact: boolean;
}

/** The FC-like suffix (`aliyuncs.com` and near misses, or `fcapp.run`) whose first label is `labels[k]`, if any. */
function suffixAt(labels: readonly Label[], k: number): Suffix | undefined {
  const a = labels[k]?.text;
  const b = labels[k + 1]?.text;
  if (a === undefined || b === undefined) return undefined;
  // `fc.aliyuncs.com.example.net` is another domain; `fc.aliyuncs.com. Next sentence` is not.
  if (labels[k + 2] && !labels[k + 2]!.spaced) return undefined;
  if (a === 'fcapp' && b === 'run') return { index: k, kind: 'fcapp', exact: true };
  if (isAliyuncsLike(a) && isComLike(b)) return { index: k, kind: 'aliyuncs', exact: a === 'aliyuncs' && b === 'com' };
  return undefined;
}

interface Shape {
  readonly family: HostnameFamilyId;
  /** Index of the first label of the host. */
  readonly first: number;
  readonly account?: Label;
  readonly subdomain?: readonly Label[];
  readonly region: RegionLabel;
  readonly dotInternal: boolean;
  readonly legacy: boolean;
}

/**
 * Matches the labels before `suffix` against FC's host shapes, from the right, never reaching left of `lo`.
 * A host starts at `lo` (the start of the run, or just after an earlier match) or after white space.
 */
function matchShape(labels: readonly Label[], suffix: Suffix, lo: number): Shape | undefined {
  const s = suffix.index;
  const at = (i: number) => (i >= lo ? labels[i] : undefined);
  const startsHost = (i: number) => i === lo || labels[i]!.spaced;
  if (suffix.kind === 'fcapp') {
    const regionLabel = at(s - 1);
    const region = regionLabel && classifyRegion(regionLabel.text);
    // A sub-domain is any word, not an FC label, so white space before the region is prose: `ends with .cn-hangzhou.fcapp.run`.
    if (!region || s - 2 < lo || regionLabel.spaced) return undefined;
    // Sub-domain labels run left until the start of the host.
    let first = s - 2;
    while (!startsHost(first)) {
      first--;
      if (s - first > MAX_HOST_LABELS) return undefined;
    }
    const subdomain = labels.slice(first, s - 1);
    return { family: region.network === '' ? 'http-trigger' : 'http-trigger-vpc', first, subdomain, region, dotInternal: false, legacy: false };
  }
  const before = at(s - 1);
  if (!before || before.text === 'fcv3') return undefined;
  const twoBefore = at(s - 2);
  if (twoBefore?.text === 'fcv3') {
    const region = classifyRegion(before.text);
    // No `-internal` or `-vpc` variant of the fcv3 host is documented.
    if (!region || region.network !== '' || !startsHost(s - 2)) return undefined;
    return { family: 'openapi-v3', first: s - 2, region, dotInternal: false, legacy: false };
  }
  if (before.text !== 'fc') {
    // Legacy order: <account>.fc.<region>[-internal].aliyuncs.com. The cheap tests come first: most hosts here are
    // other services' (`oss-cn-hangzhou.aliyuncs.com`), and classifying a region measures its distance to every region.
    const account = at(s - 3);
    if (twoBefore?.text !== 'fc' || !account || !suffix.exact) return undefined;
    const region = classifyRegion(before.text);
    if (!region || classifyAccount(account.text) === 'invalid' || !startsHost(s - 3)) return undefined;
    return { family: 'legacy', first: s - 3, account, region, dotInternal: false, legacy: true };
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
  if (!account) return { family: 'region-only', first: regionIndex, region, dotInternal, legacy: false };
  if (regionLabel.spaced && classifyAccount(account.text) === 'invalid') {
    // "append .cn-hangzhou.fc.aliyuncs.com": the word before white space is prose, not an account id.
    return { family: 'region-only', first: regionIndex, region, dotInternal, legacy: false };
  }
  if (!startsHost(regionIndex - 1)) return undefined;
  const internal = dotInternal || region.network !== '';
  return { family: internal ? 'api-internal' : 'api', first: regionIndex - 1, account, region, dotInternal, legacy: false };
}

function retiredMessage(region: string): string {
  const info = getRegion(region);
  const alternatives = activeRegionIds.filter((id) => id.split('-')[0] === region.split('-')[0]).slice(0, 3);
  return `region "${region}" was retired on ${info?.retiredOn ?? 'an earlier date'}; move to an active region${
    alternatives.length > 0 ? ` such as ${alternatives.join(', ')}` : ''
  }`;
}

/** Diagnoses the host that ends with `suffix`; `undefined` when the labels before it do not form an FC host. */
function diagnose(text: string, labels: readonly Label[], suffix: Suffix, lo: number): { diagnosis: EndpointDiagnosis; first: number } | undefined {
  const shape = matchShape(labels, suffix, lo);
  if (!shape) return undefined;
  const { region, family } = shape;
  const last = suffix.index + 1;
  // One pass over the host's labels: none may be too long; note white space inside and run-time values.
  let spacedIndex = -1;
  let dynamic = false;
  for (let k = shape.first; k <= last; k++) {
    const label = labels[k]!;
    if (label.end - label.start > MAX_LABEL_LENGTH) return undefined;
    if (spacedIndex < 0 && k > shape.first && label.spaced) spacedIndex = k;
    dynamic ||= label.text.includes(DYNAMIC);
  }
  // Only a host with the real `fc` label shape is ours: `ide.fc.aliyun.com` and `oss-cn-shangai.aliyuncs.com` are not.
  if (suffix.kind === 'aliyuncs' && !suffix.exact && region.kind === 'unknown') return undefined;
  if (family === 'region-only' && suffix.kind === 'aliyuncs' && !suffix.exact && region.kind !== 'active') return undefined;

  const problems: EndpointProblem[] = [];
  let fixable = true;
  // Documentation's stand-ins (`example.cn-hangzhou…`), and a non-numeric account fused to a word in another script
  // (`账号ID.cn-hangzhou…`, "account ID"), are placeholders; prose glued to a real host (`访问16530750.cn-hangzhou…`) is not.
  let accountKind = shape.account ? classifyAccount(shape.account.text) : 'none';
  if (accountKind === 'invalid' && (DOC_WORD.test(shape.account!.text) || isFusedToWord(text, shape.account!.start))) accountKind = 'placeholder';
  let regionId = region.region;

  if (spacedIndex >= 0) {
    const gap = text.slice(labels[spacedIndex - 1]!.end, labels[spacedIndex]!.start);
    problems.push({ kind: 'whitespace', message: 'white space inside the host', found: gap.replace('.', '') });
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
  if (family === 'openapi-v3' && getRegion(regionId)?.fcv3Host === false) {
    problems.push({
      kind: 'unknown-region',
      message: `region "${regionId}" has no fcv3 host; use ${regionId}.fc.aliyuncs.com or <account-id>.${regionId}.fc.aliyuncs.com`,
      found: region.region,
    });
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
    const written = region.networkTypo ?? '-internal';
    problems.push({ kind: 'internal-on-trigger', message: `HTTP trigger hosts use "-vpc", not "${written}"`, found: written, expected: '-vpc' });
  } else if (region.networkTypo !== undefined) {
    problems.push({ kind: 'misspelled-network', message: `"${region.networkTypo}" should be "-internal"`, found: region.networkTypo, expected: '-internal' });
  }
  if (shape.legacy) {
    problems.push({ kind: 'legacy-order', message: 'legacy label order (before October 2017): the region now comes before "fc"', found: '.fc.' });
  }
  if (accountKind === 'invalid') {
    const written = shape.account!.text;
    problems.push({
      kind: 'non-numeric-account',
      message: `account id "${written}" is not numeric; use the numeric Alibaba Cloud account id${
        written.includes('@') ? ' (a login name is not an account id)' : ''
      }`,
      found: written,
    });
    fixable = false;
  }

  const internal = shape.dotInternal || (suffix.kind === 'aliyuncs' && region.network !== '');
  const vpc = suffix.kind === 'fcapp' && region.network !== '';
  const subdomain = shape.subdomain?.map((l) => l.text).join('.');
  const accountId = shape.account?.text;
  let corrected: string | undefined;
  if (problems.length > 0 && fixable) {
    // Account and sub-domain are lower-cased like the rest, unless they hold a placeholder or run-time value, whose
    // spelling is a template's name (`{accountId}`, `${FUNC}`), not part of a host.
    const asWritten = (l: Label) => (/^[a-z\d-]*$/.test(l.text) && !PLACEHOLDER_MARK.test(l.text) ? l.text : text.slice(l.start, l.end));
    if (family === 'openapi-v3') corrected = `fcv3.${regionId}.aliyuncs.com`;
    else if (suffix.kind === 'fcapp') corrected = `${shape.subdomain!.map(asWritten).join('.')}.${regionId}${vpc ? '-vpc' : ''}.fcapp.run`;
    else {
      const account = shape.account ? `${asWritten(shape.account)}.` : '';
      corrected = `${account}${regionId}${internal ? '-internal' : ''}.fc.aliyuncs.com`;
    }
  }
  const placeholder =
    accountKind === 'placeholder' ||
    accountKind === 'masked' ||
    region.kind === 'placeholder' ||
    (shape.subdomain ?? []).some((l) => SUBDOMAIN_PLACEHOLDER.test(l.text));
  // Optional fields are set only when present (no `accountId: undefined`), after the others.
  const diagnosis: Writable<EndpointDiagnosis> = {
    host: text.slice(labels[shape.first]!.start, labels[last]!.end),
    family,
    accountKind,
    region: region.region,
    regionKind: region.kind,
    internal,
    vpc,
    dynamic,
    placeholder,
    problems,
  };
  if (accountId !== undefined) diagnosis.accountId = accountId;
  if (subdomain !== undefined) diagnosis.subdomain = subdomain;
  if (corrected !== undefined) diagnosis.corrected = corrected;
  return { diagnosis, first: shape.first };
}

/** Stand-in words of documentation where an account id belongs: `example`, `sample`, or the whole label `foo`, `id`, `demo`. */
const DOC_WORD = /example|sample|placeholder|dummy|^(?:id|foo|bar|baz|demo|test|mock|fake)$/;

/** Is the character before `start` a letter or digit of another script (a host cannot start inside a word)? */
const isFusedToWord = (text: string, start: number) => text.charCodeAt(start - 1) > 127 && /[\p{L}\p{N}]/u.test(text[start - 1]!);

/** True when the label at `k` is directly preceded by a lone `.` (`'.fc.aliyuncs.com'`, not `'a.fc.aliyuncs.com'`). */
function afterLoneDot(text: string, label: Label): boolean {
  return text[label.start - 1] === '.' && !isLabelCode(text.charCodeAt(label.start - 2));
}

/**
 * Length in labels of an FC host suffix fragment starting at `labels[k]` (`.fc.aliyuncs.com` after a lone dot, or
 * `-internal.fc.aliyuncs.com`), or 0. The bare `fc.aliyuncs.com` (a RAM service principal) is not a fragment.
 */
function fragmentLength(text: string, labels: readonly Label[], k: number): number {
  // Each label after the first is joined to the one before it by a bare dot.
  const is = (n: number, label: string) => labels[k + n]?.text === label && (n === 0 || !labels[k + n]!.spaced);
  const attached = (n: number) => labels[k + n]?.spaced === false;
  if (is(0, 'fc') && is(1, 'aliyuncs') && is(2, 'com') && afterLoneDot(text, labels[k]!)) return attached(3) ? 0 : 3;
  if (is(0, '-internal') && is(1, 'fc') && is(2, 'aliyuncs') && is(3, 'com')) return attached(4) ? 0 : 4;
  return 0;
}

/** Does the host ending with the suffix at `labels[s]` start before `labels[k]`? */
function extendsLeft(text: string, labels: readonly Label[], s: number, lo: number, k: number): boolean {
  const suffix = suffixAt(labels, s);
  const result = suffix && diagnose(text, labels, suffix, lo);
  return result !== undefined && result.first < k;
}

/** Adds every host and fragment of one run of labels to `matches`, left to right. */
function scanRun(text: string, labels: readonly Label[], matches: EndpointMatch[]): void {
  // Labels before `next` belong to an earlier match.
  let next = 0;
  for (let k = 0; k < labels.length; k++) {
    if (k === next || labels[k]!.spaced) {
      const length = fragmentLength(text, labels, k);
      // `1234.cn-hangzhou .fc.aliyuncs.com` is a host with white space inside; `ends with .fc.aliyuncs.com` is a fragment.
      if (length > 0 && !(k > next && extendsLeft(text, labels, k + length - 2, next, k))) {
        matches.push({ start: labels[k]!.start, end: labels[k + length - 1]!.end, fragment: true });
        next = k + length;
        k = next - 1;
        continue;
      }
    }
    const suffix = suffixAt(labels, k);
    const result = suffix && diagnose(text, labels, suffix, next);
    if (!result) continue;
    const first = labels[result.first]!;
    const end = labels[k + 1]!.end;
    if (first.text.startsWith('-') || afterLoneDot(text, first)) {
      matches.push({ start: first.start, end, fragment: true, diagnosis: result.diagnosis });
    } else {
      matches.push({ start: first.start, end, fragment: false, diagnosis: result.diagnosis });
    }
    next = k + 2;
    k = next - 1;
  }
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
    const escape = escapeLength(text, i);
    // Only whole labels start a run: `a.fc.aliyuncs.com` is not read again from `fc`.
    if (escape === 0 && (!startsLabel(text.charCodeAt(i)) || isLabelCode(text.charCodeAt(i - 1)))) {
      i++;
      continue;
    }
    // Every host and fragment holds a suffix, so runs without one are skipped before any label is kept.
    const run = walkRun(text, i + escape);
    if (run.count === 0) {
      i++;
      continue;
    }
    if (run.maySuffix && run.count >= 3) scanRun(text, readRun(text, i + escape), matches);
    i = run.end;
  }
  return matches;
}

/**
 * Diagnoses one host or URL: every problem in it and one corrected host that fixes them all (when a safe fix exists).
 * Returns `undefined` when the input does not look like an FC host at all. Never throws.
 */
export function checkEndpoint(input: string): EndpointDiagnosis | undefined {
  // Every FC host or near miss holds `fc`: most other input stops here.
  if (typeof input !== 'string' || !mayContainEndpoint(input)) return undefined;
  const host = splitUrl(input)?.host;
  return host === undefined ? undefined : checkHost(host);
}

/** `checkEndpoint` for a host already split from its URL. */
function checkHost(host: string): EndpointDiagnosis | undefined {
  const labels = readRun(host, 0);
  if (labels.length < 3 || labels[labels.length - 1]!.end !== host.length) return undefined;
  const suffix = suffixAt(labels, labels.length - 2);
  const result = suffix && diagnose(host, labels, suffix, 0);
  if (!result || result.first !== 0) return undefined;
  return result.diagnosis;
}

/**
 * `parseEndpoint` through the diagnostic scanner: the reference that any faster path must agree with.
 * Internal (not exported from the package); exported from this module for the tests.
 */
export function parseEndpointFully(input: string): ParsedEndpoint | undefined {
  const parts = splitUrl(input);
  if (!parts) return undefined;
  const diagnosis = checkHost(parts.host);
  if (!diagnosis || diagnosis.dynamic || diagnosis.placeholder) return undefined;
  if (diagnosis.problems.some((p) => p.kind !== 'retired-region')) return undefined;
  if (diagnosis.accountKind !== 'numeric' && diagnosis.accountKind !== 'none') return undefined;
  const regionStatus = diagnosis.regionKind;
  if (regionStatus !== 'active' && regionStatus !== 'retired' && regionStatus !== 'unlisted') return undefined;
  // The scanner reads longer labels and any word as a sub-domain (to diagnose the rest); a host's labels are stricter.
  if (diagnosis.subdomain !== undefined && !isTriggerSubdomain(diagnosis.subdomain.toLowerCase())) return undefined;
  if (diagnosis.accountId !== undefined && diagnosis.accountId.length > 63) return undefined;
  const parsed: Writable<ParsedEndpoint> = {
    family: diagnosis.family,
    host: diagnosis.host.toLowerCase(),
    region: diagnosis.region,
    regionStatus,
    internal: diagnosis.internal,
    vpc: diagnosis.vpc,
  };
  if (diagnosis.accountId !== undefined) parsed.accountId = diagnosis.accountId;
  if (diagnosis.subdomain !== undefined) parsed.subdomain = diagnosis.subdomain;
  if (parts.scheme !== undefined) parsed.scheme = parts.scheme;
  if (parts.port !== undefined) parsed.port = parts.port;
  if (parts.path !== undefined) parsed.path = parts.path;
  return parsed;
}

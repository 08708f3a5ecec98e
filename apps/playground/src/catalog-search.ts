import type { ErrorCodeInfo, Region, Source } from '@fc-atlas/catalog';
import { errorCodeText, regionName } from '@fc-atlas/catalog/texts';

/** Lower-case words of a search box; a row matches when every word occurs in one of its fields. */
export function queryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean);
}

export function matchesWords(fields: readonly (string | number | null | undefined)[], words: readonly string[]): boolean {
  if (words.length === 0) return true;
  const haystack = fields.filter((field) => field !== null && field !== undefined).join('\n').toLowerCase();
  return words.every((word) => haystack.includes(word));
}

export function errorCodeFields(info: ErrorCodeInfo) {
  const en = errorCodeText(info.code, 'en');
  const zh = errorCodeText(info.code, 'zh');
  return [info.code, info.httpStatus, info.category, info.scope, `retryable:${info.retryable}`, en.description, zh.description, en.solution, zh.solution];
}

export const regionFields = (region: Region) => [region.id, regionName(region.id, 'en'), regionName(region.id, 'zh'), region.status, region.retiredOn];

/**
 * A link for a catalog source. URLs (with an optional note after them) link to themselves; `github:<owner>/<repo>
 * [<path> | commit <sha>] [@<sha>] [(<note>)]` links to the file or commit on GitHub, at the revision the note names
 * when it names one. `undefined` for sources that are not on the web (e.g. `code-index id …`).
 */
export function sourceLink(source: Source): { href: string; label: string } | undefined {
  const url = /^https?:\/\/\S+/.exec(source)?.[0];
  if (url) return { href: url, label: new URL(url).hostname.replace(/^www\./, '') };
  if (!source.startsWith('github:')) return undefined;
  const space = source.indexOf(' ');
  const repo = source.slice('github:'.length, space === -1 ? undefined : space);
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) return undefined;
  const rest = space === -1 ? '' : source.slice(space + 1).trim();
  const commit = /^commit\s+([0-9a-f]{7,40})\b/.exec(rest)?.[1];
  if (commit) return { href: `https://github.com/${repo}/commit/${commit}`, label: repo };
  const path = /^([^\s(@]+)/.exec(rest)?.[1];
  if (!path) return { href: `https://github.com/${repo}`, label: repo };
  const revision = /(?:@|\bHEAD\s+)([0-9a-f]{7,40})\b/.exec(rest)?.[1] ?? 'HEAD';
  return { href: `https://github.com/${repo}/blob/${revision}/${path}`, label: repo };
}

import { errorCodes, hostnameFamilies, regions, type ErrorCodeInfo, type Region } from '@fc-atlas/catalog';
import codeData from '@fc-atlas/catalog/data/error-codes.json';
import regionData from '@fc-atlas/catalog/data/regions.json';
import { errorCodeText, regionName } from '@fc-atlas/catalog/texts';
import { errorCodeFields, matchesWords, queryWords, regionFields, sourceLink } from './catalog-search.js';
import { externalLink, h } from './dom.js';

const allCodes = errorCodes as readonly ErrorCodeInfo[];
const allRegions = regions as readonly Region[];
// Provenance (sources, notes) lives only in the package's data files.
const codeSources = new Map(codeData.map((c) => [c.code, c.sources]));
const regionNotes = new Map(regionData.map((r) => [r.id, r.notes]));

/** Host patterns from the catalog's hostname families, so the page never spells a host format itself. */
const hostPattern = (familyId: 'api' | 'api-internal', region: string) =>
  hostnameFamilies.find((family) => family.id === familyId)!.pattern.replace('{region}', region).replace('{accountId}', '<account-id>');

function sources(list: readonly string[]): HTMLElement {
  const links = list.map((source) => {
    const link = sourceLink(source);
    return link ? externalLink(link.href, link.label, source) : h('span', { title: source }, source.split(' (')[0]);
  });
  const [first, ...rest] = links;
  if (rest.length === 0) return h('div', { className: 'sources' }, first);
  return h(
    'div',
    { className: 'sources' },
    first,
    h('details', {}, h('summary', {}, `+${rest.length} more`), h('ul', {}, rest.map((link) => h('li', {}, link)))),
  );
}

const pill = (text: string, kind: string, title?: string) => h('span', { className: `pill pill-${kind}`, title }, text);

function errorCodeRow(info: ErrorCodeInfo): HTMLTableRowElement {
  const en = errorCodeText(info.code, 'en');
  const zh = errorCodeText(info.code, 'zh');
  return h(
    'tr',
    { 'data-code': info.code },
    h('th', { scope: 'row' }, h('code', { className: 'code-name' }, info.code), h('div', { className: 'muted small' }, info.scope)),
    h(
      'td',
      { className: 'num' },
      info.httpStatus ?? h('span', { className: 'muted', title: en.statusNote ?? 'No source confirms a status' }, '—'),
      info.statusConfidence === 'inference' && h('span', { className: 'muted', title: en.statusNote ?? 'inferred' }, '*'),
    ),
    h('td', {}, info.category),
    h('td', {}, pill(info.retryable, info.retryable, en.retryReason)),
    h('td', { lang: 'en' }, h('div', {}, en.description), h('div', { className: 'muted small' }, en.solution)),
    h('td', { lang: 'zh-CN' }, h('div', {}, zh.description), h('div', { className: 'muted small' }, zh.solution)),
    h('td', {}, sources(codeSources.get(info.code) ?? [])),
  );
}

function regionRow(region: Region): HTMLTableRowElement {
  const active = region.status === 'active';
  return h(
    'tr',
    { 'data-region': region.id },
    h('th', { scope: 'row' }, h('code', {}, region.id)),
    h('td', { lang: 'en' }, regionName(region.id, 'en')),
    h('td', { lang: 'zh-CN' }, regionName(region.id, 'zh')),
    h('td', {}, pill(region.status, active ? 'yes' : 'no', regionNotes.get(region.id)?.join(' ') || undefined)),
    h('td', {}, region.retiredOn ? h('time', { datetime: region.retiredOn, title: region.retiredAfter }, region.retiredOn) : h('span', { className: 'muted' }, '—')),
    h('td', {}, active ? h('code', { className: 'host' }, hostPattern('api', region.id)) : h('span', { className: 'muted' }, 'retired')),
    h(
      'td',
      {},
      active ? h('code', { className: 'host' }, hostPattern('api-internal', region.id)) : h('span', { className: 'muted' }, 'retired'),
      active && region.internalHostConfidence === 'pattern-only' && h('div', { className: 'muted small' }, 'from the general pattern; no documented row'),
    ),
  );
}

function table(caption: string, headings: readonly string[], id: string): { table: HTMLTableElement; body: HTMLTableSectionElement } {
  const body = h('tbody');
  const element = h(
    'table',
    { id, className: 'data-table' },
    h('caption', { className: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headings.map((heading) => h('th', { scope: 'col' }, heading)))),
    body,
  );
  return { table: element, body };
}

export function mount(panel: HTMLElement): void {
  const search = h('input', {
    type: 'search',
    id: 'catalog-search',
    placeholder: 'throttling, 429, retryable:yes, FunctionNotFound, 杭州…',
    autocomplete: 'off',
    spellcheck: 'false',
  });
  const codeCount = h('span', { className: 'count', id: 'code-count' });
  const regionCount = h('span', { className: 'count', id: 'region-count' });
  const codes = table('FC error codes', ['Code', 'HTTP', 'Category', 'Retry', 'English', '中文', 'Source'], 'error-codes');
  const regionTable = table('FC regions', ['Region', 'Name', '名称', 'Status', 'Retired', 'Public host', 'Internal host'], 'regions');
  const codeRows = allCodes.map((info) => ({ row: errorCodeRow(info), fields: errorCodeFields(info) }));
  const regionRows = allRegions.map((region) => ({ row: regionRow(region), fields: regionFields(region) }));
  codes.body.append(...codeRows.map((r) => r.row));
  regionTable.body.append(...regionRows.map((r) => r.row));
  const emptyCodes = h('p', { className: 'empty', hidden: true }, 'No error code matches.');
  const emptyRegions = h('p', { className: 'empty', hidden: true }, 'No region matches.');

  function filter() {
    const words = queryWords(search.value);
    let shownCodes = 0;
    for (const { row, fields } of codeRows) shownCodes += Number(!(row.hidden = !matchesWords(fields, words)));
    let shownRegions = 0;
    for (const { row, fields } of regionRows) shownRegions += Number(!(row.hidden = !matchesWords(fields, words)));
    codeCount.textContent = words.length ? `${shownCodes} of ${codeRows.length}` : String(codeRows.length);
    regionCount.textContent = words.length ? `${shownRegions} of ${regionRows.length}` : String(regionRows.length);
    emptyCodes.hidden = shownCodes > 0;
    emptyRegions.hidden = shownRegions > 0;
  }
  search.addEventListener('input', filter);
  filter();

  panel.append(
    h(
      'div',
      { className: 'catalog' },
      h(
        'div',
        { className: 'search-row' },
        h('label', { for: 'catalog-search' }, 'Search the catalog'),
        search,
        h('p', { className: 'muted small' }, 'Every word must match: code, HTTP status, category, English or Chinese text, region id or name.'),
      ),
      h('section', { className: 'panel', 'aria-labelledby': 'codes-heading' },
        h('h2', { id: 'codes-heading' }, 'Error codes ', codeCount),
        h('div', { className: 'table-scroll' }, codes.table),
        emptyCodes,
      ),
      h('section', { className: 'panel', 'aria-labelledby': 'regions-heading' },
        h('h2', { id: 'regions-heading' }, 'Regions ', regionCount),
        h('div', { className: 'table-scroll' }, regionTable.table),
        emptyRegions,
      ),
    ),
  );
}

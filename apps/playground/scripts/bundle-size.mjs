// Prints the gzip size of every built asset and of what the page needs before the first findings.
// Run after `pnpm build`: `pnpm --filter @fc-atlas/playground size` (add --json for machine-readable output).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url).pathname;
const files = ['index.html', ...readdirSync(join(dist, 'assets')).map((name) => `assets/${name}`)];

/** What each asset is, by its name; `initial` marks what loads before the first findings of the default JS example. */
const roles = [
  [/^index\.html$/, 'page', true],
  [/^assets\/index-.*\.css$/, 'styles', true],
  [/^assets\/index-.*\.js$/, 'entry: starts the lint worker and sends it the opening code, then loads the page script', true],
  [/^assets\/app-.*\.js$/, 'page script: shell, CodeMirror 6, hash state', true],
  [/^assets\/lint-worker-.*\.js$/, 'lint worker: ESLint Linter, espree, @fc-atlas plugin + catalog', true],
  [/^assets\/ts-parser-.*\.js$/, 'TypeScript parser (typescript-eslint + TypeScript), on first TS lint or in the background', false],
  [/^assets\/catalog-data-.*\.js$/, 'catalog data for the Catalog and Endpoints tabs', false],
  [/^assets\/catalog-view-.*\.js$/, 'Catalog tab', false],
  [/^assets\/endpoint-view-.*\.js$/, 'Endpoints tab', false],
];

const rows = files.map((file) => {
  const bytes = readFileSync(join(dist, file));
  const [, role = 'other', initial = false] = roles.find(([pattern]) => pattern.test(file)) ?? [];
  return { file, role, initial, raw: statSync(join(dist, file)).size, gzip: gzipSync(bytes, { level: 9 }).length };
});
const sum = (list, key) => list.reduce((total, row) => total + row[key], 0);
const initial = rows.filter((row) => row.initial);
const totals = {
  initialGzip: sum(initial, 'gzip'),
  initialRaw: sum(initial, 'raw'),
  allGzip: sum(rows, 'gzip'),
  allRaw: sum(rows, 'raw'),
  jsGzipWithoutTypeScript: sum(rows.filter((row) => row.file.endsWith('.js') && !row.file.includes('ts-parser-')), 'gzip'),
};

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows, totals }, null, 2));
} else {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  for (const row of rows.sort((a, b) => b.gzip - a.gzip)) {
    console.log(`${kb(row.gzip).padStart(10)} gzip ${kb(row.raw).padStart(11)} raw  ${row.initial ? '*' : ' '} ${row.file}  (${row.role})`);
  }
  console.log(`\n* before first findings: ${kb(totals.initialGzip)} gzip (${kb(totals.initialRaw)} raw)`);
  console.log(`  JS without the TypeScript parser: ${kb(totals.jsGzipWithoutTypeScript)} gzip`);
  console.log(`  everything: ${kb(totals.allGzip)} gzip (${kb(totals.allRaw)} raw)`);
}

// Section "bundle": what the catalog costs an app that bundles it. esbuild bundles a tiny entry per case from the built
// package (dist/index.mjs, as consumers get it), minified and tree-shaken; gzip (level 9) via node:zlib. A second
// build of the whole catalog from src/ attributes the bytes to source modules.
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CATALOG_DIST, fmt, REPO_ROOT } from './lib.mjs';

const KB = 1024;
// A workspace package that depends on the catalog, so `@fc-atlas/catalog` resolves as it does for a consumer.
const RESOLVE_DIR = `${REPO_ROOT}packages/eslint-plugin`;

async function bundle(contents, resolveDir = RESOLVE_DIR) {
  const result = await build({
    stdin: { contents, resolveDir, loader: 'js', sourcefile: 'entry.js' },
    bundle: true,
    minify: true,
    treeShaking: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { code: Buffer.from(code).toString('utf8'), min: code.length, gzip: gzipSync(code, { level: 9 }).length, metafile: result.metafile };
}

const CASES = [
  { name: 'fcEndpoint only', entry: "export { fcEndpoint } from '@fc-atlas/catalog';", budget: 2 * KB },
  { name: 'parseEndpoint only', entry: "export { parseEndpoint } from '@fc-atlas/catalog';" },
  { name: 'errors only (parseErrorBody, toFcError)', entry: "export { parseErrorBody, toFcError } from '@fc-atlas/catalog';" },
  { name: 'whole catalog', entry: "export * from '@fc-atlas/catalog';", budget: 8 * KB },
];

/** Bytes of the minified whole-catalog bundle per source module (from src/, so modules stay apart). */
async function attribution() {
  const { metafile, min } = await bundle(`export * from './src/index.ts';`, `${REPO_ROOT}packages/catalog`);
  const output = Object.values(metafile.outputs)[0];
  return {
    min,
    modules: Object.entries(output.inputs)
      .map(([file, { bytesInOutput }]) => ({ file: file.replace(/^.*packages\/catalog\//, ''), bytes: bytesInOutput }))
      .filter((m) => m.bytes > 0)
      .sort((a, b) => b.bytes - a.bytes),
  };
}

/** gzip size of each module's share, compressed alone: an upper bound that shows which modules dominate. */
function gzipOf(text) {
  return gzipSync(text, { level: 9 }).length;
}

export async function run() {
  const rows = [];
  const sizes = {};
  for (const c of CASES) {
    const { min, gzip, code } = await bundle(c.entry);
    sizes[c.name] = { min, gzip };
    rows.push({
      metric: c.name,
      value: `${fmt.kb(gzip)} gzip`,
      ...(c.budget ? { budget: `≤ ${c.budget / KB} KB`, pass: gzip <= c.budget } : {}),
      note: `${fmt.kb(min)} min${c.name === 'fcEndpoint only' ? `; error-code table ${code.includes('FunctionNotFound') ? 'included' : 'not included'}` : ''}`,
    });
  }
  const whole = sizes['whole catalog'].gzip;
  const one = sizes['fcEndpoint only'].gzip;
  const shakes = one < whole / 2;
  rows.push({ metric: 'tree-shakes', value: shakes ? 'yes' : 'no', budget: 'yes', pass: shakes, note: `fcEndpoint alone is ${fmt.pct(one / whole)} of the whole catalog (gzip)` });

  const { modules, min } = await attribution();
  const top = modules.slice(0, 4).map((m) => `${m.file} ${fmt.pct(m.bytes / min)}`).join(', ');
  rows.push({ metric: 'whole catalog by module (min)', value: fmt.kb(min), note: top });
  // What dominates the data: each field's gzip share of the generated arrays (JSON, close to esbuild's minified form).
  const catalog = await import(CATALOG_DIST.href);
  const tables = { errorCodes: catalog.errorCodes, regions: catalog.regions, unlistedRegions: catalog.unlistedRegions, hostnameFamilies: catalog.hostnameFamilies };
  const fieldGroups = {
    'Chinese texts (*Zh)': (f) => /Zh$/.test(f),
    'English texts (description*, solution*, retryReason, statusNote, nameEn)': (f) => /^(?:description|solution|retryReason|statusNote|nameEn)/.test(f) && !/Zh$/.test(f),
    'provenance (sources, notes)': (f) => f === 'sources' || f === 'notes',
  };
  const allData = JSON.stringify(tables);
  const dataGzip = gzipOf(allData);
  const shares = Object.entries(fieldGroups).map(([label, drop]) => {
    const without = JSON.stringify(Object.fromEntries(Object.entries(tables).map(([k, rows]) => [k, rows.map((r) => Object.fromEntries(Object.entries(r).filter(([f]) => !drop(f))))])));
    return `${label} ${fmt.kb(dataGzip - gzipOf(without))}`;
  });
  rows.push({ metric: 'data tables (JSON, gzip)', value: fmt.kb(dataGzip), note: `of which ${shares.join('; ')}` });
  const utf8 = await build({ stdin: { contents: "export * from '@fc-atlas/catalog';", resolveDir: RESOLVE_DIR, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, charset: 'utf8', logLevel: 'silent' });
  rows.push({ metric: 'whole catalog, charset utf8', value: `${fmt.kb(gzipOf(utf8.outputFiles[0].contents))} gzip`, note: "esbuild's default (above) escapes non-ASCII as \\uXXXX" });
  return { title: 'Catalog bundle size (esbuild, minified, gzip -9)', rows, data: { sizes, modules } };
}

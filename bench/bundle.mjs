// Section "bundle": what the catalog costs an app that bundles it. esbuild bundles a tiny entry per case from the built
// package (its dist/ modules, resolved through package.json exports as consumers get them), minified and tree-shaken;
// gzip (level 9) via node:zlib. A second build of the whole core entry from src/ attributes the bytes to source modules.
import { Buffer } from 'node:buffer';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { CATALOG_DIST, fmt, REPO_ROOT } from './lib.mjs';

// Sizes print in KiB (1 024 B) as the rest of the benchmarks do; budgets are judged in bytes against the stricter
// reading of the issue's "KB", 1 000 B.
const BUDGET_KB = 1000;
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

const CORE = "export * from '@fc-atlas/catalog';";
const CHECK = "export * from '@fc-atlas/catalog/check';";
const TEXTS = "export * from '@fc-atlas/catalog/texts';";
const CASES = [
  { name: 'fcEndpoint only', entry: "export { fcEndpoint } from '@fc-atlas/catalog';", budget: 2 * BUDGET_KB },
  { name: 'parseEndpoint only', entry: "export { parseEndpoint } from '@fc-atlas/catalog';" },
  { name: 'errors only (parseErrorBody, toFcError)', entry: "export { parseErrorBody, toFcError } from '@fc-atlas/catalog';" },
  { name: 'whole catalog (core entry)', entry: CORE, budget: 8 * BUDGET_KB },
  { name: 'check entry alone (the scanner)', entry: CHECK },
  { name: 'texts entry alone', entry: TEXTS },
  { name: 'core + check', entry: `${CORE}\n${CHECK}` },
  { name: 'every entry (core + check + texts)', entry: `${CORE}\n${CHECK}\n${TEXTS}` },
];
// Strings that mark a table in a bundle: the error-code table (a field only it has), the texts (a solution's words).
const MARKS = { 'error-code table': 'statusConfidence', scanner: 'legacy label order', texts: 'send the request again' };

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
      value: `${fmt.kb(gzip)} gzip (${gzip} B)`,
      ...(c.budget ? { budget: `≤ ${c.budget} B`, pass: gzip <= c.budget } : {}),
      note: `${fmt.kb(min)} min; ${Object.entries(MARKS).map(([what, mark]) => `${what} ${code.includes(mark) ? 'in' : 'out'}`).join(', ')}`,
    });
  }
  const whole = sizes['whole catalog (core entry)'].gzip;
  const one = sizes['fcEndpoint only'].gzip;
  const shakes = one < whole / 2;
  rows.push({ metric: 'tree-shakes', value: shakes ? 'yes' : 'no', budget: 'yes', pass: shakes, note: `fcEndpoint alone is ${fmt.pct(one / whole)} of the whole catalog (gzip)` });

  const { modules, min } = await attribution();
  const top = modules.slice(0, 4).map((m) => `${m.file} ${fmt.pct(m.bytes / min)}`).join(', ');
  rows.push({ metric: 'whole core entry by module (min)', value: fmt.kb(min), note: top });
  // What dominates the core's data: each field's gzip share of the runtime tables (JSON, close to esbuild's minified form).
  const catalog = await import(CATALOG_DIST.href);
  const tables = { errorCodes: catalog.errorCodes, regions: catalog.regions, unlistedRegions: catalog.unlistedRegions, hostnameFamilies: catalog.hostnameFamilies };
  const dataGzip = gzipOf(JSON.stringify(tables));
  const fields = [...new Set(Object.values(tables).flatMap((list) => list.flatMap((r) => Object.keys(r))))];
  const shares = fields
    .map((field) => {
      const without = Object.fromEntries(Object.entries(tables).map(([k, list]) => [k, list.map((r) => Object.fromEntries(Object.entries(r).filter(([f]) => f !== field)))]));
      return { field, bytes: dataGzip - gzipOf(JSON.stringify(without)) };
    })
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 4);
  rows.push({ metric: 'core runtime tables (JSON, gzip)', value: fmt.kb(dataGzip), note: `largest fields: ${shares.map((s) => `${s.field} ${fmt.kb(s.bytes)}`).join(', ')}` });
  const utf8 = await build({ stdin: { contents: `${CORE}\n${CHECK}\n${TEXTS}`, resolveDir: RESOLVE_DIR, loader: 'js' }, bundle: true, minify: true, format: 'esm', platform: 'browser', target: 'es2022', write: false, charset: 'utf8', logLevel: 'silent' });
  rows.push({ metric: 'every entry, charset utf8', value: `${fmt.kb(gzipOf(utf8.outputFiles[0].contents))} gzip`, note: "esbuild's default (above) escapes non-ASCII as \\uXXXX" });
  return { title: 'Catalog bundle size (esbuild, minified, gzip -9)', rows, data: { sizes, modules } };
}

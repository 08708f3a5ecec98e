import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

const noCoreRules = '\0fc-atlas:no-core-rules';

/**
 * Swaps ESLint's map of its ~290 core rules for an empty map: the page runs only @fc-atlas rules, and the core rules
 * would be about half of the worker's bytes. An inline config comment that names a core rule then reports it as unknown.
 */
const withoutCoreRules = (): Plugin => ({
  name: 'fc-atlas:without-eslint-core-rules',
  enforce: 'pre',
  resolveId(source, importer) {
    if (source === '../rules' && importer && /[\\/]eslint[\\/]lib[\\/]config[\\/]default-config\.js$/.test(importer)) return noCoreRules;
    return null;
  },
  load(id) {
    return id === noCoreRules ? 'module.exports = new Map();' : null;
  },
});

export default defineConfig({
  // Relative asset URLs: the built page works from any folder, or a file server with no rewrites.
  base: './',
  resolve: {
    alias: {
      // eslint require()s esquery; Vite would pick its ESM build, whose default export lacks .parse/.matches (TOOLCHAIN F19).
      esquery: require.resolve('esquery', { paths: [require.resolve('eslint/universal')] }),
      // typescript-estree resolves and joins file paths even without type information; pathe is Node's posix path in ESM.
      'node:path': 'pathe',
      path: 'pathe',
    },
  },
  // Pre-bundled deps in the dev server skip the build-time process.env replacement (TOOLCHAIN F20).
  define: { 'process.env.TIMING': 'undefined' },
  plugins: [withoutCoreRules()],
  // Pre-bundle what the worker loads late, so the dev server does not re-optimize and reload on the first TS lint.
  optimizeDeps: { include: ['eslint/universal', '@typescript-eslint/parser', '@fc-atlas/eslint-plugin', '@fc-atlas/catalog'] },
  // ES module workers can split off the TypeScript parser into a chunk loaded on first use.
  worker: { format: 'es', plugins: () => [withoutCoreRules()] },
  // The TypeScript parser chunk is ~4 MB on purpose (it is TypeScript); it loads on demand, after first findings.
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 4500,
    modulePreload: { polyfill: false },
    // The catalog data shared by the Catalog and Endpoints tabs gets a name, for the size report.
    rolldownOptions: { output: { advancedChunks: { groups: [{ name: 'catalog-data', test: /[\\/]packages[\\/]catalog[\\/]/ }] } } },
  },
  preview: { host: '127.0.0.1' },
  server: { host: '127.0.0.1' },
});

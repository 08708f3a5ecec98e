import { defineConfig } from 'tsdown';

/** A file-name pattern with `generated/regions` written as `generated-regions`, so dist/ stays one flat folder. */
const flat =
  <Chunk extends { name: string }>(pattern: string | ((chunk: Chunk) => string) | undefined) =>
  (chunk: Chunk): string =>
    (typeof pattern === 'function' ? pattern(chunk) : (pattern ?? '[name].js')).replace('[name]', chunk.name.replaceAll('/', '-'));

export default defineConfig({
  // Three entries, which share modules: the core (`.`), the diagnostic scanner (`./check`) and the texts (`./texts`).
  entry: ['src/index.ts', 'src/check.ts', 'src/texts.ts'],
  // One output module per source module, so a bundler drops the modules an app does not import (`sideEffects: false`).
  unbundle: true,
  outputOptions: (options) => ({ ...options, entryFileNames: flat(options.entryFileNames), chunkFileNames: flat(options.chunkFileNames) }),
  format: ['esm', 'cjs'],
  dts: true,
  // Browser-safe: no Node built-ins anywhere in the catalog.
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist',
  clean: true,
  fixedExtension: true,
});

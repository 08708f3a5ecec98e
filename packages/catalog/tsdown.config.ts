import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  // Browser-safe: no Node built-ins anywhere in the catalog.
  platform: 'neutral',
  target: 'es2022',
  outDir: 'dist',
  clean: true,
  fixedExtension: true,
});

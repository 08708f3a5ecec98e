import { defineConfig } from 'vitest/config';

// End-to-end tests: vitest in Node drives Debian's chromium through playwright-core against `vite preview` of the
// built app. Nothing is built here; turbo's e2e task depends on build.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One browser and one server for the whole run.
    fileParallelism: false,
  },
});

import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests assert behaviour, not speed (speed lives in bench/): a loaded CI machine must not fail them by the clock.
    testTimeout: 60_000,
    // One module graph per worker, not per test file: the catalog and fast-check load once instead of once per file.
    // No test file here patches a global or mocks a module; one that does must restore it before it ends.
    isolate: false,
    include: ['test/**/*.test.ts'],
  },
});

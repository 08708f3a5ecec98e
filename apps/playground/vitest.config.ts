import { defineConfig } from 'vitest/config';

// Unit tests of the pure helpers; no browser. The browser tests are in e2e/ (vitest.e2e.config.ts).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
  },
});

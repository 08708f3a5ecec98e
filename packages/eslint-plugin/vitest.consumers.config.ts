import { defineConfig } from 'vitest/config';

// Clean-consumer tests: pack the packages, install them from tarballs into fresh npm and pnpm projects under the OS
// temp dir, and lint / type-check there. They need the npm registry and take minutes, so `pnpm test` leaves them out;
// `pnpm --filter @fc-atlas/eslint-plugin test:consumers` (turbo task `test:consumers`) runs them.
export default defineConfig({
  test: {
    include: ['tests-consumers/**/*.test.ts'],
    globalSetup: ['tests-consumers/global-setup.ts'],
    testTimeout: 5 * 60_000,
    hookTimeout: 10 * 60_000,
  },
});

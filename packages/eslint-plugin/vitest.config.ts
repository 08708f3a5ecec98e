import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests assert behaviour, not speed (speed lives in bench/): a loaded CI machine must not fail them by the clock.
    testTimeout: 60_000,
    include: ['tests/**/*.test.ts'],
  },
});

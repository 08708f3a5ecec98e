import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests assert behaviour, not speed (speed lives in bench/): a loaded CI machine must not fail them by the clock.
    testTimeout: 60_000,
    // One module graph per worker, not per test file: ESLint, typescript-eslint and the plugin load once instead of once
    // per file (the plugin's suite: ~10 s of imports and half its CPU time). Test files must not leave state behind:
    // the few that patch globals (security.test.ts, fake timers) restore them in `finally`.
    isolate: false,
    include: ['tests/**/*.test.ts'],
  },
});

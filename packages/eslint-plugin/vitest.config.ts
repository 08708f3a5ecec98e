import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests assert behaviour, not speed (speed lives in bench/): a loaded CI machine must not fail them by the clock.
    testTimeout: 60_000,
    // One module graph per worker, not per test file: ESLint, typescript-eslint and the plugin load once instead of once
    // per file (the plugin's suite: ~10 s of imports and half its CPU time). Test files must not leave state behind:
    // the two that patch globals (security.test.ts traps node:fs and eval, regressions.test.ts wraps String#indexOf)
    // restore them in `finally`, within one synchronous test.
    isolate: false,
    // Two workers at least, also on two cores (vitest's default is one per core, minus one): the CLI tests mostly wait
    // for ESLint child processes, and a second worker runs the other files meanwhile.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    include: ['tests/**/*.test.ts'],
  },
});

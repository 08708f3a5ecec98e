// Section "devloop": `pnpm test` cold (`turbo run test --force`: every build and test task runs again) and cached
// (`pnpm test` right after, every task a cache hit), wall-clock, on this machine as it is (the load is printed).
// The cold run uses --continue so one failing package does not cut the run short; a failing task is never cached, so
// while any task fails the cached number is not a measure of the cache and gets no verdict.
import { spawnSync } from 'node:child_process';
import { fmt, median, progress, REPO_ROOT } from './lib.mjs';

const CACHED_RUNS = Number(process.env.BENCH_DEVLOOP_CACHED_RUNS ?? 5);
const COLD_RUNS = Number(process.env.BENCH_DEVLOOP_COLD_RUNS ?? 1);

function timed(args) {
  const start = process.hrtime.bigint();
  const result = spawnSync('pnpm', args, { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' }, maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const out = `${result.stdout}\n${result.stderr}`;
  // turbo's summary: "Tasks:    7 successful, 7 total" and "Cached:    7 cached, 7 total".
  const tasks = /Tasks:\s+(\d+) successful, (\d+) total/.exec(out);
  const cached = /Cached:\s+(\d+) cached, (\d+) total/.exec(out);
  return { ms, status: result.status, successful: Number(tasks?.[1] ?? 0), total: Number(tasks?.[2] ?? cached?.[2] ?? 0), cached: Number(cached?.[1] ?? 0), tail: out.trim().split('\n').slice(-12).join('\n') };
}

export async function run() {
  const cold = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    progress(`devloop: cold run ${i + 1}/${COLD_RUNS} (turbo run test --force --continue)`);
    cold.push(timed(['exec', 'turbo', 'run', 'test', '--force', '--continue', '--output-logs=errors-only']));
  }
  const cached = [];
  for (let i = 0; i < CACHED_RUNS; i++) {
    progress(`devloop: cached run ${i + 1}/${CACHED_RUNS} (pnpm test)`);
    cached.push(timed(['test', '--output-logs=errors-only']));
  }
  const failed = [...cold, ...cached].find((r) => r.status !== 0);
  const coldMs = median(cold.map((r) => r.ms));
  const cachedMs = median(cached.map((r) => r.ms));
  const allHits = cached.filter((r) => r.total > 0 && r.cached === r.total).length;
  const valid = !failed;
  const rows = [
    { metric: 'cold: turbo run test --force', value: fmt.s(coldMs), budget: '≤ 60 s', pass: coldMs <= 60_000, note: `${cold.map((r) => `${r.successful}/${r.total} tasks ok`).join('; ')}${COLD_RUNS > 1 ? `; runs (s): ${cold.map((r) => (r.ms / 1000).toFixed(1)).join(', ')}` : ''}` },
    {
      metric: 'cached: pnpm test (median)',
      value: fmt.s(cachedMs),
      budget: '≤ 3 s',
      ...(valid ? { pass: cachedMs <= 3_000 } : {}),
      note: `${valid ? '' : 'NOT A VALID MEASURE (a task failed, and failed tasks are never cached); '}${CACHED_RUNS} runs (s): ${cached.map((r) => (r.ms / 1000).toFixed(1)).join(', ')}; ${allHits}/${CACHED_RUNS} were full cache hits`,
    },
  ];
  if (failed) {
    const names = [...new Set([...cold, ...cached].flatMap((r) => [...r.tail.matchAll(/Failed:\s+(.+)/g)].flatMap((m) => m[1].split(/[\s,]+/).filter(Boolean))))];
    rows.push({ metric: 'failing tasks', value: `exit ${failed.status}`, note: names.join(', ') || failed.tail.split('\n').map((l) => l.trim()).join(' ⏎ ').slice(-300) });
  }
  return { title: 'Dev loop', rows, data: { cold, cached } };
}

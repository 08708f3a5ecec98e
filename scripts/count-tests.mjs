// Sums the vitest JSON reports the packages write (test-results*.json, one per task): prints `passed failed skipped`.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
let passed = 0;
let failed = 0;
let skipped = 0;
const reports = [];
for (const group of ['packages', 'apps']) {
  const dir = join(root, group);
  if (!existsSync(dir)) continue;
  for (const name of readdirSync(dir)) {
    const packageDir = join(dir, name);
    if (!existsSync(packageDir)) continue;
    for (const file of readdirSync(packageDir).filter((f) => /^test-results(?:-[\w-]+)?\.json$/.test(f))) {
    const report = JSON.parse(readFileSync(join(packageDir, file), 'utf8'));
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests + (report.numTodoTests ?? 0);
    reports.push(`${group}/${name}/${file}`);
    // A suite that failed to load has no tests but still fails the run.
    if (report.numFailedTestSuites > 0 && report.numFailedTests === 0) failed += report.numFailedTestSuites;
    }
  }
}
console.error(`test reports: ${reports.join(', ') || 'none'}`);
// Three numbers for .ci/run, which prints the closing line itself; no report at all counts as a failure.
console.log(`${passed} ${reports.length === 0 ? Math.max(failed, 1) : failed} ${skipped}`);

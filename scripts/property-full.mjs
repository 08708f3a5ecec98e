#!/usr/bin/env node
// The catalog's property tests (fast-check) with 100 000 runs per property instead of the suite's default: every test
// file in packages/catalog/test that reads FC_ATLAS_PROPERTY_RUNS (endpoint.property.test.ts: parseEndpoint and
// checkEndpoint never throw, build -> parse round-trips, every corrected host is clean).
//
//   node scripts/property-full.mjs [--runs N]
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const catalogDir = join(repoRoot, 'packages/catalog');
const testDir = join(catalogDir, 'test');

const args = process.argv.slice(2);
const at = args.indexOf('--runs');
const runs = at >= 0 ? Number(args[at + 1]) : 100_000;
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs needs a positive whole number, got ${args[at + 1]}`);
  process.exit(2);
}

const files = readdirSync(testDir)
  .filter((name) => name.endsWith('.test.ts') && readFileSync(join(testDir, name), 'utf8').includes('FC_ATLAS_PROPERTY_RUNS'))
  .sort();
if (files.length === 0) {
  console.error('No test file in packages/catalog/test reads FC_ATLAS_PROPERTY_RUNS; nothing to run.');
  process.exit(1);
}

console.log(`property tests: ${files.join(', ')} with FC_ATLAS_PROPERTY_RUNS=${runs}`);
const started = performance.now();
// The catalog's own vitest, started with this Node (the root workspace does not depend on vitest).
const vitestCli = join(dirname(createRequire(join(catalogDir, 'package.json')).resolve('vitest/package.json')), 'vitest.mjs');
const result = spawnSync(process.execPath, [vitestCli, 'run', ...files.map((f) => `test/${f}`), '--reporter=default'], {
  cwd: catalogDir,
  env: { ...process.env, FC_ATLAS_PROPERTY_RUNS: String(runs) },
  stdio: 'inherit',
});
const seconds = (performance.now() - started) / 1000;
console.log(`\nproperty runs: ${runs} per property; ${result.status === 0 ? 'all passed' : 'FAILED'}; time: ${seconds.toFixed(1)} s`);
process.exitCode = result.status ?? 1;

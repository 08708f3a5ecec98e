#!/usr/bin/env node
// Runs the benchmarks: all sections, or the ones named. `pnpm bench [lint|scan|catalog|bundle|playground|devloop]`
// builds first (turbo, cached), then runs this. Prints one Markdown table per section with budget and PASS/MISS.
// Options: --json <file> also writes every section's raw numbers. Environment knobs are listed in BENCHMARKS.md.
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lockfileHash, machine, printTable, progress } from './lib.mjs';

const SECTIONS = {
  lint: () => import('./lint.mjs'),
  scan: () => import('./scan.mjs'),
  catalog: () => import('./catalog.mjs'),
  bundle: () => import('./bundle.mjs'),
  playground: () => import('./playground.mjs'),
  devloop: () => import('./devloop.mjs'),
};

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
if (values.help) {
  console.log(`Usage: pnpm bench [${Object.keys(SECTIONS).join('|')}]... [--json <file>]`);
  process.exit(0);
}
const unknown = positionals.filter((p) => !(p in SECTIONS));
if (unknown.length > 0) {
  console.error(`Unknown section ${unknown.join(', ')}; choose from ${Object.keys(SECTIONS).join(', ')}`);
  process.exit(2);
}
const chosen = positionals.length > 0 ? positionals : Object.keys(SECTIONS);

const info = machine();
console.log(`## fc-atlas benchmarks, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(`\n${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, ${info.os}, Node ${info.node}; load average at start ${info.load}; pnpm-lock ${lockfileHash()}`);

const report = { date: new Date().toISOString(), machine: info, sections: {} };
let misses = 0;
for (const name of chosen) {
  progress(`section ${name}`);
  const started = Date.now();
  const section = await SECTIONS[name]();
  const result = await section.run();
  printTable(`${result.title} (\`pnpm bench ${name}\`, ${((Date.now() - started) / 1000).toFixed(0)} s, load ${machine().load})`, result.rows);
  misses += result.rows.filter((r) => r.pass === false).length;
  report.sections[name] = result;
}
console.log(`\n${misses === 0 ? 'All budgets met.' : `${misses} budget(s) missed.`}`);
if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
// A missed budget is a finding to report, not a failed command: the numbers are the output.

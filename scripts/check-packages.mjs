// `pnpm check:packages`: is what we would publish what a stranger can use? Packs every public package with
// `pnpm pack` (which rewrites `workspace:` and `catalog:` ranges, as `changeset publish` will), then checks each
// tarball: its manifest and file list, publint --strict, and @arethetypeswrong/cli; then knip over the workspace for
// unused files and dependencies. Prints what it finds and exits 1 on any problem.
import { execFileSync, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { publint } from 'publint';
import { formatMessage } from 'publint/utils';

const root = new URL('..', import.meta.url).pathname;
const bin = (name) => join(root, 'node_modules', '.bin', name);
const problems = [];
const fail = (where, message) => problems.push(`${where}: ${message}`);

const publicPackages = readdirSync(join(root, 'packages'))
  .map((name) => join(root, 'packages', name))
  .filter((dir) => existsSync(join(dir, 'package.json')))
  .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) }))
  .filter(({ manifest }) => !manifest.private);

console.log(`building ${publicPackages.map((p) => p.manifest.name).join(', ')}`);
execFileSync('pnpm', ['turbo', 'run', 'build', ...publicPackages.flatMap((p) => ['--filter', p.manifest.name]), '--output-logs=errors-only'], {
  cwd: root,
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
});

const destination = mkdtempSync(join(tmpdir(), 'fc-atlas-check-packages-'));
try {
  for (const { dir, manifest } of publicPackages) {
    const name = manifest.name;
    const packed = JSON.parse(execFileSync('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: dir, encoding: 'utf8' }));
    const tarball = packed.filename;
    const files = packed.files.map((f) => f.path).sort();
    console.log(`\n${name}@${packed.version}: ${tarball.slice(destination.length + 1)}, ${files.length} files`);

    // The manifest as published: every range resolved, the fields a registry page and a resolver need.
    const published = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies']) {
      for (const [dep, range] of Object.entries(published[field] ?? {})) {
        if (/^(?:workspace|catalog|link|file):/.test(range)) fail(name, `${field}.${dep} is "${range}" in the tarball`);
      }
    }
    for (const field of ['description', 'keywords', 'license', 'repository', 'homepage', 'bugs', 'engines', 'exports', 'types']) {
      if (published[field] === undefined) fail(name, `package.json has no "${field}"`);
    }
    if (!published.exports?.['./package.json']) fail(name, 'exports has no "./package.json"');

    // Only what ships: the build, declared data and docs, and the files npm always includes.
    const allowed = [/^dist\/[^/]+\.(?:mjs|cjs|d\.mts|d\.cts)$/, /^data\/[\w-]+(?:\.schema)?\.json$/, /^docs\/.+\.md$/, /^(?:package\.json|README\.md|CHANGELOG\.md|LICENSE|index\.mjs)$/];
    for (const file of files) if (!allowed.some((pattern) => pattern.test(file))) fail(name, `ships ${file}`);
    if (!files.includes('README.md')) fail(name, 'ships no README.md');
    if (!files.includes('LICENSE')) fail(name, 'ships no LICENSE');

    // publint --strict: warnings count as errors; suggestions are reported and count too, so "clean" means no message.
    const bytes = readFileSync(tarball);
    const lint = await publint({ pack: { tarball: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) }, strict: true });
    for (const message of lint.messages) fail(name, `publint ${message.type}: ${formatMessage(message, lint.pkg, { color: false })}`);
    console.log(`  publint --strict: ${lint.messages.length === 0 ? 'clean' : `${lint.messages.length} message(s)`}`);

    // attw cannot expand a wildcard export (./data/*.json): name each shipped data file as an entry point.
    const dataEntries = files.filter((f) => /^data\/[\w-]+(?:\.schema)?\.json$/.test(f)).map((f) => `./${f}`);
    const attwArgs = [tarball, '--format', 'json', ...(dataEntries.length > 0 ? ['--include-entrypoints', ...dataEntries] : [])];
    // Into a file: attw exits right after writing, and a large report written to a pipe would be cut short.
    const report = join(destination, `${basename(tarball)}.attw.json`);
    const out = openSync(report, 'w');
    const attw = spawnSync(bin('attw'), attwArgs, { stdio: ['ignore', out, 'pipe'], encoding: 'utf8' });
    closeSync(out);
    let analysis;
    try {
      analysis = JSON.parse(readFileSync(report, 'utf8')).analysis;
    } catch {
      fail(name, `attw printed no JSON report (exit ${attw.status}): ${attw.stderr}`);
      continue;
    }
    for (const problem of analysis.problems ?? []) {
      fail(name, `attw ${problem.kind}${problem.entrypoint ? ` at ${problem.entrypoint}` : ''}${problem.resolutionKind ? ` (${problem.resolutionKind})` : ''}`);
    }
    if (attw.status !== 0 && (analysis.problems ?? []).length === 0) fail(name, `attw exited ${attw.status}`);
    const entrypoints = Object.keys(analysis.entrypoints ?? {});
    if (!entrypoints.includes('.')) fail(name, `attw found no "." entry point (found: ${entrypoints.join(', ') || 'none'})`);
    console.log(`  attw (node10, node16 CJS/ESM, bundler): ${(analysis.problems ?? []).length === 0 ? 'no problems' : 'problems'} in ${entrypoints.join(', ')}`);
  }
} finally {
  rmSync(destination, { recursive: true, force: true });
}

// knip: unused files and (dev)dependencies, unlisted dependencies and binaries across the workspace (knip.jsonc).
console.log('\nknip (unused files and dependencies):');
const knip = spawnSync(bin('knip'), ['--no-progress', '--no-config-hints'], { cwd: root, encoding: 'utf8' });
if (knip.status !== 0) fail('knip', `${knip.stdout}${knip.stderr}`.trim() || `exited ${knip.status}`);
else console.log('  clean');

if (problems.length > 0) {
  console.error(`\ncheck:packages found ${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
  process.exit(1);
}
console.log('\ncheck:packages: every public package packs clean');

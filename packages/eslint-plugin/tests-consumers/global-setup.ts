// Packs both published packages once per run, the way `changeset publish` will: `pnpm pack` rewrites the
// `workspace:` and `catalog:` ranges that `npm pack` would leave in place.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import type { PackedPackages } from './support.js';

const packagesDir = join(import.meta.dirname, '..', '..');

async function pack(packageDir: string, destination: string): Promise<{ version: string; filename: string }> {
  if (!existsSync(join(packageDir, 'dist'))) {
    throw new Error(`${packageDir}/dist is missing: build first (\`pnpm turbo run test:consumers\` does)`);
  }
  const { stdout } = await promisify(execFile)('pnpm', ['pack', '--json', '--pack-destination', destination], { cwd: packageDir });
  return JSON.parse(stdout) as { version: string; filename: string };
}

/** One directory under the OS temp dir per run holds the tarballs and every temporary project; teardown removes it. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const workDir = await mkdtemp(join(tmpdir(), 'fc-atlas-consumers-'));
  const destination = join(workDir, 'tarballs');
  await mkdir(destination);
  const catalog = await pack(join(packagesDir, 'catalog'), destination);
  const plugin = await pack(join(packagesDir, 'eslint-plugin'), destination);
  if (catalog.version !== plugin.version) throw new Error(`catalog ${catalog.version} and plugin ${plugin.version} differ`);
  const packed: PackedPackages = { version: plugin.version, catalog: catalog.filename, plugin: plugin.filename, workDir };
  project.provide('packed', packed);
  return async () => {
    if (process.env['FC_ATLAS_KEEP_TMP'] === '1') console.log(`FC_ATLAS_KEEP_TMP=1: kept ${workDir}`);
    else await rm(workDir, { recursive: true, force: true });
  };
}

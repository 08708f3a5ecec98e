// The changesets `fixed` group in action: a changeset for any one package moves every @fc-atlas package, the private
// playground included, to one new version. Runs the real `changeset version` on a copy of the workspace's manifests.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot, runOk, tempProject } from './support.js';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  dependencies?: Record<string, string>;
}

/** Every workspace package's directory (relative to the root), found the way pnpm-workspace.yaml lists them. */
function workspacePackageDirs(root: string): string[] {
  return ['packages', 'apps', 'examples'].flatMap((group) =>
    existsSync(join(root, group))
      ? readdirSync(join(root, group))
          .map((name) => `${group}/${name}`)
          .filter((dir) => existsSync(join(root, dir, 'package.json')))
      : [],
  );
}

const readManifest = (root: string, dir: string): Manifest =>
  JSON.parse(readFileSync(join(root, dir, 'package.json'), 'utf8')) as Manifest;

/** A copy of the workspace with only what `changeset version` reads: manifests, workspace file, changeset config. */
async function copyWorkspace(): Promise<string> {
  const dir = await tempProject('changesets', {});
  for (const file of ['package.json', 'pnpm-workspace.yaml', '.changeset/config.json']) {
    await mkdir(join(dir, file, '..'), { recursive: true });
    await copyFile(join(repoRoot, file), join(dir, file));
  }
  for (const pkg of workspacePackageDirs(repoRoot)) {
    await mkdir(join(dir, pkg), { recursive: true });
    await copyFile(join(repoRoot, pkg, 'package.json'), join(dir, pkg, 'package.json'));
  }
  // The changelog generator named in config.json (`@changesets/cli/changelog`) resolves from the root's node_modules.
  await symlink(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

function bump(version: string, type: 'major' | 'minor' | 'patch'): string {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  if (type === 'major') return `${major + 1}.0.0`;
  if (type === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

const manifests = (root: string): Map<string, Manifest & { dir: string }> =>
  new Map(
    workspacePackageDirs(root)
      .map((dir) => ({ ...readManifest(root, dir), dir }))
      .filter((m) => m.name.startsWith('@fc-atlas/'))
      .map((m) => [m.name, m]),
  );

const samples = [
  { changed: '@fc-atlas/catalog', type: 'minor' },
  { changed: '@fc-atlas/eslint-plugin', type: 'patch' },
] as const;

describe('changeset version with the repo config', () => {
  it('finds the packages the group must hold', () => {
    const names = [...manifests(repoRoot).keys()];
    expect(names).toEqual(expect.arrayContaining(['@fc-atlas/catalog', '@fc-atlas/eslint-plugin']));
    // The playground joins the group (and this test) as soon as apps/playground exists.
    if (existsSync(join(repoRoot, 'apps/playground/package.json'))) expect(names).toContain('@fc-atlas/playground');
  });

  it.each(samples)('a $type changeset for $changed alone moves every @fc-atlas package to one version', async ({ changed, type }) => {
    const dir = await copyWorkspace();
    const before = manifests(dir);
    const from = [...before.values()].map((m) => m.version).sort().at(-1)!;
    expect(new Set([...before.values()].map((m) => m.version)), 'every package starts on one version').toEqual(new Set([from]));

    await writeFile(join(dir, '.changeset', 'sample-change.md'), `---\n"${changed}": ${type}\n---\n\nA sample change.\n`);
    await runOk(process.execPath, [join(repoRoot, 'node_modules/@changesets/cli/bin.js'), 'version'], dir);

    const after = manifests(dir);
    const expected = bump(from, type);
    const versions = Object.fromEntries([...after.values()].map((m) => [m.name, m.version]));
    expect(versions).toEqual(Object.fromEntries([...after.keys()].map((name) => [name, expected])));
    for (const name of ['@fc-atlas/catalog', '@fc-atlas/eslint-plugin', '@fc-atlas/playground']) {
      if (before.has(name)) expect(versions[name], name).toBe(expected);
    }
    // The plugin keeps its workspace range (pnpm pack turns it into ^<version>), and every package gets a changelog entry.
    expect(after.get('@fc-atlas/eslint-plugin')?.dependencies?.['@fc-atlas/catalog']).toBe('workspace:^');
    for (const m of after.values()) {
      expect(readFileSync(join(dir, m.dir, 'CHANGELOG.md'), 'utf8'), m.name).toContain(`## ${expected}`);
    }
    expect(existsSync(join(dir, '.changeset', 'sample-change.md')), 'the changeset is consumed').toBe(false);
  });
});

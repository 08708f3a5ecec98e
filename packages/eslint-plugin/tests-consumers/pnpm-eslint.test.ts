// A stranger's pnpm project: strict node_modules (no hoisting), so a dependency the plugin forgot to declare fails here.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eslintConfigMjs, expectedFindings, sampleJs } from './fixtures.js';
import { findings, json, packed, run, runOk, strangerEnv, tempProject } from './support.js';

describe('a pnpm project with eslint@10.16.0', () => {
  let dir = '';

  beforeAll(async () => {
    const { catalog, plugin } = packed();
    dir = await tempProject('pnpm-eslint', {
      'package.json': json({
        name: 'consumer',
        private: true,
        type: 'module',
        devDependencies: { eslint: '10.16.0', '@fc-atlas/eslint-plugin': `file:${plugin}` },
        // Until the catalog is on the registry, the plugin's `@fc-atlas/catalog` comes from its tarball.
        pnpm: { overrides: { '@fc-atlas/catalog': `file:${catalog}` } },
      }),
      'src/sample.js': sampleJs,
      'eslint.config.js': eslintConfigMjs,
    });
    // CI=true makes pnpm default to a frozen lockfile; a new project has none. Unmet peers fail the install.
    await runOk('pnpm', ['install', '--no-frozen-lockfile', '--config.strict-peer-dependencies=true'], dir, strangerEnv());
  });

  it('reports the planted mistakes with configs.recommended', async () => {
    const result = await run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--format', 'json', 'src'], dir);
    expect(result.stderr).toBe('');
    expect(findings(result.stdout, dir)).toEqual(expectedFindings);
    expect(result.code).toBe(1);
  });

  it('keeps the catalog out of the top-level node_modules, so only the dependency the plugin declares can resolve it', () => {
    expect(existsSync(join(dir, 'node_modules', '@fc-atlas', 'eslint-plugin'))).toBe(true);
    expect(existsSync(join(dir, 'node_modules', '@fc-atlas', 'catalog'))).toBe(false);
  });
});

// A stranger's npm project: the packed tarballs plus one ESLint major, linting a sample through both config formats.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { eslintConfigCjs, eslintConfigMjs, expectedFindings, sampleJs } from './fixtures.js';
import { findings, json, npmInstall, packed, run, runOk, tempProject } from './support.js';

describe.each(['9.39.5', '10.16.0'])('an npm project with eslint@%s', (eslintVersion) => {
  let dir = '';

  beforeAll(async () => {
    const { catalog, plugin } = packed();
    dir = await tempProject(`npm-eslint-${eslintVersion}`, {
      // No "type" field: CommonJS by default, as in most existing projects.
      'package.json': json({
        name: 'consumer',
        private: true,
        devDependencies: {
          eslint: eslintVersion,
          '@fc-atlas/eslint-plugin': `file:${plugin}`,
          // Until the catalog is on the registry, npm takes the plugin's `@fc-atlas/catalog` from this tarball.
          '@fc-atlas/catalog': `file:${catalog}`,
        },
      }),
      'src/sample.js': sampleJs,
      'eslint.config.mjs': eslintConfigMjs,
      'eslint.config.cjs': eslintConfigCjs,
      // An ES config that also spreads a CommonJS shared config: both hold the plugin, loaded once by import, once by
      // require; ESLint refuses two different objects under one plugin name.
      'shared.cjs': "const fcAtlas = require('@fc-atlas/eslint-plugin');\nmodule.exports = [fcAtlas.configs.recommended];\n",
      'eslint.mixed.mjs':
        "import fcAtlas from '@fc-atlas/eslint-plugin';\nimport shared from './shared.cjs';\nexport default [...shared, { plugins: { '@fc-atlas': fcAtlas } }];\n",
    });
    await npmInstall(dir);
  });

  it('installs a consistent tree: the requested ESLint satisfies the plugin peer range, nothing missing or invalid', async () => {
    const installed = JSON.parse(readFileSync(join(dir, 'node_modules/eslint/package.json'), 'utf8')) as { version: string };
    expect(installed.version).toBe(eslintVersion);
    await runOk('npm', ['ls', '--all'], dir);
  });

  it.each(['eslint.config.mjs', 'eslint.config.cjs', 'eslint.mixed.mjs'])('reports the planted mistakes with configs.recommended through %s', async (config) => {
    const result = await run(process.execPath, ['node_modules/eslint/bin/eslint.js', '--config', config, '--format', 'json', 'src'], dir);
    expect(result.stderr).toBe('');
    expect(findings(result.stdout, dir)).toEqual(expectedFindings);
    expect(result.code).toBe(1);
  });

  it('gives import and require the same plugin, named and versioned like its package', async () => {
    const script = `
      import { createRequire } from 'node:module';
      const imported = (await import('@fc-atlas/eslint-plugin')).default;
      const required = createRequire(process.cwd() + '/')('@fc-atlas/eslint-plugin');
      console.log(JSON.stringify({
        same: imported === required,
        importMeta: imported.meta,
        requireMeta: required.meta,
        importRules: Object.keys(imported.rules).sort(),
        requireRules: Object.keys(required.rules).sort(),
        configs: Object.keys(imported.configs).sort(),
      }));`;
    const { stdout } = await runOk(process.execPath, ['--input-type=module', '--eval', script], dir);
    const shape = JSON.parse(stdout) as Record<string, unknown>;
    expect(shape['same']).toBe(true);
    const meta = { name: '@fc-atlas/eslint-plugin', version: packed().version, namespace: '@fc-atlas' };
    expect(shape['importMeta']).toEqual(meta);
    expect(shape['requireMeta']).toEqual(meta);
    expect(shape['requireRules']).toEqual(shape['importRules']);
    expect(shape['importRules']).toContain('valid-endpoint');
    expect(shape['configs']).toEqual(['all', 'recommended', 'strict']);
  });

  it('loads the catalog and its JSON data through import and require', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { fcEndpoint, errorCodes } from '@fc-atlas/catalog';
      import { checkEndpoint } from '@fc-atlas/catalog/check';
      import regions from '@fc-atlas/catalog/data/regions.json' with { type: 'json' };
      const require = createRequire(process.cwd() + '/');
      const cjs = require('@fc-atlas/catalog');
      console.log(JSON.stringify({
        host: fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' }),
        cjsHost: cjs.fcEndpoint({ accountId: '16530750', region: 'cn-shanghai' }),
        corrected: checkEndpoint('16530750.cn-shangai.fc.aliyuncs.com')?.corrected,
        cjsCorrected: require('@fc-atlas/catalog/check').checkEndpoint('16530750.cn-shangai.fc.aliyuncs.com')?.corrected,
        sameCodes: errorCodes.length === require('@fc-atlas/catalog/data/error-codes.json').length,
        regionsFromJson: regions.length === cjs.regions.length,
        version: require('@fc-atlas/catalog/package.json').version,
      }));`;
    const { stdout } = await runOk(process.execPath, ['--input-type=module', '--eval', script], dir);
    expect(JSON.parse(stdout)).toEqual({
      host: '16530750.cn-shanghai.fc.aliyuncs.com',
      cjsHost: '16530750.cn-shanghai.fc.aliyuncs.com',
      corrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      cjsCorrected: '16530750.cn-shanghai.fc.aliyuncs.com',
      sameCodes: true,
      regionsFromJson: true,
      version: packed().version,
    });
  });
});

// A stranger's TypeScript project type-checks a flat config and catalog usage against the shipped .d.mts/.d.cts,
// under NodeNext (ESM and CJS files) and under bundler resolution, with skipLibCheck off so the shipped types are checked too.
import { beforeAll, describe, it } from 'vitest';
import { json, npmInstall, packed, runOk, tempProject } from './support.js';

const compilerOptions = {
  strict: true,
  noEmit: true,
  skipLibCheck: false,
  resolveJsonModule: true,
  target: 'ES2022',
  lib: ['ES2022'],
  types: [],
};

// `@ts-expect-error` lines prove the types are precise: each fails the check if the error it expects goes away.
const eslintConfigMts = `import fcAtlas from '@fc-atlas/eslint-plugin';
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';

const plugin: ESLint.Plugin = fcAtlas;
const presets: Linter.Config[] = [fcAtlas.configs.recommended, fcAtlas.configs.strict, fcAtlas.configs.all];
const version: string | undefined = fcAtlas.meta.version;
const validEndpoint = fcAtlas.rules['valid-endpoint'];
// @ts-expect-error not one of the plugin's rules
const missing = fcAtlas.rules['no-such-rule'];
// @ts-expect-error not one of the plugin's presets
const unknownPreset = fcAtlas.configs.legacy;

export default defineConfig(
  fcAtlas.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@fc-atlas': fcAtlas },
    rules: { '@fc-atlas/valid-endpoint': 'error', '@fc-atlas/no-hardcoded-endpoint': ['warn', { includeTriggerUrls: true }] },
  },
);
export { missing, plugin, presets, unknownPreset, validEndpoint, version };
`;

const eslintConfigCts = `import fcAtlas = require('@fc-atlas/eslint-plugin');
import type { Linter } from 'eslint';

const config: Linter.Config[] = [fcAtlas.configs.recommended];
export = config;
`;

const catalogMts = `import {
  FcError,
  fcEndpoint,
  isErrorCode,
  parseEndpoint,
  retryDelay,
  toFcError,
  type ErrorCode,
  type ParsedEndpoint,
  type RegionId,
} from '@fc-atlas/catalog';
import { checkEndpoint, type EndpointDiagnosis } from '@fc-atlas/catalog/check';
import regions from '@fc-atlas/catalog/data/regions.json' with { type: 'json' };

const region: RegionId = 'cn-shanghai';
// @ts-expect-error a misspelled region is not a RegionId
const misspelled: RegionId = 'cn-shangai';
const host: string = fcEndpoint({ accountId: '16530750', region });
const parsed: ParsedEndpoint | undefined = parseEndpoint(\`https://\${host}\`);
const diagnosis: EndpointDiagnosis | undefined = checkEndpoint('16530750.cn-shangai.fc.aliyuncs.com');
const corrected: string | undefined = diagnosis?.corrected;
const throttled: ErrorCode = 'ResourceThrottled';
// @ts-expect-error a near miss is not an ErrorCode
const nearMiss: ErrorCode = 'ResourceExhaused';

export function codeOf(err: unknown): ErrorCode | undefined {
  const code = err instanceof FcError ? err.code : undefined;
  return isErrorCode(code) ? code : undefined;
}

export function waitFor(status: number, body: string): number | undefined {
  const error = toFcError({ status, body });
  return error ? retryDelay(error, 0) : undefined;
}

const firstRegionId: string = regions[0]!.id;
export { corrected, firstRegionId, misspelled, nearMiss, parsed, throttled };
`;

const catalogCts = `import catalog = require('@fc-atlas/catalog');
import check = require('@fc-atlas/catalog/check');

const region: catalog.RegionId = 'cn-hangzhou';
export const host: string = catalog.fcEndpoint({ accountId: '16530750', region, internal: true });
export const problems: check.EndpointProblem[] = [...(check.checkEndpoint(host)?.problems ?? [])];
`;

describe('a TypeScript 5.9 project', () => {
  let dir = '';

  beforeAll(async () => {
    const { catalog, plugin } = packed();
    dir = await tempProject('typescript', {
      'package.json': json({
        name: 'consumer',
        private: true,
        type: 'module',
        devDependencies: {
          typescript: '5.9.3',
          eslint: '10.16.0',
          '@fc-atlas/eslint-plugin': `file:${plugin}`,
          '@fc-atlas/catalog': `file:${catalog}`,
        },
      }),
      'tsconfig.json': json({ compilerOptions: { ...compilerOptions, module: 'NodeNext', moduleResolution: 'NodeNext' }, include: ['src'] }),
      'tsconfig.bundler.json': json({
        compilerOptions: { ...compilerOptions, module: 'ESNext', moduleResolution: 'Bundler' },
        include: ['src/*.mts'],
      }),
      'src/eslint.config.mts': eslintConfigMts,
      'src/eslint.config.cts': eslintConfigCts,
      'src/catalog.mts': catalogMts,
      'src/catalog.cts': catalogCts,
    });
    await npmInstall(dir);
  });

  it('type-checks a flat config and catalog usage under NodeNext (ESM and CJS files)', async () => {
    await runOk(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], dir);
  });

  it('type-checks the same ESM files under bundler resolution', async () => {
    await runOk(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.bundler.json'], dir);
  });
});

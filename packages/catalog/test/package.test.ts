/**
 * The built package as a consumer's Node loads it: `@fc-atlas/catalog` and `@fc-atlas/catalog/texts` resolved through
 * package.json `exports` (a package may import itself by name) to dist/, as ES modules and as CommonJS. Needs a build
 * first; turbo runs `build` before `test` (see this package's turbo.json).
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { errorCodeNames, regions, unlistedRegions } from '../src/index.js';

const packageDir = fileURLToPath(new URL('..', import.meta.url));

/** Every code's English and Chinese description and every region's names, as the built texts entry gives them. */
const probe = `
  const codes = catalog.errorCodeNames.map((code) => [code, texts.errorCodeText(code, 'en').description, texts.errorCodeText(code, 'zh').description]);
  const ids = [...catalog.regions, ...catalog.unlistedRegions].map((r) => [r.id, texts.regionName(r.id), texts.regionName(r.id, 'zh')]);
  console.log(JSON.stringify({ codes, ids, host: catalog.fcEndpoint({ accountId: '1', region: 'cn-hangzhou' }) }));
`;
const load = {
  esm: `import * as catalog from '@fc-atlas/catalog'; import * as texts from '@fc-atlas/catalog/texts'; ${probe}`,
  cjs: `const catalog = require('@fc-atlas/catalog'); const texts = require('@fc-atlas/catalog/texts'); ${probe}`,
};

describe.each(['esm', 'cjs'] as const)('the built package, loaded as %s', (format) => {
  const output = execFileSync(process.execPath, [`--input-type=${format === 'esm' ? 'module' : 'commonjs'}`, '-e', load[format]], {
    cwd: packageDir,
    encoding: 'utf8',
  });
  const { codes, ids, host } = JSON.parse(output) as { codes: [string, string, string][]; ids: [string, string | null, string | null][]; host: string };

  it('resolves the core entry', () => expect(host).toBe('1.cn-hangzhou.fc.aliyuncs.com'));

  it('resolves the texts entry, with texts for every error code', () => {
    expect(codes.map(([code]) => code)).toEqual(errorCodeNames);
    for (const [code, en, zh] of codes) {
      expect(en, code).not.toBe('');
      expect(zh, code).toMatch(/[\u4e00-\u9fff]/u);
    }
  });

  it('names every listed region in both languages and knows every unlisted one', () => {
    expect(ids.map(([id]) => id)).toEqual([...regions, ...unlistedRegions].map((r) => r.id));
    for (const [id, en, zh] of ids.slice(0, regions.length)) {
      expect(en, id).toBeTruthy();
      expect(zh, id).toBeTruthy();
    }
  });
});

describe('one FcError class across the ES module and CommonJS copies', () => {
  // An app can load both builds at once (its ES code beside a CommonJS library): each has its own FcError class.
  const script = `
    import { createRequire } from 'node:module';
    import * as esm from '@fc-atlas/catalog';
    const cjs = createRequire(process.cwd() + '/package.json')('@fc-atlas/catalog');
    const fromCjs = new cjs.FcError({ kind: 'api', code: 'ResourceExhausted', httpStatus: 429 });
    const fromEsm = esm.toFcError({ status: 404, body: '{"ErrorCode":"FunctionNotFound"}' });
    class Sub extends esm.FcError {}
    console.log(JSON.stringify({
      distinctClasses: cjs.FcError !== esm.FcError,
      cjsInstanceOfEsm: fromCjs instanceof esm.FcError,
      esmInstanceOfCjs: fromEsm instanceof cjs.FcError,
      keptAsIs: esm.fromSdkError(fromCjs) === fromCjs,
      retryable: esm.fromSdkError(fromCjs)?.retryable,
      subOfSub: new Sub({ kind: 'api' }) instanceof Sub,
      baseOfSub: fromEsm instanceof Sub,
      subOfBase: new Sub({ kind: 'api' }) instanceof cjs.FcError,
      plainError: new Error('x') instanceof esm.FcError,
      lookalike: Object.assign(new Error('x'), { name: 'FcError', code: 'ResourceExhausted' }) instanceof esm.FcError,
      primitives: [null, undefined, 'FcError', 1].some((v) => v instanceof esm.FcError),
    }));
  `;
  const result = JSON.parse(
    execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: packageDir, encoding: 'utf8' }),
  ) as Record<string, boolean>;

  it('loads two classes, and each recognises the other copy’s errors', () => {
    expect(result).toMatchObject({ distinctClasses: true, cjsInstanceOfEsm: true, esmInstanceOfCjs: true });
  });

  it('fromSdkError returns the other copy’s FcError as it is, not wrapped', () => {
    expect(result).toMatchObject({ keptAsIs: true, retryable: true });
  });

  it('keeps the usual test for subclasses, and rejects look-alikes', () => {
    expect(result).toMatchObject({
      subOfSub: true,
      baseOfSub: false,
      subOfBase: true,
      plainError: false,
      lookalike: false,
      primitives: false,
    });
  });
});

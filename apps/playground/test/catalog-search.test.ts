import { errorCodes, regions, type ErrorCodeInfo, type Region } from '@fc-atlas/catalog';
import codeData from '@fc-atlas/catalog/data/error-codes.json';
import regionData from '@fc-atlas/catalog/data/regions.json';
import { describe, expect, it } from 'vitest';
import { errorCodeFields, matchesWords, queryWords, regionFields, sourceLink } from '../src/catalog-search.js';

const codes = errorCodes as readonly ErrorCodeInfo[];
const search = (query: string) => codes.filter((info) => matchesWords(errorCodeFields(info), queryWords(query))).map((info) => info.code);

describe('catalog search', () => {
  it('matches every code for an empty query', () => expect(search('  ')).toHaveLength(codes.length));
  it('finds a code by any spelling of its name', () => expect(search('resourceexhausted')).toContain('ResourceExhausted'));
  it('needs every word to match', () => {
    const both = search('429 retryable:yes');
    expect(both.length).toBeGreaterThan(0);
    for (const code of both) expect(codes.find((c) => c.code === code)).toMatchObject({ httpStatus: 429, retryable: 'yes' });
  });
  it('searches the Chinese text', () => expect(search('参数无效')).toContain('InvalidArgument'));
  it('finds regions by Chinese name and by status', () => {
    const regionsFound = (query: string) =>
      (regions as readonly Region[]).filter((r) => matchesWords(regionFields(r), queryWords(query))).map((r) => r.id);
    expect(regionsFound('杭州')).toEqual(['cn-hangzhou']);
    expect(regionsFound('retired').length).toBeGreaterThan(0);
  });
});

describe('sourceLink', () => {
  it('links a URL, dropping the note after it', () => {
    expect(sourceLink('https://www.alibabacloud.com/help/en/x (official FAQ)')).toEqual({
      href: 'https://www.alibabacloud.com/help/en/x',
      label: 'alibabacloud.com',
    });
  });
  it('links a GitHub file at the pinned revision', () => {
    expect(sourceLink('github:devsapp/fc3 src/resources/fc/error-code.ts @4ca1c1b (enum)')).toEqual({
      href: 'https://github.com/devsapp/fc3/blob/4ca1c1b/src/resources/fc/error-code.ts',
      label: 'devsapp/fc3',
    });
    expect(sourceLink('github:aliyun/alibabacloud-typescript-sdk fc-20230330/src/client.ts (HEAD 06a71f9, @alicloud/fc20230330 4.8.2)')?.href).toBe(
      'https://github.com/aliyun/alibabacloud-typescript-sdk/blob/06a71f9/fc-20230330/src/client.ts',
    );
  });
  it('links a GitHub commit, a file without revision and a bare repository', () => {
    expect(sourceLink('github:devsapp/fc3 commit 37ce656 (2025-08-11: …)')?.href).toBe('https://github.com/devsapp/fc3/commit/37ce656');
    expect(sourceLink('github:aliyun/fc-nodejs-sdk test/client.test.js')?.href).toBe('https://github.com/aliyun/fc-nodejs-sdk/blob/HEAD/test/client.test.js');
    expect(sourceLink('github:aliyun/terraform-provider-alicloud (FC trigger delete: …)')?.href).toBe('https://github.com/aliyun/terraform-provider-alicloud');
  });
  it('gives no link for sources that are not on the web', () => expect(sourceLink('code-index id 31314947007')).toBeUndefined());
  it('links every source in the catalog that is a URL or on GitHub', () => {
    const all = [...codeData.flatMap((c) => c.sources), ...regionData.flatMap((r) => r.sources)];
    for (const source of all.filter((s) => /^(?:https?:|github:)/.test(s))) expect(sourceLink(source), source).toBeDefined();
  });
});

import { writeFileSync } from 'node:fs';
import fcAtlas from '@fc-atlas/eslint-plugin';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examples } from '../src/examples.js';
import { editorText, findingTexts, openPage, outputDir, startHarness, typeCode, type Harness } from './harness.js';

let harness: Harness;
const metrics: Record<string, unknown> = {};

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  writeFileSync(`${outputDir}metrics.json`, `${JSON.stringify(metrics, null, 2)}\n`);
  await harness?.close();
});

const clientCode = `import FC from '@alicloud/fc2';

const client = new FC('1234567890123456', {
  region: 'cn-beijing',
  endpoint: 'https://1234567890123456.cn-bejing.fc.aliyuncs.com',
});

export async function run() {
  try {
    return await client.invokeFunction('svc', 'fn', '{}');
  } catch (err) {
    if (err.code === 'FunctionNotFund') return null;
    throw err;
  }
}
`;

async function waitForFinding(page: Page, predicate: string) {
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('#findings li .finding-message')].some((item) => item.textContent?.includes(text)),
    predicate,
  );
}

describe('lint', () => {
  it('lints the example on load, without errors, CSP violations or remote requests', async () => {
    const { page, context, problems } = await openPage(harness);
    await page.waitForSelector('#findings li');
    const firstFindings = await page.evaluate(() => performance.getEntriesByName('fc-atlas:first-findings')[0]?.startTime);
    expect(firstFindings).toBeGreaterThan(0);
    metrics.timeToFirstFindingsMs = Math.round(firstFindings!);

    const findings = await findingTexts(page);
    expect(findings.map((f) => f.rule)).toEqual(['@fc-atlas/valid-endpoint', '@fc-atlas/valid-error-code']);
    // Underlines and gutter markers in the editor.
    expect(await page.locator('.cm-lintRange-error').count()).toBe(2);
    expect(await page.locator('.cm-gutter-lint .cm-lint-marker-error').count()).toBe(2);
    expect(await page.textContent('#lint-status')).toMatch(/^2 errors, 0 warnings · ESLint 10\.\d+\.\d+, espree, \d+ ms$/);
    // Every rule of configs.all, each with a toggle.
    expect(await page.$$eval('#rules input[type=checkbox]', (boxes) => boxes.map((b) => (b as HTMLInputElement).name))).toEqual(
      Object.keys(fcAtlas.configs.all.rules ?? {}).map((id) => id.replace('@fc-atlas/', '')),
    );
    await page.screenshot({ path: `${outputDir}lint.png` });
    // Let the background loads (the other tabs) finish before judging the network.
    const scripts: string[] = [];
    context.on('requestfinished', (request) => scripts.push(new URL(request.url()).pathname));
    await page.waitForTimeout(2500);
    expect(scripts.some((path) => /catalog-view-.*\.js$/.test(path))).toBe(true);
    // A JS visit never downloads the TypeScript parser (about 1 MB gzipped).
    expect(scripts.filter((path) => path.includes('ts-parser'))).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks the worker for the opening code’s findings once, before the editor exists, and again after an edit', async () => {
    const { page, context, problems } = await openPage(harness, null);
    // Records every lint request the page posts to the worker, and whether the editor existed at that moment.
    await page.addInitScript(() => {
      const requests: { code: string; fileType: string; editorExists: boolean }[] = [];
      Object.assign(globalThis, { lintRequests: requests });
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, ...args: Parameters<Worker['postMessage']>) {
        const message = args[0] as { code?: unknown; fileType?: string };
        if (typeof message.code === 'string') requests.push({ code: message.code, fileType: message.fileType ?? '', editorExists: document.querySelector('.cm-editor') !== null });
        post.apply(this, args);
      } as Worker['postMessage'];
    });
    const lintRequests = () => page.evaluate(() => (globalThis as unknown as { lintRequests: { code: string; fileType: string; editorExists: boolean }[] }).lintRequests);
    await page.goto(harness.baseUrl);
    await page.waitForSelector('#findings li');
    expect(await lintRequests()).toEqual([{ code: examples.js, fileType: 'js', editorExists: false }]);
    expect((await findingTexts(page)).map((f) => f.rule)).toEqual(['@fc-atlas/valid-endpoint', '@fc-atlas/valid-error-code']);

    await typeCode(page, clientCode);
    await waitForFinding(page, 'FunctionNotFund');
    expect((await lintRequests()).at(-1)).toEqual({ code: clientCode, fileType: 'js', editorExists: true });
    expect((await findingTexts(page)).map((f) => f.location)).toEqual(['5:22', '12:22']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('reports a misspelled region and a misspelled code with their corrected values', async () => {
    const { page, context, problems } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await typeCode(page, clientCode);
    await waitForFinding(page, 'cn-bejing');
    await waitForFinding(page, 'FunctionNotFund');
    const findings = await findingTexts(page);
    const endpoint = findings.find((f) => f.rule === '@fc-atlas/valid-endpoint')!;
    const code = findings.find((f) => f.rule === '@fc-atlas/valid-error-code')!;
    // The message names the bad value and the corrected one; the suggestion button applies the corrected one.
    expect(endpoint.location).toBe('5:22');
    expect(endpoint.message).toContain('"cn-bejing"');
    expect(endpoint.message).toContain('"cn-beijing"');
    expect(endpoint.message).toContain('"1234567890123456.cn-beijing.fc.aliyuncs.com"');
    expect(endpoint.suggestions).toHaveLength(1);
    expect(endpoint.suggestions[0]).toContain('"1234567890123456.cn-beijing.fc.aliyuncs.com"');
    expect(code.location).toBe('12:22');
    expect(code.message).toContain('"FunctionNotFund"');
    expect(code.message).toContain('"FunctionNotFound"');
    expect(code.suggestions).toHaveLength(1);
    expect(code.suggestions[0]).toContain('"FunctionNotFound"');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('applies a suggestion, and the finding goes away', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await typeCode(page, clientCode);
    await waitForFinding(page, 'FunctionNotFund');
    await page.click('#findings li[data-rule="@fc-atlas/valid-error-code"] .suggestion');
    await page.waitForFunction(() => !document.querySelector('#findings li[data-rule="@fc-atlas/valid-error-code"]'));
    expect(await editorText(page)).toContain("if (err.code === 'FunctionNotFound') return null;");
    // The other finding is still there, and its suggestion still applies at the right place after the edit.
    await page.click('#findings li[data-rule="@fc-atlas/valid-endpoint"] .suggestion');
    await page.waitForFunction(() => !document.querySelector('#findings li[data-rule="@fc-atlas/valid-endpoint"]'));
    expect(await editorText(page)).toContain("endpoint: 'https://1234567890123456.cn-beijing.fc.aliyuncs.com',");
    await context.close();
  });

  it('offers the suggestion in the editor tooltip too', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await page.hover('.cm-lintRange-error >> nth=1');
    await page.waitForSelector('.cm-tooltip-lint .cm-diagnosticAction');
    expect(await page.textContent('.cm-tooltip-lint')).toContain('ResourceExhausted');
    await page.click('.cm-tooltip-lint .cm-diagnosticAction');
    await page.waitForFunction(() => !document.querySelector('#findings li[data-rule="@fc-atlas/valid-error-code"]'));
    await context.close();
  });

  it('lints TypeScript and TSX with the TypeScript parser, and names a parse error', async () => {
    const { page, context, problems } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await page.selectOption('#file-type', 'tsx');
    // The untouched example follows the file type.
    await waitForFinding(page, 'cn-hangzou');
    expect(await editorText(page)).toContain('interface Props');
    expect((await findingTexts(page)).map((f) => f.rule)).toEqual(['@fc-atlas/valid-error-code', '@fc-atlas/valid-endpoint']);

    // A near miss counts only in FC code: the import gives the file FC context.
    await typeCode(
      page,
      "import FC from '@alicloud/fc2';\nconst code = (e as { code: string }).code;\nif (code === 'ResourceExhaused') retry();\n",
    );
    await waitForFinding(page, 'ResourceExhaused');
    await page.selectOption('#file-type', 'js');
    await page.waitForFunction(() => document.querySelector('#findings li')?.getAttribute('data-rule') === 'parser');
    expect((await findingTexts(page))[0]!.message).toMatch(/Parsing error/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('switches a rule off and on', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await page.click('label[for="rule-valid-error-code"]');
    await page.waitForFunction(() => document.querySelectorAll('#findings li').length === 1);
    expect(page.url()).toContain('off=valid-error-code');
    await page.keyboard.press('Space'); // the checkbox has focus after the click on its label
    await page.waitForFunction(() => document.querySelectorAll('#findings li').length === 2);
    expect(page.url()).not.toContain('off=');
    await context.close();
  });
});

describe('share', () => {
  it('restores code, file type and rule toggles from the URL', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await page.selectOption('#file-type', 'ts');
    await typeCode(page, clientCode.replace("'{}'", "'{}' as string"));
    await page.click('label[for="rule-valid-endpoint"]');
    await page.waitForFunction(() => document.querySelectorAll('#findings li').length === 1);
    await page.click('#copy-link');
    await page.waitForFunction(() => document.querySelector('.copy-status')?.textContent === 'Link copied.');
    const shared = await page.evaluate(() => navigator.clipboard.readText());
    expect(shared).toBe(page.url());
    expect(shared).toMatch(/#type=ts&off=valid-endpoint&z=[\w-]+$/);
    const code = await editorText(page);

    // Reload in the same page, then open the link in a fresh context, as someone it was sent to would.
    await page.reload();
    await page.waitForSelector('#findings li');
    expect(await editorText(page)).toBe(code);
    const fresh = await harness.browser.newContext();
    const other = await fresh.newPage();
    await other.goto(shared);
    await waitForFinding(other, 'FunctionNotFund');
    expect(await editorText(other)).toBe(code);
    expect(await other.inputValue('#file-type')).toBe('ts');
    expect(await other.isChecked('#rule-valid-endpoint')).toBe(false);
    expect((await findingTexts(other)).map((f) => f.rule)).toEqual(['@fc-atlas/valid-error-code']);
    await fresh.close();
    await context.close();
  });

  it('says so when a link is damaged, and shows the example', async () => {
    const { page, context } = await openPage(harness, '#type=ts&z=AAAA');
    await page.waitForSelector('#findings li');
    expect(await page.textContent('#notice')).toContain('cut off or damaged');
    expect(await editorText(page)).toContain('interface Order');
    await context.close();
  });
});

describe('endpoints', () => {
  it('builds a host and URL, and shows the catalog error for a misspelled region', async () => {
    const { page, context, problems } = await openPage(harness, '#tab=endpoints');
    await page.waitForSelector('#account-id');
    await page.fill('#account-id', '1234567890123456');
    await page.fill('#region', 'cn-shanghai');
    expect(await page.textContent('#endpoint-host')).toBe('1234567890123456.cn-shanghai.fc.aliyuncs.com');
    expect(await page.textContent('#endpoint-url')).toBe('https://1234567890123456.cn-shanghai.fc.aliyuncs.com');
    await page.check('#internal');
    expect(await page.textContent('#endpoint-host')).toBe('1234567890123456.cn-shanghai-internal.fc.aliyuncs.com');

    await page.fill('#region', 'cn-shangai');
    expect(await page.isVisible('#endpoint-result')).toBe(false);
    expect(await page.textContent('#endpoint-error')).toContain('unknown region "cn-shangai"; did you mean "cn-shanghai"?');
    expect(await page.getAttribute('#region', 'aria-invalid')).toBe('');
    await page.click('#use-suggestion');
    expect(await page.textContent('#endpoint-host')).toBe('1234567890123456.cn-shanghai-internal.fc.aliyuncs.com');
    await page.fill('#check-input', 'https://1234567890123456.cn-shangai.internal.fc.aliyuncs.com/2016-08-15/services');
    await page.screenshot({ path: `${outputDir}endpoints.png` });

    await page.fill('#account-id', 'alice');
    expect(await page.textContent('#endpoint-error')).toContain('accountId "alice" is not numeric');
    expect(await page.getAttribute('#account-id', 'aria-invalid')).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checks a pasted URL and gives the corrected host', async () => {
    const { page, context } = await openPage(harness, '#tab=endpoints');
    await page.fill('#check-input', 'https://1234567890123456.cn-hangzhou.internal.fc.aliyuncs.com/2016-08-15/services');
    expect(await page.textContent('#check-problems')).toContain('internal');
    expect(await page.textContent('#check-corrected')).toBe('1234567890123456.cn-hangzhou-internal.fc.aliyuncs.com');
    await page.fill('#check-input', '1234567890123456.cn-hangzhou.fc.aliyuncs.com');
    expect(await page.textContent('#check-verdict')).toContain('No problems');
    await page.fill('#check-input', 'example.com');
    expect(await page.textContent('#check-verdict')).toContain('No Function Compute host');
    await context.close();
  });
});

describe('catalog', () => {
  it('searches error codes and regions', async () => {
    const { page, context, problems } = await openPage(harness, '#tab=catalog');
    await page.waitForSelector('#error-codes tbody tr');
    const total = await page.locator('#error-codes tbody tr').count();
    expect(total).toBeGreaterThan(40);
    await page.fill('#catalog-search', 'ResourceExhausted');
    const visible = await page.$$eval('#error-codes tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-code')));
    expect(visible).toEqual(['ResourceExhausted']);
    const row = page.locator('#error-codes tr[data-code="ResourceExhausted"]');
    expect(await row.locator('td').nth(0).textContent()).toBe('429');
    expect(await row.locator('a').first().getAttribute('href')).toMatch(/^https:\/\//);
    expect(await page.textContent('#code-count')).toBe(`1 of ${total}`);

    await page.fill('#catalog-search', '悉尼');
    expect(await page.$$eval('#regions tbody tr:not([hidden])', (rows) => rows.map((r) => r.getAttribute('data-region')))).toEqual(['ap-southeast-2']);
    expect(await page.textContent('#regions tr[data-region="ap-southeast-2"]')).toContain('2024-09-30');
    await page.fill('#catalog-search', 'hangzhou');
    expect(await page.textContent('#regions tr[data-region="cn-hangzhou"]')).toContain('{accountId}'.replace('{accountId}', '<account-id>') + '.cn-hangzhou-internal.fc.aliyuncs.com');
    await page.fill('#catalog-search', '');
    await page.screenshot({ path: `${outputDir}catalog.png` });
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('metrics', () => {
  // Recorded in test-output/metrics.json for README/BENCHMARKS.md; never asserted (timings vary by machine).
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  async function timeToFirstFindings(path: string): Promise<number> {
    const { page, context } = await openPage(harness, path);
    await page.waitForSelector('#findings li');
    const ms = await page.evaluate(() => performance.getEntriesByName('fc-atlas:first-findings')[0]!.startTime);
    await context.close();
    return ms;
  }

  it('records the time from navigation to first findings, cold cache', async () => {
    const js: number[] = [];
    for (let run = 0; run < 5; run++) js.push(await timeToFirstFindings(''));
    const ts: number[] = [];
    for (let run = 0; run < 3; run++) ts.push(await timeToFirstFindings('#type=ts'));
    metrics.firstFindingsJsMs = { median: Math.round(median(js)), runs: js.map(Math.round) };
    metrics.firstFindingsTsMs = { median: Math.round(median(ts)), runs: ts.map(Math.round) };
    expect(js.every((ms) => ms > 0)).toBe(true);
  });
});

describe('robustness', () => {
  it('keeps working offline once loaded', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await page.selectOption('#file-type', 'ts');
    await page.waitForFunction(() => document.querySelector('#lint-status')?.textContent?.includes('typescript-eslint parser'));
    await page.waitForTimeout(2000); // the other tabs load in the background
    await context.setOffline(true);
    await page.selectOption('#file-type', 'jsx');
    await waitForFinding(page, 'cn-hangzou');
    await page.selectOption('#file-type', 'tsx');
    await page.waitForFunction(() => document.querySelector('#lint-status')?.textContent?.includes('typescript-eslint parser'));
    expect(await findingTexts(page)).toHaveLength(2);
    await page.click('#tab-catalog');
    await page.waitForSelector('#error-codes tbody tr');
    await page.click('#tab-endpoints');
    await page.fill('#account-id', '1');
    await page.fill('#region', 'cn-hangzhou');
    expect(await page.textContent('#endpoint-host')).toBe('1.cn-hangzhou.fc.aliyuncs.com');
    await context.close();
  });

  it('says so when the TypeScript parser cannot be downloaded, and JS keeps working', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await context.setOffline(true);
    await page.selectOption('#file-type', 'ts');
    await page.waitForFunction(() => document.querySelector('#lint-status')?.textContent?.startsWith('Linting failed'));
    expect(await page.textContent('#lint-status')).toContain('the TypeScript parser could not be downloaded');
    await page.selectOption('#file-type', 'js');
    await page.waitForFunction(() => document.querySelector('#lint-status')?.textContent?.startsWith('2 errors'));
    // Back online, TS works without a reload.
    await context.setOffline(false);
    await page.selectOption('#file-type', 'ts');
    await page.waitForFunction(() => document.querySelector('#lint-status')?.textContent?.includes('typescript-eslint parser'));
    await context.close();
  });

  it('says clearly when the lint worker cannot start', async () => {
    const { page, context } = await openPage(harness, null as unknown as string);
    await page.route(/lint-worker-[\w-]+\.js$/, (route) => route.abort());
    await page.goto(harness.baseUrl);
    await page.waitForSelector('#lint-alert:not([hidden])');
    expect(await page.textContent('#lint-alert')).toMatch(/The linter could not start: .+ Reload the page to try again/);
    // The rest of the page still works.
    await page.click('#tab-endpoints');
    await page.fill('#account-id', '1');
    expect(await page.textContent('#endpoint-host')).toBe('1.cn-hangzhou.fc.aliyuncs.com');
    await context.close();
  });

  it('can be used with the keyboard alone', async () => {
    const { page, context } = await openPage(harness);
    await page.waitForSelector('#findings li');
    await page.focus('#tab-lint');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-catalog');
    expect(await page.isVisible('#panel-catalog')).toBe(true);
    await page.keyboard.press('End');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-endpoints');
    await page.keyboard.press('Home');
    // Tab moves from the tab list into the panel's controls, and out of the editor again.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('file-type');
    await page.focus('.cm-content');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor'))).toBeNull();
    // Every form control has a label.
    const unlabelled = await page.$$eval('input, select', (elements) =>
      elements.filter((e) => !(e as HTMLInputElement).labels?.length && !e.getAttribute('aria-label')).map((e) => e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    await context.close();
  });
});

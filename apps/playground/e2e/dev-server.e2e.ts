import { createServer, type ViteDevServer } from 'vite';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { appDir, freePort, launchBrowser } from './harness.js';

// `pnpm dev` serves unbundled modules and pre-bundled deps, where the Vite + ESLint traps differ from the build
// (TOOLCHAIN F20): this checks JS and TS linting and a lazy tab there too.
let server: ViteDevServer;
let browser: Browser;
let baseUrl: string;

beforeAll(async () => {
  const port = await freePort();
  server = await createServer({ root: appDir, logLevel: 'warn', server: { host: '127.0.0.1', port, strictPort: true, hmr: false } });
  await server.listen();
  baseUrl = `http://127.0.0.1:${port}/`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('lints JS and TS and opens the catalog under the dev server', async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(baseUrl);
  await page.waitForSelector('#findings li', { timeout: 45_000 });
  expect(await page.textContent('#lint-status')).toMatch(/^2 errors, 0 warnings · .*espree/);
  await page.selectOption('#file-type', 'ts');
  await page.waitForFunction(() => /^2 errors.*typescript-eslint parser/.test(document.querySelector('#lint-status')?.textContent ?? ''), null, {
    timeout: 45_000,
  });
  expect(await page.$$eval('#findings li', (items) => items.map((item) => item.getAttribute('data-rule')))).toEqual([
    '@fc-atlas/valid-endpoint',
    '@fc-atlas/valid-error-code',
  ]);
  await page.click('#tab-catalog');
  await page.waitForSelector('#error-codes tbody tr');
  expect(errors).toEqual([]);
}, 120_000);

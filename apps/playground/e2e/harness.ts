import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';

export const appDir = fileURLToPath(new URL('..', import.meta.url));
export const outputDir = fileURLToPath(new URL('../test-output/', import.meta.url));

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Debian's chromium (or CHROMIUM_PATH), headless; playwright-core downloads no browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export interface Harness {
  readonly baseUrl: string;
  readonly browser: Browser;
  close(): Promise<void>;
}

/** `vite preview` of dist/ on 127.0.0.1 and a headless Debian chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync(`${appDir}dist/index.html`)) {
    throw new Error('apps/playground/dist is missing: run `pnpm --filter @fc-atlas/playground build` (or `pnpm turbo run e2e`) first');
  }
  mkdirSync(outputDir, { recursive: true });
  const port = await freePort();
  const server: PreviewServer = await preview({
    root: appDir,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const browser = await launchBrowser();
  return {
    baseUrl: `http://127.0.0.1:${port}/`,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface PageWatch {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors, page errors, CSP violations and requests that left the preview server. */
  readonly problems: string[];
}

/** A fresh context and page that records everything that should never happen; `path: null` leaves it blank. */
export async function openPage(harness: Harness, path: string | null = ''): Promise<PageWatch> {
  const context = await harness.browser.newContext({ viewport: { width: 1440, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const problems: string[] = [];
  const origin = new URL(harness.baseUrl).origin;
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.push(`remote request: ${url}`);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  if (path !== null) await page.goto(harness.baseUrl + path);
  return { page, context, problems };
}

/** Waits until the findings list shows the result of a lint of the editor's current text. */
export async function waitForFindings(page: Page): Promise<void> {
  await page.waitForFunction(() => document.querySelector('#findings-panel')?.getAttribute('data-state') === 'done');
}

export async function findingTexts(page: Page): Promise<{ rule: string; location: string; message: string; suggestions: string[] }[]> {
  return page.$$eval('#findings li', (items) =>
    items.map((item) => ({
      rule: item.getAttribute('data-rule') ?? '',
      location: item.querySelector('.location')?.textContent ?? '',
      message: item.querySelector('.finding-message')?.textContent ?? '',
      suggestions: [...item.querySelectorAll('.suggestion')].map((button) => button.textContent ?? ''),
    })),
  );
}

/** Replaces the editor's text the way a user would: select all, then type. */
export async function typeCode(page: Page, code: string): Promise<void> {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  // insertText avoids CodeMirror's auto-indent and bracket closing changing what was "typed".
  await page.keyboard.insertText(code);
}

export async function editorText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll('.cm-content .cm-line')].map((line) => line.textContent ?? '');
    return lines.join('\n');
  });
}

// Section "playground": JS the page ships (gzip) and the time from navigation to first findings, in headless Chromium
// against `vite preview` of apps/playground/dist on 127.0.0.1 (the playground's own e2e set-up: its vite and
// playwright-core, Debian's /usr/bin/chromium or CHROMIUM_PATH). Each run is a fresh browser context (empty cache).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { gzipSync } from 'node:zlib';
import { fmt, importFrom, median, PLAYGROUND_DIR, progress } from './lib.mjs';

const RUNS = Number(process.env.BENCH_PLAYGROUND_RUNS ?? 7);
const JS_BUDGET = 450 * 1024;
const TIME_BUDGET = 1000;
const DIST = `${PLAYGROUND_DIR}dist/`;

const gzipSize = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export async function run() {
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  const missing = !existsSync(`${DIST}index.html`) ? 'apps/playground/dist is missing (build it)' : !existsSync(executablePath) ? `no Chromium at ${executablePath}` : undefined;
  if (missing) return { title: 'Playground', rows: [{ metric: 'not yet measured', value: '—', note: missing }] };

  const distJs = readdirSync(`${DIST}assets`).filter((f) => f.endsWith('.js'));
  const gzipByFile = new Map(distJs.map((f) => [f, gzipSize(`${DIST}assets/${f}`)]));

  const { preview } = await importFrom(PLAYGROUND_DIR, 'vite');
  const { chromium } = await importFrom(PLAYGROUND_DIR, 'playwright-core');
  const port = await freePort();
  const server = await preview({ root: PLAYGROUND_DIR, logLevel: 'warn', preview: { host: '127.0.0.1', port, strictPort: true, open: false } });
  const browser = await chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const base = `http://127.0.0.1:${port}/`;
  const firstFindings = [];
  let critical = new Set();
  let session = new Set();
  try {
    for (let i = -1; i < RUNS; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const loaded = [];
      let findingsSeen = false;
      // Dedicated workers' requests (the lint worker and its chunks) are reported on the page too.
      page.on('requestfinished', (request) => {
        const name = new URL(request.url()).pathname.split('/').pop();
        if (name.endsWith('.js')) loaded.push({ name, beforeFindings: !findingsSeen });
      });
      await page.goto(base);
      await page.waitForFunction(() => globalThis.performance.getEntriesByName('fc-atlas:first-findings').length > 0, undefined, { timeout: 60_000, polling: 10 });
      findingsSeen = true;
      const ms = await page.evaluate(() => globalThis.performance.getEntriesByName('fc-atlas:first-findings')[0].startTime);
      // The worker preloads the TypeScript parser 1 s after first findings: wait for it, to count what a visit downloads.
      await page.waitForTimeout(3000);
      await page.waitForLoadState('networkidle');
      if (i >= 0) firstFindings.push(ms);
      critical = new Set(loaded.filter((l) => l.beforeFindings).map((l) => l.name));
      session = new Set(loaded.map((l) => l.name));
      progress(`playground: run ${i + 1}/${RUNS}${i < 0 ? ' (warm-up, not counted)' : ''}: first findings at ${Math.round(ms)} ms; ${critical.size} JS files before, ${session.size} in all`);
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const gz = (names) => [...names].reduce((a, n) => a + (gzipByFile.get(n) ?? 0), 0);
  const list = (names) => [...names].map((n) => `${n} ${fmt.kb(gzipByFile.get(n) ?? 0)}`).join(', ');
  const criticalGz = gz(critical);
  const sessionGz = gz(session);
  const distGz = gz(distJs);
  const t = median(firstFindings);
  const rows = [
    { metric: 'JS before first findings (gzip)', value: fmt.kb(criticalGz), budget: '≤ 450 KB', pass: criticalGz <= JS_BUDGET, note: list(critical) },
    { metric: 'JS one visit downloads (gzip)', value: fmt.kb(sessionGz), budget: '≤ 450 KB', pass: sessionGz <= JS_BUDGET, note: `adds, after first findings: ${list([...session].filter((n) => !critical.has(n))) || 'nothing'}` },
    { metric: 'JS in dist/assets (gzip)', value: fmt.kb(distGz), note: `${distJs.length} files` },
    { metric: 'navigation → first findings (median)', value: fmt.ms(t), budget: '≤ 1 s', pass: t <= TIME_BUDGET, note: `${RUNS} cold runs (ms): ${firstFindings.map(Math.round).join(', ')}` },
  ];
  return { title: 'Playground', rows, data: { firstFindings, critical: [...critical], session: [...session], gzipByFile: Object.fromEntries(gzipByFile) } };
}

/**
 * Browser tests: the real server (built UI, demo county on a fresh embedded database) and Debian's
 * Chromium driven by playwright-core. Without Chromium the tests are skipped with a printed reason,
 * except under CI=true, where that is a failure.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/db/seed/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const chromiumMissing = !existsSync(CHROMIUM);

if (chromiumMissing) {
  if (process.env.CI === 'true') throw new Error(`Chromium not found at ${CHROMIUM}: browser tests are required under CI=true`);
  process.stderr.write(`\n[browser tests skipped] Chromium not found at ${CHROMIUM}; install it with: apt-get install chromium fonts-noto-cjk\n`);
}

export interface BrowserEnv {
  baseUrl: string;
  browser: Browser;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

export async function startBrowserEnv(): Promise<BrowserEnv> {
  if (!existsSync('dist/web/index.html')) throw new Error('The web UI is not built: run `npm run build` first (npm test does).');
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.db);
  await seedDemo(handle.db, { enterprises: 80 });
  const config = loadConfig({ DEMO: 'true', LOG_LEVEL: 'silent' });
  const app = await buildApp({ db: handle.db, config, now: () => new Date() }, { serveUi: true });
  const address = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    baseUrl: address,
    browser,
    async newPage(viewport = { width: 1366, height: 900 }) {
      const context = await browser.newContext({ viewport, locale: 'zh-CN' });
      return context.newPage();
    },
    async close() {
      await browser.close();
      await app.close();
      await handle.close();
    },
  };
}

export async function signIn(page: Page, baseUrl: string, username: string, password = 'demo1234') {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-username').fill(username);
  await page.getByTestId('login-password').fill(password);
  await page.getByTestId('login-submit').click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

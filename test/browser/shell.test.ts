/** The web shell in a real browser: sign-in by role, navigation by role, the public area, refusals. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumMissing, signIn, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

describe.skipIf(chromiumMissing)('web shell in Chromium', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(() => env?.close());

  it('shows the demo accounts on the login page, and signs the coordinator in to the home page', async () => {
    const page = await env.newPage();
    await page.goto(`${env.baseUrl}/login`);
    await expect(page.getByTestId('demo-password').textContent()).resolves.toContain('demo1234');
    await expect(page.getByTestId('demo-account-coordinator').isVisible()).resolves.toBe(true);
    await signIn(page, env.baseUrl, 'coordinator');
    await page.getByTestId('welcome').waitFor();
    await expect(page.getByTestId('user-role').textContent()).resolves.toContain('县综合执法办');
    const nav = await page.getByTestId('nav-menu').textContent();
    expect(nav).toContain('审计日志');
    expect(nav).toContain('企业库');
    await page.context().close();
  });

  it('keeps an enterprise user out of a department’s pages', async () => {
    const page = await env.newPage();
    await page.goto(`${env.baseUrl}/login`);
    const enterpriseAccount = page.locator('[data-testid^="demo-account-"]').filter({ hasText: /有限公司|合作社|经营部|店|厂/ }).first();
    const username = (await enterpriseAccount.getAttribute('data-testid'))!.replace('demo-account-', '');
    expect(username).toMatch(/^[0-9A-Z]{18}$/);
    await signIn(page, env.baseUrl, username);
    await page.getByTestId('welcome').waitFor();
    const nav = await page.getByTestId('nav-menu').textContent();
    expect(nav).not.toContain('审计日志');
    expect(nav).not.toContain('部门与检查事项');
    await page.goto(`${env.baseUrl}/departments/scjg`);
    await page.getByTestId('error-403').waitFor();
    await expect(page.getByTestId('error-403').textContent()).resolves.toContain('无权');
    await page.context().close();
  });

  it('lets a department admin search its catalog, and pages the enterprise register', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'dept-scjg');
    await page.goto(`${env.baseUrl}/enterprises`);
    // The demo county has 80 enterprises here: wait for a full first page of rows, not the loading row.
    const rows = page.getByTestId('enterprises-table').locator('tbody tr.ant-table-row');
    await rows.nth(9).waitFor();
    await expect(rows.first().textContent()).resolves.toMatch(/[0-9A-Z]{18}/);
    await page.context().close();
  });

  it('serves the public area without signing in', async () => {
    const page = await env.newPage();
    await page.goto(`${env.baseUrl}/public`);
    await page.getByTestId('public-departments').waitFor();
    await expect(page.getByTestId('public-departments').textContent()).resolves.toContain('市场监督管理局');
    await page.context().close();
  });
});

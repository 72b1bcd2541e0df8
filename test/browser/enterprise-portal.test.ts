/**
 * Issue 6, the enterprise's side on a phone, on the demo county's seeded history: the demo
 * enterprise account reads its coming notice (items, date, inspectors, its on-site count this year,
 * its rights) and acknowledges it, reads its history of visits by several departments, and rates a
 * completed visit; the department rated then sees no trace of who rated or what was written — only
 * an aggregate or "not enough ratings yet" — while the coordinator sees the rating itself.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoAccounts, generateEnterprises } from '../../src/db/seed/demo/index.ts';
import { chromiumMissing, signIn, startBrowserEnv, type BrowserEnv } from '../helpers/browser.ts';

const PHONE = { width: 390, height: 844 };
const STEP = 90_000;
const COMMENT = `检查人员态度很好，提前预告，用时不长（浏览器测试 ${Date.now()}）`;

// The demo accounts the login page lists; the second one has the richest history (grade C).
const account = demoAccounts(generateEnterprises({ count: 80 })).filter((a) => a.role === 'enterprise')[1];

interface NoticeView {
  id: number;
  filingId: number;
  acknowledgedAt: string | null;
  content: { date: string; items: { name: string }[]; inspectors: { name: string; certificateNumber: string }[]; onsiteCountThisYear: { count: number; cap: number | null } };
}
interface HistoryView {
  enterprise: { uscc: string; name: string };
  inspections: { id: number; department: { code: string; name: string }; state: string; jointVisitId: number | null; canRate: boolean }[];
}

/** No page wider than the phone: everything wraps or scrolls inside its own box. */
const fitsPhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1);

describe.skipIf(chromiumMissing)('the enterprise portal on a phone', () => {
  let env: BrowserEnv;
  let ratedId = 0;
  let rated = { code: '', name: '' };

  beforeAll(async () => {
    env = await startBrowserEnv();
  }, 4 * STEP);
  afterAll(() => env?.close());

  it('shows the coming notice with items, date, inspectors, the on-site count and the rights, and acknowledges it', async () => {
    const page = await env.newPage(PHONE);
    await signIn(page, env.baseUrl, account.username);
    const notices = (await (await page.request.get(`${env.baseUrl}/api/v1/enterprise/notices`)).json()) as { items: NoticeView[] };
    const coming = notices.items.filter((n) => !n.acknowledgedAt);
    expect(coming.length).toBe(1);
    const notice = coming[0];

    await page.goto(`${env.baseUrl}/notices`);
    const card = page.locator(`[data-filing="${notice.filingId}"]`);
    await card.waitFor();
    await expect(card.getByTestId('notice-date').textContent()).resolves.toContain(notice.content.date);
    const text = (await card.textContent()) ?? '';
    for (const item of notice.content.items) expect(text).toContain(item.name);
    for (const p of notice.content.inspectors) expect(text).toContain(p.certificateNumber);
    const { count, cap } = notice.content.onsiteCountThisYear;
    expect(cap).toBe(2); // grade C
    expect(count).toBeGreaterThanOrEqual(1);
    await expect(card.getByTestId('notice-count').textContent()).resolves.toMatch(new RegExp(`第 ${count} 次现场检查.*不超过 2 次`));
    await expect(card.getByTestId('notice-rights').textContent()).resolves.toContain('回避');
    expect(await fitsPhone(page)).toBe(true);

    await card.getByTestId('notice-acknowledge').click();
    await page.getByTestId('notice-ack-confirm').click();
    await card.getByTestId('notice-acknowledged').waitFor();
    await page.context().close();
  }, STEP);

  it('shows its history by several departments, with a joint visit, and rates a completed visit', async () => {
    const page = await env.newPage(PHONE);
    await signIn(page, env.baseUrl, account.username);
    const history = (await (await page.request.get(`${env.baseUrl}/api/v1/enterprise/history`)).json()) as HistoryView;
    expect(history.enterprise.uscc).toBe(account.enterpriseUscc);
    const completed = history.inspections.filter((i) => i.state === 'completed');
    expect(new Set(completed.map((i) => i.department.code)).size).toBeGreaterThanOrEqual(3);
    expect(completed.some((i) => i.jointVisitId !== null)).toBe(true);
    const toRate = completed.find((i) => i.canRate)!;
    expect(toRate).toBeDefined();
    ratedId = toRate.id;
    rated = toRate.department;

    await page.goto(`${env.baseUrl}/my-visits`);
    await page.getByTestId('my-visits').waitFor();
    for (const i of history.inspections.slice(0, 10)) await page.getByTestId(`mv-inspection-${i.id}`).waitFor();
    expect(await page.getByTestId('mv-inspections').textContent()).toContain('联合检查');
    expect(await fitsPhone(page)).toBe(true);

    await page.getByTestId(`mv-rate-${ratedId}`).click();
    await page.locator('[data-testid="mv-rate-score"] li').nth(3).click(); // four stars
    await page.getByTestId('mv-rate-comment').fill(COMMENT);
    await page.locator('#mv-modal-ok').click();
    await page.locator('#mv-rate-confirm').click();
    const done = page.getByTestId(`mv-rated-${ratedId}`);
    await done.waitFor();
    expect(await done.textContent()).toContain(COMMENT);
    await page.reload();
    await expect(page.getByTestId(`mv-rated-${ratedId}`).textContent()).resolves.toContain(COMMENT);
    await expect(page.getByTestId(`mv-rate-${ratedId}`).count()).resolves.toBe(0);
    await page.context().close();
  }, STEP);

  it('does not tell the rated department who rated or what was written', async () => {
    const page = await env.newPage(PHONE);
    await signIn(page, env.baseUrl, `dept-${rated.code}`);
    await page.goto(`${env.baseUrl}/ratings`);
    await page.locator('[data-testid="ratings-page"][data-oversight="false"]').waitFor();
    const box = page.getByTestId('rating-department');
    await box.waitFor();
    await expect(box.textContent()).resolves.toContain(rated.name);
    expect((await page.getByTestId('rating-aggregate').count()) + (await page.getByTestId('rating-not-enough').count())).toBe(1);
    const body = (await page.locator('body').textContent()) ?? '';
    expect(body).not.toContain(account.displayName);
    expect(body).not.toContain(account.enterpriseUscc!);
    expect(body).not.toContain(COMMENT);
    // nor through the API: the list of ratings is the coordinator's and the supervisors'
    expect((await page.request.get(`${env.baseUrl}/api/v1/ratings`)).status()).toBe(403);
    const summary = await (await page.request.get(`${env.baseUrl}/api/v1/ratings/summary`)).text();
    expect(summary).not.toContain(account.enterpriseUscc!);
    expect(summary).not.toContain(COMMENT);
    await page.context().close();
  }, STEP);

  it('shows the coordinator the rating, with the enterprise and the comment', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'coordinator');
    await page.goto(`${env.baseUrl}/ratings`);
    await page.locator('[data-testid="ratings-page"][data-oversight="true"]').waitFor();
    await page.getByTestId('ratings-enterprise').locator('input').fill(account.enterpriseUscc!);
    await page.getByTestId('ratings-enterprise').locator('input').press('Enter');
    const row = page.getByTestId(`rating-row-${ratedId}`);
    await row.waitFor();
    const text = (await row.textContent()) ?? '';
    expect(text).toContain(COMMENT);
    expect(text).toContain(account.enterpriseUscc!);
    expect(text).toContain(rated.name);
    await page.context().close();
  }, STEP);
});

/**
 * Issue 4, "Done when": one inspection walked from filing to completed record through the UI, by the
 * department user, the head, the coordinator, the enterprise and the inspector (on a phone).
 * The server's clock is moved to the inspection day before the inspector arrives; every date is
 * computed from today, so the walk works whenever it runs. Last, an annual plan goes through review
 * to publication, and the public pages show it, the off-site items and the delegable items, unsigned.
 */
import { sql } from 'kysely';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { existsSync } from 'node:fs';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/db/seed/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { CHROMIUM, chromiumMissing, signIn } from '../helpers/browser.ts';

const PHONE = { width: 390, height: 844 };
const STEP = 60_000;
const chinaDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);

interface FlowEnv {
  baseUrl: string;
  handle: DatabaseHandle;
  /** The server's clock, and a way to move it (the browser's stays). */
  now(): Date;
  travelTo(instant: Date): void;
  newPage(viewport?: { width: number; height: number }): Promise<Page>;
  close(): Promise<void>;
}

/** Like startBrowserEnv, with a server clock the test can move forward. */
async function startFlowEnv(): Promise<FlowEnv> {
  if (!existsSync('dist/web/index.html')) throw new Error('The web UI is not built: run `npm run build` first (npm test does).');
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.db);
  await seedDemo(handle.db, { enterprises: 80 });
  let offset = 0;
  const config = loadConfig({ DEMO: 'true', LOG_LEVEL: 'silent' });
  const app = await buildApp({ db: handle.db, config, now: () => new Date(Date.now() + offset) }, { serveUi: true });
  const baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  return {
    baseUrl,
    handle,
    now: () => new Date(Date.now() + offset),
    travelTo: (instant) => {
      offset = instant.getTime() - Date.now();
    },
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

/** Types a date into an antd DatePicker. */
async function typeDate(page: Page, testId: string, date: string) {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Types a planned date and waits for the rules' answer about that date. */
async function checkDate(page: Page, date: string) {
  await typeDate(page, 'filing-date', date);
  await page.locator(`[data-testid="filing-check"][data-checked-date="${date}"]`).waitFor();
}

/** Fills every justification field the page shows (warnings that need one). */
async function justifyAll(page: Page, prefix: string) {
  for (const field of await page.locator(`[data-testid^="${prefix}"]`).all()) {
    if (!(await field.inputValue())) await field.fill('经核实确需按此安排检查，已报请负责人同意。');
  }
}

describe.skipIf(chromiumMissing)('one inspection from filing to completed record, through the UI', () => {
  let env: FlowEnv;
  let uscc = '';
  let filingId = 0;
  let plannedDate = '';
  const inspectors: string[] = [];

  beforeAll(async () => {
    env = await startFlowEnv();
    // an enterprise with a demo account whose grade leaves room for an on-site visit (D: no cap, C: two)
    const rows = await sql<{ uscc: string; grade: string }>`
      select e.uscc, e.grade from enterprises e join users u on u.enterprise_id = e.id
      where u.role = 'enterprise' and e.grade in ('C', 'D') order by e.grade desc, e.uscc limit 1`.execute(env.handle.db);
    expect(rows.rows.length).toBe(1);
    uscc = rows.rows[0].uscc;
  });
  afterAll(() => env?.close());

  it('the department user files it, seeing the rules as the form is filled', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'dept-scjg');
    await page.getByTestId('nav-filings').click();
    await page.getByTestId('filings-table').waitFor();
    await page.getByTestId('filing-new').click();
    await page.getByTestId('filing-form').waitFor();

    await page.locator('[data-testid="filing-form"] .ant-select').first().click();
    await page.keyboard.type(uscc);
    await page.getByTestId(`enterprise-option-${uscc}`).click();
    await page.getByTestId('filing-kind-campaign').click();
    await page.getByTestId('filing-campaign-basis').fill('丽水市市场监管局 2026 年产品质量安全专项整治工作方案');
    await page.getByTestId('filing-items').click();
    await page.keyboard.type('scjg-007');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    const qualified = page.locator('[data-testid^="inspector-"][data-qualified="yes"]');
    expect(await qualified.count()).toBeGreaterThanOrEqual(2);
    for (const box of (await qualified.all()).slice(0, 2)) {
      await box.check();
      inspectors.push(((await box.getAttribute('data-testid')) ?? '').replace('inspector-', ''));
    }
    expect(await page.locator('[data-testid^="inspector-"][data-qualified="no"]').count()).toBeGreaterThan(0);
    await expect(page.locator('[data-testid^="inspector-reason-"]').first().textContent()).resolves.toMatch(/培训|执法证/);

    // today is too close for the advance notice: the rules say so at once, and name the earliest lawful day
    const today = chinaDate(env.now());
    await checkDate(page, today);
    await page.locator('[data-testid="finding-R9"][data-verdict="block"]').waitFor();
    await expect(page.getByTestId('filing-submit').isDisabled()).resolves.toBe(true);
    let asked = today;
    if ((await page.getByTestId('filing-apply-earliest').count()) === 0) {
      // late December: no lawful day is left this year, so start from the next one
      asked = `${Number(today.slice(0, 4)) + 1}-01-01`;
      await checkDate(page, asked);
    }
    plannedDate = (await page.getByTestId('filing-earliest').count()) > 0 ? ((await page.getByTestId('filing-earliest').getAttribute('data-date')) ?? '') : asked;
    expect(plannedDate > today).toBe(true);
    if (plannedDate !== asked) await page.getByTestId('filing-apply-earliest').click();
    await page.locator(`[data-testid="filing-check"][data-checked-date="${plannedDate}"]:not([data-verdict="block"])`).waitFor();
    await expect(page.getByTestId('filing-date').inputValue()).resolves.toBe(plannedDate);
    await justifyAll(page, 'justify-');
    await page.getByTestId('filing-submit').click();

    await page.waitForURL(/\/filings\/\d+$/);
    filingId = Number(new URL(page.url()).pathname.split('/').pop());
    await page.locator('[data-testid="filing-detail"][data-state="submitted"]').waitFor();
    await expect(page.getByTestId('filing-date-text').textContent()).resolves.toBe(plannedDate);
    await page.context().close();
  }, STEP);

  it('the department head approves it from the approval queue, after confirming', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'head-scjg');
    await page.getByTestId('nav-approvals').click();
    await page.getByTestId(`queue-approve-${filingId}`).click();
    await page.getByTestId('action-modal-approve').waitFor();
    await justifyAll(page, 'action-justify-');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId(`queue-approve-${filingId}`).waitFor({ state: 'detached' });
    await page.context().close();
  }, STEP);

  it('the coordinator accepts it from the review queue, and the notice goes out', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'coordinator');
    await page.getByTestId('nav-review').click();
    await page.getByTestId(`queue-accept-${filingId}`).click();
    await page.getByTestId('action-modal-accept').waitFor();
    await justifyAll(page, 'action-justify-');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId(`queue-accept-${filingId}`).waitFor({ state: 'detached' });

    await page.goto(`${env.baseUrl}/filings/${filingId}`);
    await page.locator('[data-testid="filing-detail"][data-state="notified"]').waitFor();
    await page.getByTestId('notice-unacknowledged').waitFor();
    await page.context().close();
  }, STEP);

  it('the enterprise reads the notice, with its count and rights, and acknowledges it', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, uscc);
    await page.getByTestId('nav-notices').click();
    const notice = page.locator(`[data-filing="${filingId}"]`);
    await notice.waitFor();
    await expect(notice.getByTestId('notice-date').textContent()).resolves.toContain(plannedDate);
    await expect(notice.getByTestId('notice-count').textContent()).resolves.toMatch(/第 1 次现场检查/);
    await expect(notice.getByTestId('notice-rights').textContent()).resolves.toContain('回避');
    await expect(notice.getByTestId('notice-print').getAttribute('href')).resolves.toBe(`/api/v1/filings/${filingId}/notice.html`);
    await notice.getByTestId('notice-acknowledge').click();
    await page.getByTestId('notice-ack-confirm').click();
    await notice.getByTestId('notice-acknowledged').waitFor();
    await page.context().close();
  }, STEP);

  it('on the day, the inspector records arrival, the checklist and the findings on a phone, and completes', async () => {
    env.travelTo(new Date(`${plannedDate}T09:30:00+08:00`));
    const page = await env.newPage(PHONE);
    await signIn(page, env.baseUrl, inspectors[0]);
    await page.goto(`${env.baseUrl}/inspections`);
    await page.getByTestId(`inspection-open-${filingId}`).click();
    await page.getByTestId('record-page').waitFor();
    await page.getByTestId('enterprise-history').waitFor();

    await page.getByTestId('record-code-shown').check();
    await page.getByTestId('record-arrive').click();
    await page.getByTestId('action-modal-arrive').waitFor();
    await justifyAll(page, 'action-justify-');
    await page.getByTestId('action-confirm').click();
    await page.getByTestId('record-arrived').waitFor();

    const keys = await page.locator('[data-testid^="question-"]').evaluateAll((els) => els.map((e) => (e.getAttribute('data-testid') ?? '').slice('question-'.length)));
    expect(keys.length).toBeGreaterThan(0);
    for (const [i, key] of keys.entries()) await page.getByTestId(`answer-${key}-${i === 0 ? 'no' : 'yes'}`).click();
    await page.getByTestId(`note-${keys[0]}`).fill('产品合格证明缺失 2 批次');
    await page.getByTestId('outcome-problems').click();
    await page.getByTestId('problem-0-description').fill('2 批次产品未附合格证明');
    await page.getByTestId('problem-0-in-15').click();
    await page.getByTestId('record-summary-input').fill('检查生产车间和成品仓库，抽查 5 批次产品。');
    await page.getByTestId('record-complete').click();
    await page.locator('#record-complete-ok').click();
    await page.locator('[data-testid="record-page"][data-state="completed"]').waitFor();
    await expect(page.getByTestId('record-outcome').getAttribute('data-outcome')).resolves.toBe('problems');
    await page.context().close();
  }, STEP);

  it('the coordinator sees the whole history of the completed inspection', async () => {
    const page = await env.newPage();
    await signIn(page, env.baseUrl, 'coordinator');
    await page.goto(`${env.baseUrl}/filings/${filingId}`);
    await page.locator('[data-testid="filing-detail"][data-state="completed"]').waitFor();
    const actions = await page.getByTestId('history-entry').evaluateAll((els) => els.map((e) => e.getAttribute('data-action')));
    expect(actions).toEqual(['filing.create', 'filing.submit', 'filing.approve', 'filing.accept', 'filing.notify', 'notice.acknowledge', 'filing.arrive', 'filing.complete']);
    await page.getByTestId('notice-acknowledged').waitFor();
    await expect(page.getByTestId('record-outcome').getAttribute('data-outcome')).resolves.toBe('problems');
    await page.context().close();
  }, STEP);

  it('a department publishes its annual plan after review, and the public pages show it without sign-in', async () => {
    const year = new Date().getFullYear() + 1;
    let page = await env.newPage();
    await signIn(page, env.baseUrl, 'dept-scjg');
    await page.getByTestId('nav-plans').click();
    await page.getByTestId('plan-new').click();
    await page.getByTestId('plan-task-0-title').fill('食品生产企业双随机抽查');
    await page.getByTestId('plan-task-0-items').click();
    await page.keyboard.type('scjg-001');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByTestId('plan-task-0-months').getByText('5月', { exact: true }).click();
    await page.getByTestId('plan-task-0-rule').fill('从食品生产企业名录中按 5% 比例随机抽取');
    await page.getByTestId('plan-task-0-count').fill('12');
    await page.getByTestId('plan-save').click();
    await page.locator('[data-testid="plan-detail"][data-status="draft"]').waitFor();
    const planUrl = page.url();
    await page.getByTestId('plan-action-submit').click();
    await page.getByTestId('plan-action-confirm').click();
    await page.locator('[data-testid="plan-detail"][data-status="submitted"]').waitFor();
    await page.context().close();

    page = await env.newPage();
    await signIn(page, env.baseUrl, 'coordinator');
    await page.goto(planUrl);
    await page.getByTestId('plan-action-accept').click();
    await page.getByTestId('plan-action-confirm').click();
    await page.locator('[data-testid="plan-detail"][data-status="accepted"]').waitFor();
    await page.context().close();

    page = await env.newPage();
    await signIn(page, env.baseUrl, 'dept-scjg');
    await page.goto(planUrl);
    await page.getByTestId('plan-action-publish').click();
    await page.getByTestId('plan-action-confirm').click();
    await page.locator('[data-testid="plan-detail"][data-status="published"]').waitFor();
    await page.context().close();

    page = await env.newPage();
    await page.goto(`${env.baseUrl}/public/plans?year=${year}`);
    await expect(page.getByTestId('public-plan-scjg').textContent()).resolves.toContain('食品生产企业双随机抽查');
    await page.getByTestId('public-nav').getByText('非现场检查事项').click();
    // Wait for real rows, not the table's loading placeholder.
    await page.getByTestId('public-offsite-table').locator('tbody tr.ant-table-row').nth(3).waitFor();
    await page.getByTestId('public-nav').getByText('委托检查事项库').click();
    await page.getByTestId('public-delegations-table').waitFor();
    await page.context().close();
  }, STEP * 2);
});

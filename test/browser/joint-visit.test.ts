/**
 * Issue 5, "Done when": the coordinator takes a proposal to an accepted joint visit with its combined
 * checklist in the browser. Two departments file for one enterprise in overlapping windows through
 * the API (as their own users: the demo seed's filings are not relied on); the coordinator runs the
 * proposals for the period, accepts the one for that enterprise and opens the joint visit. Dates are
 * computed from today, so the walk works whenever it runs.
 */
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/db/seed/seed-demo.ts';
import { buildCalendar } from '../../src/domain/calendar/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { CHROMIUM, chromiumMissing, signIn } from '../helpers/browser.ts';

const STEP = 90_000;
const chinaDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (d: string, n: number) => {
  const t = new Date(`${d}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + n);
  return t.toISOString().slice(0, 10);
};

type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** An API client signed in as a demo user (cookie and CSRF token), one sign-in per user. */
async function apiAs(baseUrl: string, username: string): Promise<Call> {
  const res = await fetch(`${baseUrl}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: 'demo1234' }) });
  expect(res.status, `sign-in of ${username}`).toBe(200);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const r = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return { status: r.status, json: await r.json() };
  };
}

/** Retries a step once with written justifications for the warnings the rules ask one for. */
async function justified(run: (justifications?: Record<string, string>) => ReturnType<Call>) {
  const first = await run();
  if (first.json?.error?.code !== 'JUSTIFICATION_REQUIRED') return first;
  const codes: string[] = first.json.error.details?.codes ?? [];
  return run(Object.fromEntries(codes.map((c) => [c, '经核实确需按此安排检查，已报请负责人同意。'])));
}

/** A campaign inspection filed by the department's admin, submitted and approved by its head. */
async function fileApproved(baseUrl: string, dept: string, uscc: string, plannedDate: string, windowEnd: string) {
  const admin = await apiAs(baseUrl, `dept-${dept}`);
  const head = await apiAs(baseUrl, `head-${dept}`);
  const items = (await admin('GET', `/departments/${dept}/items?limit=100&offset=0`)).json.items as { code: string; modes: string[]; status?: string }[];
  const inspectors = (await admin('GET', `/departments/${dept}/inspectors`)).json.items as { username: string; qualified: boolean }[];
  const body = {
    department: dept,
    enterprise: uscc,
    kind: 'campaign',
    path: 'planned',
    campaignBasis: '丽水市 2026 年涉企安全生产与质量安全专项整治方案',
    mode: 'onsite',
    plannedDate,
    windowEnd,
    items: items.filter((i) => i.modes.includes('onsite') && (i.status ?? 'active') === 'active').slice(0, 2).map((i) => i.code),
    inspectors: inspectors.filter((i) => i.qualified).slice(0, 2).map((i) => i.username),
  };
  const created = await justified((justifications) => admin('POST', '/filings', { ...body, ...(justifications ? { justifications } : {}) }));
  expect(created.status, JSON.stringify(created.json)).toBe(201);
  const id = created.json.id as number;
  const submitted = await justified((justifications) => admin('POST', `/filings/${id}/submit`, justifications ? { justifications } : {}));
  expect(submitted.json.state, JSON.stringify(submitted.json)).toBe('submitted');
  const approved = await justified((justifications) => head('POST', `/filings/${id}/approve`, justifications ? { justifications } : {}));
  expect(approved.json.state, JSON.stringify(approved.json)).toBe('head_approved');
  return id;
}

describe.skipIf(chromiumMissing)('the coordinator takes a merge proposal to a joint visit, through the UI', () => {
  let handle: DatabaseHandle;
  let browser: Browser;
  let baseUrl = '';
  let close: () => Promise<void>;
  const ids: { a: number; b: number } = { a: 0, b: 0 };
  let from = '';
  let to = '';

  beforeAll(async () => {
    if (!existsSync('dist/web/index.html')) throw new Error('The web UI is not built: run `npm run build` first (npm test does).');
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrate(handle.db);
    await seedDemo(handle.db, { enterprises: 80 });
    const app = await buildApp({ db: handle.db, config: loadConfig({ DEMO: 'true', LOG_LEVEL: 'silent' }), now: () => new Date() }, { serveUi: true });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'] });
    close = async () => {
      await browser.close();
      await app.close();
      await handle.close();
    };
  }, STEP);
  afterAll(() => close?.());

  it('two departments file for one enterprise in overlapping windows', async () => {
    // An enterprise (C or D: quiet from day 21) that nothing is filed for yet and that accepts merging.
    const rows = await sql<{ uscc: string }>`
      select e.uscc from enterprises e
      where e.grade in ('C', 'D')
        and not exists (select 1 from filings f where f.enterprise_id = e.id)
        and not exists (select 1 from merge_opt_outs o where o.enterprise_id = e.id and o.opt_out)
      order by e.grade desc, e.uscc limit 1`.execute(handle.db);
    expect(rows.rows.length).toBe(1);
    const uscc = rows.rows[0].uscc;
    // Past the notice lead time, inside the first days of a month (before any quiet period).
    let start = addDays(chinaDate(new Date()), 10);
    if (Number(start.slice(8)) > 8) start = addDays(`${start.slice(0, 8)}01`, 32).slice(0, 8) + '01';
    const calendar = buildCalendar();
    const workingDayFrom = (d: string): string => (calendar.isWorkingDay(d) ? d : workingDayFrom(addDays(d, 1)));
    const dayA = workingDayFrom(addDays(start, 1));
    const dayB = workingDayFrom(addDays(dayA, 1));
    ids.a = await fileApproved(baseUrl, 'scjg', uscc, dayA, addDays(start, 10));
    ids.b = await fileApproved(baseUrl, 'yjgl', uscc, dayB, addDays(start, 12));
    from = start;
    to = addDays(start, 14);
  }, STEP);

  it('the coordinator runs the proposals for the period and accepts the one for that enterprise', async () => {
    const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' })).newPage();
    await signIn(page, baseUrl, 'coordinator');
    await page.getByTestId('nav-merge-proposals').click();
    await page.getByTestId('proposals-table').waitFor();
    await page.goto(`${baseUrl}/merge-proposals?from=${from}&to=${to}`);
    await page.getByTestId('proposals-run').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.getByTestId('run-result').waitFor();

    const found = await sql<{ proposal_id: number }>`select proposal_id from merge_proposal_filings where filing_id = ${ids.a}`.execute(handle.db);
    expect(found.rows.length).toBe(1);
    const proposalId = Number(found.rows[0].proposal_id);
    const members = await sql<{ filing_id: number }>`select filing_id from merge_proposal_filings where proposal_id = ${proposalId} order by filing_id`.execute(handle.db);
    expect(members.rows.map((r) => Number(r.filing_id))).toEqual([ids.a, ids.b].sort((x, y) => x - y));

    await page.getByTestId(`accept-${proposalId}`).click();
    await page.getByTestId('accept-reason').fill('市场监管与应急管理同期入企，合并为一次联合检查');
    await page.getByTestId('accept-submit').click();
    await page.locator('.ant-modal-confirm .ant-btn-primary').click();
    await page.waitForURL(/\/joint-visits\/\d+$/);

    const detail = page.getByTestId('joint-visit-detail');
    await detail.waitFor();
    const lead = Number(new URL(page.url()).pathname.split('/').at(-1));
    expect([ids.a, ids.b]).toContain(lead);
    await expect(page.getByTestId('page-title').textContent()).resolves.toContain(`#${lead}`);
    await expect(page.getByTestId('joint-team').locator('tbody tr').count()).resolves.toBe(4);
    const questions = await page.getByTestId('joint-checklist').locator('tbody tr td:nth-child(2)').allTextContents();
    expect(questions.length).toBeGreaterThan(0);
    expect(new Set(questions).size).toBe(questions.length);
    await page.getByTestId('joint-code-qr').waitFor();
    await expect(page.getByTestId('joint-excel').getAttribute('href')).resolves.toBe(`/api/v1/joint-visits/${lead}/checklist.xlsx`);

    const filings = await sql<{ id: number; planned_date: string; joins_filing_id: number | null }>`select id, planned_date, joins_filing_id from filings where id in (${ids.a}, ${ids.b}) order by id`.execute(handle.db);
    expect(new Set(filings.rows.map((f) => f.planned_date)).size).toBe(1);
    expect(filings.rows.filter((f) => f.joins_filing_id !== null).map((f) => Number(f.joins_filing_id))).toEqual([lead]);
  }, STEP);
});

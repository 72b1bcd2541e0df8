/**
 * Issue 6, the verify page: an accepted on-site filing's code, opened at /v/<token> on a phone, says
 * 有效 with its department; the same code with one character changed says 无效 and shows nothing of any
 * inspection. The filing is made through the HTTP API (department → head → coordinator); the server's
 * clock is moved to the inspection day.
 */
import { existsSync } from 'node:fs';
import { sql } from 'kysely';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { seedDemo } from '../../src/db/seed/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';
import { CHROMIUM, chromiumMissing } from '../helpers/browser.ts';

const PHONE = { width: 390, height: 844 };
const STEP = 60_000;
const chinaDate = (at: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Call = (method: string, path: string, body?: unknown) => Promise<{ status: number; json: any }>;

/** A signed-in API client (session cookie + CSRF token), as the UI uses the API. */
async function client(baseUrl: string, username: string): Promise<Call> {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: 'demo1234' }),
  });
  expect(login.status, await login.clone().text()).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return async (method, path, body) => {
    const res = await fetch(`${baseUrl}/api/v1${path}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, json: text ? JSON.parse(text) : undefined };
  };
}

describe.skipIf(chromiumMissing)('the inspection code verify page on a phone', () => {
  let handle: DatabaseHandle;
  let app: Awaited<ReturnType<typeof buildApp>>;
  let browser: Browser;
  let baseUrl = '';
  let offset = 0;
  let token = '';
  let departmentName = '';
  let enterpriseName = '';
  const inspectorNames: string[] = [];

  const phonePage = async (): Promise<Page> => (await browser.newContext({ viewport: PHONE, locale: 'zh-CN' })).newPage();

  beforeAll(async () => {
    if (!existsSync('dist/web/index.html')) throw new Error('The web UI is not built: run `npm run build` first (npm test does).');
    handle = await openDatabase({ dataDir: 'memory://' });
    await migrate(handle.db);
    await seedDemo(handle.db, { enterprises: 80 });
    app = await buildApp({ db: handle.db, config: loadConfig({ DEMO: 'true', LOG_LEVEL: 'silent' }), now: () => new Date(Date.now() + offset) }, { serveUi: true });
    baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });

    const rows = await sql<{ uscc: string; name: string }>`
      select e.uscc, e.name from enterprises e join users u on u.enterprise_id = e.id
      where u.role = 'enterprise' and e.grade in ('C', 'D') order by e.grade desc, e.uscc limit 1`.execute(handle.db);
    expect(rows.rows.length).toBe(1);
    const { uscc } = rows.rows[0];
    enterpriseName = rows.rows[0].name;

    const admin = await client(baseUrl, 'dept-scjg');
    const staff = await admin('GET', '/departments/scjg/inspectors');
    const qualified = (staff.json.items as { username: string; displayName: string; qualified: boolean }[]).filter((i) => i.qualified).slice(0, 2);
    expect(qualified.length).toBe(2);
    inspectorNames.push(...qualified.map((q) => q.displayName));
    const body = (plannedDate: string) => ({
      department: 'scjg',
      enterprise: uscc,
      kind: 'campaign',
      path: 'planned',
      campaignBasis: '丽水市食品安全专项整治方案',
      mode: 'onsite',
      plannedDate,
      items: ['scjg-007'],
      inspectors: qualified.map((q) => q.username),
    });
    const asked = addDays(chinaDate(new Date()), 10);
    const check = await admin('POST', '/filings/check', body(asked));
    expect(check.status, JSON.stringify(check.json)).toBe(200);
    const plannedDate: string = check.json.earliestDate && check.json.earliestDate > asked ? check.json.earliestDate : asked;
    const created = await admin('POST', '/filings', body(plannedDate));
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    const id = created.json.id as number;
    expect((await admin('POST', `/filings/${id}/submit`, {})).status).toBe(200);
    const head = await client(baseUrl, 'head-scjg');
    const approved = await head('POST', `/filings/${id}/approve`, {});
    expect(approved.status, JSON.stringify(approved.json)).toBe(200);
    const coordinator = await client(baseUrl, 'coordinator');
    const accepted = await coordinator('POST', `/filings/${id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.json)).toBe(200);
    const detail = await admin('GET', `/filings/${id}`);
    token = detail.json.code;
    departmentName = detail.json.department.name;
    expect(token).toMatch(/^[A-Z2-7]+$/);
    expect(detail.json.codeUrl).toBe(`/v/${token}`);
    // the code admits its inspectors on the inspection day: move the server there
    offset = new Date(`${plannedDate}T09:30:00+08:00`).getTime() - Date.now();
  }, 4 * STEP);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await handle?.close();
  });

  it('shows a valid code as 有效, with its department, inspectors and items', async () => {
    const page = await phonePage();
    await page.goto(`${baseUrl}/v/${token}`);
    const verdict = page.getByTestId('verify-verdict');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-valid')).resolves.toBe('yes');
    await expect(verdict.textContent()).resolves.toContain('检查码有效');
    await expect(page.getByTestId('verify-departments').textContent()).resolves.toContain(departmentName);
    const inspectors = (await page.getByTestId('verify-inspectors').textContent()) ?? '';
    for (const name of inspectorNames) expect(inspectors).toContain(name);
    await expect(page.getByTestId('verify-inspectors').textContent()).resolves.toContain('执法证号');
    await expect(page.getByTestId('verify-today').textContent()).resolves.toContain('可凭此码入企');
    await expect(page.getByTestId('verify-tip').textContent()).resolves.toContain('扫码核验后执法人员方可入企');
    // no staff layout around it, and nothing wider than the phone
    expect(await page.locator('.ant-layout-sider').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await page.context().close();
  }, STEP);

  it('shows a code with one character changed as 无效, in plain words, and no inspection data', async () => {
    const i = Math.floor(token.length / 2);
    const altered = token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    const page = await phonePage();
    await page.goto(`${baseUrl}/v/${altered}`);
    const verdict = page.getByTestId('verify-verdict');
    await verdict.waitFor();
    await expect(verdict.getAttribute('data-valid')).resolves.toBe('no');
    await expect(verdict.textContent()).resolves.toContain('检查码无效');
    await expect(page.getByTestId('verify-reason').textContent()).resolves.toBe('检查码无法核验，可能被篡改或伪造');
    expect(await page.getByTestId('verify-details').count()).toBe(0);
    const text = (await page.locator('body').textContent()) ?? '';
    for (const shown of [departmentName, enterpriseName, ...inspectorNames]) expect(text).not.toContain(shown);
    await page.context().close();
  }, STEP);
});

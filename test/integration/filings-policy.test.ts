/**
 * Filings are judged with the same rule context as the rule checks (ruleContextFor): the policy
 * version in force on the inspection's date and the working calendar with the coordinator's
 * overrides. The clock is fixed: today is Monday 2026-03-02 (Beijing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newInspector, newItem, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);

interface Finding {
  rule: string;
  code: string;
  verdict: string;
}

describe.each(backends)('filings judged by the published policy and calendar on %s', (backend) => {
  let t: TestApp;
  let admin: Client;
  let coord: Client;
  let uscc: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    const a = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    await newItem(db, a.id, { code: 'scjg-001', name: '食品经营许可检查' });
    uscc = (await newEnterprise(db, { grade: 'C' })).uscc;
    await newUser(db, 'dept_admin', { departmentId: a.id, username: 'admin-a' });
    await newInspector(db, a.id, { username: 'insp-a1' });
    await newInspector(db, a.id, { username: 'insp-a2' });
    await newUser(db, 'coordinator', { username: 'coord' });
    admin = await t.signIn('admin-a');
    coord = await t.signIn('coord');
  });
  afterAll(() => t.close());

  const proposal = () => ({
    department: 'scjg',
    enterprise: uscc,
    kind: 'campaign',
    path: 'planned',
    campaignBasis: '丽水市食品安全专项整治方案',
    mode: 'onsite',
    plannedDate: '2026-03-10',
    items: ['scjg-001'],
    inspectors: ['insp-a1', 'insp-a2'],
  });
  const check = async () => {
    const res = await admin.request({ method: 'POST', url: '/api/v1/filings/check', payload: proposal() });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { verdict: string; findings: Finding[]; earliestDate: string | null };
  };

  it('changes the outcome of a filing check when the coordinator marks the planned day a holiday', async () => {
    const before = await check();
    expect([before.verdict, before.earliestDate]).toEqual(['warn', '2026-03-10']);
    expect(before.findings.map((f) => f.code)).not.toContain('R9_NON_WORKING_DAY');
    const set = await coord.request({ method: 'POST', url: '/api/v1/calendar/overrides?confirm=true', payload: { date: '2026-03-10', kind: 'holiday', name: '地方调整' } });
    expect(set.statusCode, set.body).toBe(201);
    const after = await check();
    expect([after.verdict, after.earliestDate]).toEqual(['block', '2026-03-11']);
    expect(after.findings.filter((f) => f.verdict === 'block').map((f) => f.code)).toEqual(['R9_NON_WORKING_DAY']);
    // Filing it is refused the same way (the use case judges inside its transaction with the snapshot).
    const filed = await admin.request({ method: 'POST', url: '/api/v1/filings', payload: proposal() });
    expect([filed.statusCode, filed.json().error?.code]).toEqual([409, 'R9_NON_WORKING_DAY']);

    const del = await coord.request({ method: 'DELETE', url: '/api/v1/calendar/overrides/2026-03-10?confirm=true' });
    expect(del.statusCode, del.body).toBe(200);
    expect(await check()).toEqual(before);
  });
});

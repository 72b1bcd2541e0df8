/**
 * The KPI dashboard (GET /api/v1/kpi): each figure counted exactly on a small county built here —
 * joint visits (two departments; a delegated item), cancelled, draft and planned filings, off-site
 * checks, months, towns, last year apart from this year — and who sees which breakdown.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newFiling, newItem, newTown, newUser } from '../helpers/factories.ts';

type State = 'draft' | 'accepted' | 'notified' | 'in_progress' | 'completed' | 'cancelled';
interface Fig {
  visits: number;
  jointVisits: number;
  tasks: number;
  jointTasks: number;
  offsite: number;
}
const fig = (f: Fig) => ({ visits: f.visits, jointVisits: f.jointVisits, tasks: f.tasks, jointTasks: f.jointTasks, offsite: f.offsite });

describe.each(backends)('KPI dashboard on %s', (backend) => {
  let t: TestApp;
  let coord: Client;
  let deptA: Client;
  const codes = { A: '', B: '', C: '', T1: '', T2: '' };

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = () => new Date('2026-11-20T04:00:00Z');
    const db = t.deps.db;
    const [A, B, C] = [await newDepartment(db), await newDepartment(db), await newDepartment(db)];
    const item = { [A.id]: await newItem(db, A.id), [B.id]: await newItem(db, B.id), [C.id]: await newItem(db, C.id) };
    const [T1, T2] = [await newTown(db), await newTown(db)];
    Object.assign(codes, { A: A.code, B: B.code, C: C.code, T1: T1.code, T2: T2.code });
    const e1 = await newEnterprise(db, { townId: T1.id, grade: 'B' });
    const e2 = await newEnterprise(db, { townId: T1.id, grade: 'C' });
    const e3 = await newEnterprise(db, { townId: T2.id, grade: 'A' });
    const e4 = await newEnterprise(db, { grade: 'C' });
    const e5 = await newEnterprise(db, { townId: T2.id, grade: 'B' });

    const file = async (dept: { id: number }, ent: { id: number }, date: string, state: State, o: { joins?: number; mode?: 'offsite' } = {}) => {
      const f = await newFiling(db, { departmentId: dept.id, enterpriseId: ent.id, itemId: item[dept.id].id, plannedDate: date, mode: o.mode });
      await db.updateTable('filings').set({ state, joins_filing_id: o.joins ?? null }).where('id', '=', f.id).execute();
      return f.id;
    };
    // 2026, carried out: a joint visit of A and B; A's visit with an item delegated to C; B alone; C alone at e1 again.
    const v1 = await file(A, e1, '2026-03-10', 'completed');
    await file(B, e1, '2026-03-10', 'completed', { joins: v1 });
    const v2 = await file(A, e2, '2026-04-12', 'completed');
    await db.updateTable('filing_items').set({ delegate_department_id: C.id }).where('filing_id', '=', v2).execute();
    const v3 = await file(B, e3, '2026-04-20', 'in_progress');
    await file(C, e3, '2026-04-20', 'cancelled', { joins: v3 }); // a cancelled joiner leaves B's visit single
    await file(C, e1, '2026-05-05', 'completed');
    // Not counted: cancelled, draft; planned apart: a joint visit filed and notified.
    await file(A, e5, '2026-03-15', 'cancelled');
    await file(B, e5, '2026-03-16', 'draft');
    const p = await file(A, e4, '2026-09-01', 'notified');
    await file(B, e4, '2026-09-01', 'accepted', { joins: p });
    // Off-site: two recorded checks and one off-site filing carried out.
    for (const [dept, ent, day] of [[A, e2, '2026-02-03'], [B, e5, '2026-04-01']] as const) {
      await db.insertInto('offsite_checks').values({ department_id: dept.id, enterprise_id: ent.id, source: 'data', checked_on: day, result: 'pass', summary: '数据比对' }).execute();
    }
    await file(C, e3, '2026-06-01', 'completed', { mode: 'offsite' });
    // 2025: A alone at e4 (no town) on the last day; B and A jointly at e1. 2024: out of both years.
    await file(A, e4, '2025-12-31', 'completed');
    const w = await file(B, e1, '2025-07-01', 'completed');
    await file(A, e1, '2025-07-01', 'completed', { joins: w });
    await file(A, e2, '2024-06-01', 'completed');

    await newUser(db, 'coordinator', { username: 'k-coord' });
    await newUser(db, 'supervisor', { username: 'k-sup' });
    await newUser(db, 'dept_admin', { username: 'k-admin-a', departmentId: A.id });
    await newUser(db, 'inspector', { username: 'k-insp-a', departmentId: A.id });
    const ent = await newEnterprise(db);
    await newUser(db, 'enterprise', { username: 'k-ent', enterpriseId: ent.id });
    coord = await t.signIn('k-coord');
    deptA = await t.signIn('k-admin-a');
  });
  afterAll(() => t.close());

  const kpi = async (client: Client, query: string) => {
    const res = await client.request({ url: `/api/v1/kpi?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  };

  it('counts a joint visit once, its tasks each, a delegated item as joint, and nothing cancelled or draft', async () => {
    const k = await kpi(coord, 'year=2026');
    expect(k.year).toBe(2026);
    expect(k.primary).toBe('visits');
    expect(k.current.jointRate).toEqual({
      byVisits: { joint: 2, total: 4, rate: 0.5 },
      byTasks: { joint: 3, total: 5, rate: 0.6 },
      primary: 'visits',
      target: 0.7,
      met: false,
      planned: { visits: 1, jointVisits: 1, tasks: 2, jointTasks: 2 },
    });
    expect(k.compliantGrades).toEqual(['A', 'B']);
    expect(k.current.onsite).toEqual({ visits: 4, tasks: 5, perEnterprise: { enterprises: 6, zero: 3, one: 2, two: 1, threePlus: 0, compliantRepeat: 1 } });
    expect(k.current.offsite).toEqual({ offsite: 3, onsite: 5, share: 0.375 });
  });

  it('keeps last year apart from this year', async () => {
    const k = await kpi(coord, 'year=2026');
    expect(k.previous.year).toBe(2025);
    expect(k.previous.jointRate.byVisits).toEqual({ joint: 1, total: 2, rate: 0.5 });
    expect(k.previous.jointRate.byTasks).toEqual({ joint: 2, total: 3, rate: 0.6667 });
    expect(k.previous.jointRate.target).toBe(0.6);
    expect(k.previous.offsite).toEqual({ offsite: 0, onsite: 3, share: 0 });
    expect(k.previous.byMonth[11].visits).toBe(1);
    expect(k.current.byMonth[11].visits).toBe(0);
    const older = await kpi(coord, 'year=2025');
    expect(older.current.onsite.visits).toBe(2);
    expect(older.previous.onsite.visits).toBe(1); // the 2024 visit
  });

  it('breaks the figures down by month, department and town', async () => {
    const k = await kpi(coord, 'year=2026');
    const month = (m: number) => fig(k.current.byMonth[m - 1]);
    expect(month(2)).toEqual({ visits: 0, jointVisits: 0, tasks: 0, jointTasks: 0, offsite: 1 });
    expect(month(3)).toEqual({ visits: 1, jointVisits: 1, tasks: 2, jointTasks: 2, offsite: 0 });
    expect(month(4)).toEqual({ visits: 2, jointVisits: 1, tasks: 2, jointTasks: 1, offsite: 1 });
    expect(month(5)).toEqual({ visits: 1, jointVisits: 0, tasks: 1, jointTasks: 0, offsite: 0 });
    expect(month(6)).toEqual({ visits: 0, jointVisits: 0, tasks: 0, jointTasks: 0, offsite: 1 });
    expect(k.current.byMonth[3].jointRateVisits).toBe(0.5);
    const dept = Object.fromEntries(k.current.byDepartment.map((d: Fig & { code: string }) => [d.code, fig(d)]));
    expect(dept).toEqual({
      [codes.A]: { visits: 2, jointVisits: 2, tasks: 2, jointTasks: 2, offsite: 1 },
      [codes.B]: { visits: 2, jointVisits: 1, tasks: 2, jointTasks: 1, offsite: 1 },
      [codes.C]: { visits: 1, jointVisits: 0, tasks: 1, jointTasks: 0, offsite: 1 },
    });
    const town = Object.fromEntries(k.current.byTown.map((d: Fig & { code: string | null }) => [String(d.code), fig(d)]));
    expect(town).toEqual({
      [codes.T1]: { visits: 3, jointVisits: 2, tasks: 4, jointTasks: 3, offsite: 1 },
      [codes.T2]: { visits: 1, jointVisits: 0, tasks: 1, jointTasks: 0, offsite: 2 },
    });
    const lastYearTowns = k.previous.byTown.map((d: Fig & { code: string | null; name: string }) => [d.code, d.name, d.visits]);
    expect(lastYearTowns).toEqual([[codes.T1, expect.any(String), 1], [codes.T2, expect.any(String), 0], [null, '未划分乡镇', 1]]);
  });

  it('filters by town and by department', async () => {
    const town = await kpi(coord, `year=2026&town=${codes.T1}`);
    expect(town.town.code).toBe(codes.T1);
    expect(town.current.jointRate.byVisits).toEqual({ joint: 2, total: 3, rate: 0.6667 });
    expect(town.current.onsite.perEnterprise).toEqual({ enterprises: 2, zero: 0, one: 1, two: 1, threePlus: 0, compliantRepeat: 1 });
    expect(town.current.byTown.map((x: { code: string }) => x.code)).toEqual([codes.T1]);
    const b = await kpi(coord, `year=2026&department=${codes.B}`);
    expect(b.current.jointRate.byVisits).toEqual({ joint: 1, total: 2, rate: 0.5 });
    expect(b.current.jointRate.byTasks).toEqual({ joint: 1, total: 2, rate: 0.5 });
    expect(b.current.offsite.offsite).toBe(1);
    expect(b.current.byDepartment.map((x: { code: string }) => x.code)).toEqual([codes.B]);
    expect((await coord.request({ url: '/api/v1/kpi?town=nowhere' })).statusCode).toBe(404);
  });

  it('shows a department the county figures and only its own department row', async () => {
    const k = await kpi(deptA, 'year=2026');
    expect(k.current.jointRate.byVisits.total).toBe(4);
    expect(k.current.byDepartment.map((x: { code: string }) => x.code)).toEqual([codes.A]);
    const own = await kpi(deptA, `year=2026&department=${codes.A}`);
    expect(own.current.jointRate.byVisits).toEqual({ joint: 2, total: 2, rate: 1 });
    const other = await deptA.request({ url: `/api/v1/kpi?year=2026&department=${codes.B}` });
    expect(other.statusCode).toBe(403);
    expect((await deptA.request({ url: `/api/v1/kpi.xlsx?year=2026&department=${codes.B}` })).statusCode).toBe(403);
    for (const who of ['k-insp-a', 'k-ent']) {
      expect((await (await t.signIn(who)).request({ url: '/api/v1/kpi?year=2026' })).statusCode).toBe(403);
    }
    const sup = await kpi(await t.signIn('k-sup'), 'year=2026');
    expect(sup.current.byDepartment).toHaveLength(3);
  });

  it('exports the figures as an Excel workbook', async () => {
    const res = await coord.request({ url: '/api/v1/kpi.xlsx?year=2026' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain('kpi-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['总览', '按月', '按部门', '按乡镇']);
    const overview = wb.getWorksheet('总览')!;
    expect(String(overview.getCell('A4').value)).toContain('【考核口径】');
    expect(overview.getCell('B4').value).toBe(0.5);
    expect(overview.getCell('B4').numFmt).toBe('0.0%');
    expect(overview.getCell('C5').value).toBe(0.6667);
    expect(wb.getWorksheet('按月')!.getCell('B6').value).toBe(1); // March: one visit
  });

  it('refuses a year out of range', async () => {
    expect((await coord.request({ url: '/api/v1/kpi?year=1999' })).statusCode).toBe(400);
  });
});

/**
 * What other parts read from plans: the Excel exports (opened again with exceljs), the public list
 * without sign-in, and findPlanTaskFor, the R2 lookup the filings module calls.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPlanTaskFor } from '../../src/modules/plans/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newPlan, newUser } from '../helpers/factories.ts';

const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));

async function sheetOf(body: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb.worksheets[0];
}

describe.each(backends)('plan exports and lookups on %s', (backend) => {
  let t: TestApp;
  let admin: Client;
  let d: { id: number; code: string; name: string };
  let other: { id: number };
  let i1: { id: number; code: string; name: string };
  let i2: { id: number; code: string };
  let e1: { id: number; uscc: string; name: string };
  let e2: { id: number };
  let planId: number;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    d = await newDepartment(db, { code: 'rlsb', name: '云和县人力资源和社会保障局' });
    other = await newDepartment(db, { code: 'jyj', name: '云和县教育局' });
    i1 = await newItem(db, d.id, { code: 'rlsb-001', name: '劳动用工情况检查' });
    i2 = await newItem(db, d.id, { code: 'rlsb-002' });
    e1 = await newEnterprise(db, { name: '云和县导出测试木玩有限公司' });
    e2 = await newEnterprise(db);
    await newUser(db, 'dept_admin', { username: 'admin-rlsb', departmentId: d.id });
    await newUser(db, 'coordinator', { username: 'coord' });
    admin = await t.signIn('admin-rlsb');
    const coord = await t.signIn('coord');
    const created = await admin.request({
      method: 'POST',
      url: '/api/v1/plans',
      payload: {
        department: d.code,
        year: YEAR,
        tasks: [
          { kind: 'random', title: '劳动保障双随机抽查', items: [i1.code, i2.code], months: [3, 4, 5, 9], targetRule: '从用人单位名录中随机抽取 5%', targetCount: 12 },
          { kind: 'targeted', title: '欠薪隐患重点检查', items: [i1.code], months: [11, 12], enterprises: [e1.uscc] },
        ],
      },
    });
    planId = created.json().id;
    await admin.request({ method: 'POST', url: `/api/v1/plans/${planId}/submit` });
    await coord.request({ method: 'POST', url: `/api/v1/plans/${planId}/accept`, payload: {} });
    await admin.request({ method: 'POST', url: `/api/v1/plans/${planId}/publish` });
    await newPlan(db, other.id, { year: YEAR, status: 'draft', itemIds: [] }); // drafts are never public
  });
  afterAll(() => t.close());

  it('exports one plan as Excel with a title row, Chinese headers, widths and the tasks', async () => {
    const res = await admin.request({ url: `/api/v1/plans/${planId}.xlsx` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.headers['content-disposition']).toContain(`filename="plan-${planId}.xlsx"`);
    expect(decodeURIComponent(String(res.headers['content-disposition']).split("UTF-8''")[1])).toBe(`${d.name}${YEAR}年度入企检查计划.xlsx`);
    const ws = await sheetOf(res.rawPayload);
    expect(ws.getCell('A1').value).toBe(`${d.name}${YEAR}年度入企检查计划`);
    expect(ws.getCell('A1').isMerged).toBe(true);
    expect(String(ws.getCell('A2').value)).toContain('状态：已公布');
    expect(ws.getRow(3).values).toEqual([undefined, '序号', '检查任务', '检查类型', '检查事项', '检查对象（抽查规则或范围）', '重点检查企业', '检查数量（家）', '实施月份', '专项检查依据']);
    expect(ws.getColumn(4).width).toBeGreaterThanOrEqual(30);
    expect(ws.getRow(4).getCell(2).value).toBe('劳动保障双随机抽查');
    expect(ws.getRow(4).getCell(3).value).toBe('双随机抽查');
    expect(String(ws.getRow(4).getCell(4).value)).toContain('劳动用工情况检查（rlsb-001）');
    expect(ws.getRow(4).getCell(7).value).toBe(12);
    expect(ws.getRow(4).getCell(8).value).toBe('3–5月、9月');
    expect(ws.getRow(5).getCell(6).value).toBe(`${e1.name}（${e1.uscc}）`);
    expect(ws.getRow(5).getCell(8).value).toBe('11–12月');
    expect(ws.rowCount).toBe(5);
  });

  it('exports the year’s published plans to anyone, without enterprise names', async () => {
    const res = await t.app.inject({ url: `/api/v1/public/plans.xlsx?year=${YEAR}` });
    expect(res.statusCode).toBe(200);
    const ws = await sheetOf(res.rawPayload);
    expect(ws.getCell('A1').value).toBe(`${YEAR}年度入企检查计划（已公布）`);
    expect(String(ws.getCell('A2').value)).toContain('共 1 个部门的计划、2 项检查任务');
    expect(ws.getRow(3).getCell(2).value).toBe('执法部门');
    expect((ws.getRow(4).values as unknown[]).slice(1, 6)).toEqual([1, d.name, '第1版', '劳动保障双随机抽查', '双随机抽查']);
    expect(ws.getRow(5).getCell(1).value).toBe(2);
    const cells = [4, 5].flatMap((r) => (ws.getRow(r).values as unknown[]).map(String)).join('|');
    expect(cells).not.toContain(e1.uscc);
    const empty = await sheetOf((await t.app.inject({ url: `/api/v1/public/plans.xlsx?year=${YEAR + 1}` })).rawPayload);
    expect(empty.rowCount).toBe(3);
  });

  it('lists only published plans publicly, filtered by department', async () => {
    const all = (await t.app.inject({ url: `/api/v1/public/plans?year=${YEAR}` })).json();
    expect(all.items.map((p: { department: { code: string } }) => p.department.code)).toEqual(['rlsb']);
    expect((await t.app.inject({ url: `/api/v1/public/plans?year=${YEAR}&department=jyj` })).json().total).toBe(0);
    expect((await t.app.inject({ url: '/api/v1/public/plans?department=nosuch' })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/v1/public/plans?year=abc' })).statusCode).toBe(400);
  });

  it('finds the published task covering an inspection (R2), or null', async () => {
    const db = t.deps.db;
    const q = { departmentId: d.id, enterpriseId: e2.id, itemIds: [i1.id], date: `${YEAR}-04-15` };
    const random = await findPlanTaskFor(db, q);
    expect(random).toMatchObject({ planId, revision: 1, kind: 'random', title: '劳动保障双随机抽查' });
    expect(await findPlanTaskFor(db, { ...q, itemIds: [i1.id, i2.id] })).toMatchObject({ kind: 'random' });
    expect(await findPlanTaskFor(db, { ...q, date: `${YEAR}-06-15` })).toBeNull(); // no task in June
    expect(await findPlanTaskFor(db, { ...q, date: `${YEAR + 1}-04-15` })).toBeNull(); // no plan that year
    expect(await findPlanTaskFor(db, { ...q, departmentId: other.id })).toBeNull();
    expect(await findPlanTaskFor(db, { ...q, itemIds: [] })).toBeNull();
    // The targeted task names e1 only.
    expect(await findPlanTaskFor(db, { ...q, date: `${YEAR}-11-02` })).toBeNull();
    expect(await findPlanTaskFor(db, { ...q, enterpriseId: e1.id, date: `${YEAR}-11-02` })).toMatchObject({ kind: 'targeted', title: '欠薪隐患重点检查' });
    expect(await findPlanTaskFor(db, { ...q, enterpriseId: e1.id, date: `${YEAR}-11-02`, itemIds: [i2.id] })).toBeNull();
    expect(await findPlanTaskFor(db, { ...q, kind: 'targeted' })).toBeNull();
    expect(await findPlanTaskFor(db, { ...q, taskId: random!.taskId })).toMatchObject({ taskId: random!.taskId });
  });
});

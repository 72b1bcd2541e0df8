/**
 * POST /api/v1/rule-checks on a database built with factories: the Done-when examples of issue 3,
 * bad input (4xx, stable codes, zh messages, nothing written), scope, delegated items, exception
 * cases, history from filings, and a calendar override moving the earliest date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { makeUscc } from '../../src/domain/enterprise/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

interface Finding {
  rule: string;
  code: string;
  verdict: string;
  clause: { id: string; text: string };
  message: { zh: string; en: string };
  data?: Record<string, unknown>;
}

const auditCount = async (db: Database) => Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

/** An on-site filing straight into the filings table (0004), for the history the rules count. */
async function onsiteFiling(db: Database, f: { departmentId: number; enterpriseId: number; date: string; state?: 'accepted' | 'completed' | 'cancelled' | 'draft'; joins?: number }) {
  const row = await db
    .insertInto('filings')
    .values({ department_id: f.departmentId, enterprise_id: f.enterpriseId, kind: 'targeted', path: 'planned', mode: 'onsite', planned_date: f.date, state: f.state ?? 'accepted', joins_filing_id: f.joins ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

describe.each(backends)('rule checks on %s', (backend) => {
  let t: TestApp;
  let coord: Client;
  let admin: Client;
  let ids: { c: string; b: string; d: string; a: string; ungraded: string; bId: number; cId: number; scjgId: number; yjglId: number; zjjgId: number };
  const own = 'scjg-001';
  const own2 = 'scjg-002';

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    const scjg = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    const yjgl = await newDepartment(db, { code: 'yjgl', name: '云和县应急管理局' });
    const zjjg = await newDepartment(db, { code: 'zjjg', name: '云和县住房和城乡建设局' });
    await newItem(db, scjg.id, { code: own });
    await newItem(db, scjg.id, { code: own2 });
    await newItem(db, yjgl.id, { code: 'yjgl-001' });
    const delegable = await newItem(db, yjgl.id, { code: 'yjgl-002', delegable: true });
    await newItem(db, zjjg.id, { code: 'zjjg-001' });
    await db.insertInto('delegations').values({ item_id: delegable.id, delegate_department_id: scjg.id, valid_from: '2025-07-11' }).execute();
    const c = await newEnterprise(db, { grade: 'C' });
    const b = await newEnterprise(db, { grade: 'B' });
    const d = await newEnterprise(db, { grade: 'D' });
    const a = await newEnterprise(db, { grade: 'A' });
    const ungraded = await newEnterprise(db, { grade: 'C' });
    await db.updateTable('enterprises').set({ grade: null, grade_year: null }).where('id', '=', ungraded.id).execute();
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'dept_admin', { username: 'admin-scjg', departmentId: scjg.id });
    await newUser(db, 'inspector', { username: 'insp-scjg', departmentId: scjg.id });
    await newUser(db, 'dept_head', { username: 'head-yjgl', departmentId: yjgl.id });
    await newUser(db, 'supervisor', { username: 'sup' });
    await newUser(db, 'enterprise', { username: 'ent-c', enterpriseId: c.id });
    coord = await t.signIn('coord');
    admin = await t.signIn('admin-scjg');
    ids = { c: c.uscc, b: b.uscc, d: d.uscc, a: a.uscc, ungraded: ungraded.uscc, bId: b.id, cId: c.id, scjgId: scjg.id, yjglId: yjgl.id, zjjgId: zjjg.id };
  });
  afterAll(() => t.close());

  const check = (client: Client, body: Record<string, unknown>) => client.request({ method: 'POST', url: '/api/v1/rule-checks', payload: body });
  const base = () => ({ enterprise: ids.c, department: 'scjg', items: [own], mode: 'onsite' });
  const codes = (findings: Finding[], verdict?: string) => findings.filter((f) => !verdict || f.verdict === verdict).map((f) => f.code);

  it('blocks a C-grade enterprise on 2026-03-23 by R6 and offers 2026-04-01', async () => {
    const res = await check(admin, { ...base(), date: '2026-03-23' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { verdict: string; findings: Finding[]; earliestDate: string | null; provisional: boolean };
    expect(body.verdict).toBe('block');
    expect(body.earliestDate).toBe('2026-04-01');
    expect(body.provisional).toBe(false);
    const r6 = body.findings.find((f) => f.code === 'R6_QUIET_PERIOD')!;
    expect(r6).toMatchObject({ rule: 'R6', verdict: 'block', clause: { id: 'Y24 二(三)' } });
    expect(r6.clause.text).toContain('企业安静期');
    expect(r6.message.zh).toContain('2026-04-01');
    expect(codes(body.findings, 'block')).toEqual(['R6_QUIET_PERIOD']);
  });

  it('allows 2025-10-11 at the earliest after a notice on 2025-09-26', async () => {
    const early = await check(admin, { ...base(), date: '2025-10-10', noticeDate: '2025-09-26' });
    expect(early.json()).toMatchObject({ verdict: 'block', earliestDate: '2025-10-11', provisional: false });
    expect(codes(early.json().findings, 'block')).toEqual(['R9_NOTICE_TOO_LATE']);
    const ok = await check(admin, { ...base(), date: '2025-10-11', noticeDate: '2025-09-26' });
    expect(ok.json()).toMatchObject({ earliestDate: '2025-10-11', provisional: false });
    expect(ok.json().verdict).not.toBe('block');
    expect(codes(ok.json().findings)).toContain('R9_NOTICE_OK');
  });

  it('answers a 2027 date as provisional, never better than warn', async () => {
    const res = await check(admin, { ...base(), date: '2027-03-10', noticeDate: '2027-03-01' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ verdict: 'warn', provisional: true, earliestDate: '2027-03-10' });
    expect(codes(res.json().findings, 'warn')).toContain('R9_PROVISIONAL_CALENDAR');
  });

  it('lets an exception case lift the quiet period, with its duties', async () => {
    const res = await check(admin, { ...base(), date: '2026-03-23', exceptionCase: 'COMPLAINT_REPORT' });
    expect(res.json()).toMatchObject({ verdict: 'warn', earliestDate: '2026-03-23' });
    expect(codes(res.json().findings, 'warn')).toEqual(expect.arrayContaining(['R6_LIFTED', 'R7_EXCEPTION_DUTIES']));
  });

  it('judges off-site checks without the on-site rules, and A/B/D grades by their own windows', async () => {
    const offsite = await check(admin, { ...base(), mode: 'offsite', date: '2026-03-23' });
    expect(offsite.json()).toMatchObject({ verdict: 'allow', earliestDate: '2026-03-23' });
    const b = await check(admin, { ...base(), enterprise: ids.b, date: '2026-03-12' });
    expect(b.json()).toMatchObject({ verdict: 'block', earliestDate: '2026-04-01' });
    const d = await check(admin, { ...base(), enterprise: ids.d, date: '2026-03-12', noticeDate: '2026-03-02' });
    expect(d.json().verdict).toBe('allow');
    const a = await check(admin, { ...base(), enterprise: ids.a, date: '2026-03-02', noticeDate: '2026-02-20' });
    expect(codes(a.json().findings, 'block')).toContain('R5_EXEMPT');
    expect(a.json().earliestDate).toBeNull();
  });

  it('takes an item delegated to the department (R12) and refuses one that is not', async () => {
    const ok = await check(admin, { ...base(), items: [own, 'yjgl-002'], date: '2026-03-12', noticeDate: '2026-03-02' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(codes(ok.json().findings)).toContain('R12_DELEGATED');
    const refused = await check(admin, { ...base(), items: [own, 'yjgl-001'], date: '2026-03-12' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('ITEM_OF_OTHER_DEPARTMENT');
    expect(refused.json().error.message).toContain('yjgl-001');
  });

  it('refuses bad input with a stable code and a zh-CN message, writing nothing', async () => {
    const before = await auditCount(t.deps.db);
    const cases: [Record<string, unknown>, number, string][] = [
      [{ ...base(), date: '2026/03/23' }, 400, 'INVALID_DATE_FORMAT'],
      [{ ...base(), date: '2026-02-30' }, 400, 'IMPOSSIBLE_DATE'],
      [{ ...base(), date: '2026-03-10', noticeDate: '2026-13-01' }, 400, 'IMPOSSIBLE_DATE'],
      [{ ...base(), date: '2041-03-01' }, 400, 'DATE_OUT_OF_CALENDAR_RANGE'],
      [{ ...base(), date: '2025-03-03' }, 400, 'NO_POLICY_IN_FORCE'],
      [{ ...base(), date: '2026-03-10', enterprise: makeUscc({ registrationAuthority: '9', entityType: '1', divisionCode: '331125', orgCode: 'X9999999' }) }, 404, 'ENTERPRISE_NOT_FOUND'],
      [{ ...base(), date: '2026-03-10', enterprise: `${ids.c.slice(0, 17)}${ids.c[17] === '0' ? '1' : '0'}` }, 400, 'INVALID_USCC'],
      [{ ...base(), date: '2026-03-10', enterprise: ids.ungraded }, 409, 'ENTERPRISE_NOT_GRADED'],
      [{ ...base(), date: '2026-03-10', department: 'nosuch' }, 404, 'DEPARTMENT_NOT_FOUND'],
      [{ ...base(), date: '2026-03-10', items: ['nosuch-001'] }, 404, 'ITEM_NOT_FOUND'],
      [{ ...base(), date: '2026-03-10', items: ['zjjg-001'] }, 400, 'ITEM_OF_OTHER_DEPARTMENT'],
      [{ ...base(), date: '2026-03-10', exceptionCase: 'NO_SUCH_CASE' }, 400, 'UNKNOWN_EXCEPTION_CASE'],
      [{ ...base(), date: '2026-03-10', items: [] }, 400, 'VALIDATION_FAILED'],
      [{ ...base(), date: '2026-03-10', mode: 'teleport' }, 400, 'VALIDATION_FAILED'],
      [{ ...base(), date: '2026-03-10', colour: 'red' }, 400, 'VALIDATION_FAILED'],
      [{ ...base() }, 400, 'VALIDATION_FAILED'],
    ];
    for (const [body, status, code] of cases) {
      const res = await check(admin, body);
      expect({ body, status: res.statusCode, code: res.json().error?.code }).toEqual({ body, status, code });
      expect(res.json().error.message, code).toMatch(/[\u4e00-\u9fff]/);
    }
    const en = await admin.request({ method: 'POST', url: '/api/v1/rule-checks', headers: { 'accept-language': 'en' }, payload: { ...base(), date: '2026-02-30' } });
    expect(en.json().error.message).toBe('No such date: "2026-02-30".');
    const unknownCase = await check(admin, { ...base(), date: '2026-03-10', exceptionCase: 'NO_SUCH_CASE' });
    expect(unknownCase.json().error.details.known).toContain('COMPLAINT_REPORT');
    expect(await auditCount(t.deps.db)).toBe(before);
  });

  it('lets department users check only their own department; coordinator any; supervisor and enterprises none', async () => {
    const body = { ...base(), date: '2026-03-10' };
    expect((await check(admin, { ...body, department: 'yjgl', items: ['yjgl-001'] })).statusCode).toBe(403);
    expect((await check(await t.signIn('insp-scjg'), body)).statusCode).toBe(200);
    expect((await check(await t.signIn('head-yjgl'), { ...body, department: 'yjgl', items: ['yjgl-001'] })).statusCode).toBe(200);
    expect((await check(coord, { ...body, department: 'yjgl', items: ['yjgl-001'] })).statusCode).toBe(200);
    expect((await check(await t.signIn('sup'), body)).statusCode).toBe(403);
    expect((await check(await t.signIn('ent-c'), body)).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/rule-checks', payload: body })).statusCode).toBe(401);
  });

  it('counts the enterprise’s on-site filings this year (R4, R5), a joint visit once', async () => {
    const db = t.deps.db;
    const body = { ...base(), enterprise: ids.b, date: '2026-06-09', noticeDate: '2026-05-29' };
    expect((await check(admin, body)).json().verdict).toBe('allow');
    // Drafts and cancelled filings do not count; last year's neither.
    await onsiteFiling(db, { departmentId: ids.yjglId, enterpriseId: ids.bId, date: '2026-04-08', state: 'draft' });
    await onsiteFiling(db, { departmentId: ids.yjglId, enterpriseId: ids.bId, date: '2026-04-08', state: 'cancelled' });
    await onsiteFiling(db, { departmentId: ids.yjglId, enterpriseId: ids.bId, date: '2025-11-05', state: 'completed' });
    expect((await check(admin, body)).json().verdict).toBe('allow');
    // One joint visit of two departments: the B enterprise's one visit this year.
    const lead = await onsiteFiling(db, { departmentId: ids.yjglId, enterpriseId: ids.bId, date: '2026-04-08', state: 'completed' });
    await onsiteFiling(db, { departmentId: ids.zjjgId, enterpriseId: ids.bId, date: '2026-04-08', state: 'completed', joins: lead });
    const capped = (await check(admin, body)).json();
    expect(capped.verdict).toBe('block');
    expect(codes(capped.findings, 'block')).toEqual(['R5_CAP_REACHED']);
    expect(capped.findings.find((f: Finding) => f.code === 'R5_CAP_REACHED').data).toMatchObject({ cap: 1, count: 2, previous: [`filing-${lead}`] });
    expect(capped.earliestDate).toBeNull();
    // The department's own cap (R4, 2 a year) for the C enterprise.
    await onsiteFiling(db, { departmentId: ids.scjgId, enterpriseId: ids.cId, date: '2026-02-03', state: 'completed' });
    await onsiteFiling(db, { departmentId: ids.scjgId, enterpriseId: ids.cId, date: '2026-04-08', state: 'accepted' });
    const c = (await check(admin, { ...base(), date: '2026-06-09', noticeDate: '2026-05-29' })).json();
    expect(codes(c.findings, 'block')).toEqual(expect.arrayContaining(['R4_CAP_REACHED']));
  });

  it('moves the earliest date when the coordinator marks a day a holiday, and back when removed', async () => {
    const body = { ...base(), enterprise: ids.d, date: '2026-03-31' };
    expect((await check(admin, body)).json().earliestDate).toBe('2026-04-01');
    const set = await coord.request({ method: 'POST', url: '/api/v1/calendar/overrides?confirm=true', payload: { date: '2026-04-01', kind: 'holiday', name: '地方调整' } });
    expect(set.statusCode, set.body).toBe(201);
    const moved = (await check(admin, body)).json();
    expect(moved.earliestDate).toBe('2026-04-02');
    const removed = await coord.request({ method: 'DELETE', url: '/api/v1/calendar/overrides/2026-04-01?confirm=true' });
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await check(admin, body)).json().earliestDate).toBe('2026-04-01');
  });
});

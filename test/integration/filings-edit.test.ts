/**
 * 修改备案 (PATCH /filings/:id): a draft or a returned filing is edited by its department, the rules
 * run again (a block refuses and nothing changes), the change is audited, and the filing goes on
 * through the state machine. Today is Monday 2026-03-02 (Beijing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newInspector, newItem, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);

describe.each(backends)('editing a filing on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const e: Record<string, string> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    const a = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    const b = await newDepartment(db, { code: 'yjgl', name: '云和县应急管理局' });
    await newItem(db, a.id, { code: 'scjg-001', name: '食品经营许可检查' });
    await newItem(db, a.id, { code: 'scjg-002', name: '特种设备使用检查' });
    await newItem(db, b.id, { code: 'yjgl-001', name: '安全生产责任制检查' });
    for (const k of ['c1', 'c2', 'c3', 'c4', 'c5']) e[k] = (await newEnterprise(db, { grade: 'C' })).uscc;
    await newUser(db, 'dept_admin', { departmentId: a.id, username: 'admin-a' });
    await newUser(db, 'dept_head', { departmentId: a.id, username: 'head-a' });
    await newUser(db, 'dept_admin', { departmentId: b.id, username: 'admin-b' });
    await newInspector(db, a.id, { username: 'insp-a1' });
    await newInspector(db, a.id, { username: 'insp-a2' });
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    for (const u of ['admin-a', 'head-a', 'admin-b', 'coord', 'sup']) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  /** A campaign (专项检查) with its basis: the quiet period applies to it. */
  const file = async (enterprise: string, o: Record<string, unknown> = {}) => {
    const res = await c['admin-a'].request({
      method: 'POST',
      url: '/api/v1/filings',
      payload: { department: 'scjg', enterprise, kind: 'campaign', path: 'planned', campaignBasis: '丽水市特种设备安全专项整治方案', mode: 'onsite', plannedDate: '2026-03-10', items: ['scjg-001'], inspectors: ['insp-a1', 'insp-a2'], ...o },
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as { id: number; check: { at: string; step: string } };
  };
  const step = (id: number, action: string, who: string, payload: Record<string, unknown> = {}) => c[who].request({ method: 'POST', url: `/api/v1/filings/${id}/${action}`, payload });
  const edit = (id: number, payload: Record<string, unknown>, who = 'admin-a') => c[who].request({ method: 'PATCH', url: `/api/v1/filings/${id}`, payload });
  const stored = async (id: number) => {
    const db = t.deps.db;
    const row = await db.selectFrom('filings').select(['state', 'planned_date', 'check_result', 'kind']).where('id', '=', id).executeTakeFirstOrThrow();
    const items = await db.selectFrom('filing_items as fi').innerJoin('inspection_items as i', 'i.id', 'fi.item_id').select('i.code').where('fi.filing_id', '=', id).orderBy('i.code').execute();
    const inspectors = await db.selectFrom('filing_inspectors as fi').innerJoin('users as u', 'u.id', 'fi.user_id').select('u.username').where('fi.filing_id', '=', id).orderBy('u.username').execute();
    const audit = Number((await db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    return { ...row, items: items.map((i) => i.code), inspectors: inspectors.map((i) => i.username), audit };
  };

  it('lets the department edit a filing its head returned: the rules run again, audited, then it is resubmitted and approved', async () => {
    const f = await file(e.c1);
    expect((await step(f.id, 'submit', 'admin-a')).json().state).toBe('submitted');
    const returned = (await step(f.id, 'reject', 'head-a', { reason: '请增加特种设备检查事项并改期' })).json();
    expect(returned).toMatchObject({ state: 'returned', reviewComment: '请增加特种设备检查事项并改期', transitions: expect.arrayContaining(['edit', 'submit']) });
    const before = await stored(f.id);

    t.deps.now = () => new Date('2026-03-02T03:00:00.000Z'); // an hour later: a fresh check is stamped
    try {
      const res = await edit(f.id, { plannedDate: '2026-03-12', items: ['scjg-001', 'scjg-002'] });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ id: f.id, state: 'returned', plannedDate: '2026-03-12', check: { step: 'edit', at: '2026-03-02T03:00:00.000Z' } });
      expect(res.json().items.map((i: { code: string }) => i.code).sort()).toEqual(['scjg-001', 'scjg-002']);
    } finally {
      t.deps.now = at('2026-03-02');
    }
    const after = await stored(f.id);
    expect(after).toMatchObject({ state: 'returned', planned_date: '2026-03-12', items: ['scjg-001', 'scjg-002'], inspectors: ['insp-a1', 'insp-a2'], audit: before.audit + 1 });
    expect(after.check_result).toMatchObject({ step: 'edit' });

    const entry = await t.deps.db.selectFrom('audit_log').selectAll().where('entity_id', '=', String(f.id)).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(entry.action).toBe('filing.update');
    expect(entry.before).toMatchObject({ state: 'returned', plannedDate: '2026-03-10', items: ['scjg-001'] });
    expect(entry.after).toMatchObject({ state: 'returned', plannedDate: '2026-03-12', items: ['scjg-001', 'scjg-002'] });
    expect(entry.before).not.toHaveProperty('inspectors'); // unchanged fields are not recorded

    const resubmitted = await step(f.id, 'submit', 'admin-a');
    expect(resubmitted.statusCode, resubmitted.body).toBe(200);
    expect(resubmitted.json().state).toBe('submitted');
    const approved = await step(f.id, 'approve', 'head-a');
    expect(approved.statusCode, approved.body).toBe(200);
    expect(approved.json()).toMatchObject({ state: 'head_approved', plannedDate: '2026-03-12' });
    expect(approved.json().history.map((h: { action: string }) => h.action)).toEqual(['filing.create', 'filing.submit', 'filing.reject', 'filing.update', 'filing.submit', 'filing.approve']);
  });

  it('edits a draft, and a filing the coordinator returned stays returned after the edit', async () => {
    const draft = await file(e.c2);
    const res = await edit(draft.id, { inspectors: ['insp-a2', 'insp-a1'], campaignBasis: '云和县特种设备专项整治方案（修订）' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ state: 'draft', campaignBasis: '云和县特种设备专项整治方案（修订）' });

    expect((await step(draft.id, 'submit', 'admin-a')).statusCode).toBe(200);
    expect((await step(draft.id, 'approve', 'head-a')).statusCode).toBe(200);
    const back = await step(draft.id, 'return', 'coord', { reason: '日期与其他部门检查冲突，请改期' });
    expect(back.json().state).toBe('returned');
    const moved = await edit(draft.id, { plannedDate: '2026-03-13' });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ state: 'returned', plannedDate: '2026-03-13', reviewComment: '日期与其他部门检查冲突，请改期' });
  });

  it('refuses to edit a filing that is submitted or accepted (409, zh), and nothing changes', async () => {
    const f = await file(e.c3);
    expect((await step(f.id, 'submit', 'admin-a')).statusCode).toBe(200);
    const before = await stored(f.id);
    const res = await edit(f.id, { plannedDate: '2026-03-12' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'INVALID_TRANSITION', message: expect.stringContaining('待负责人审批') });
    expect(res.json().error.message).toContain('修改备案');
    expect(await stored(f.id)).toEqual(before);

    expect((await step(f.id, 'approve', 'head-a')).statusCode).toBe(200);
    expect((await step(f.id, 'accept', 'coord')).statusCode).toBe(200);
    const accepted = await stored(f.id);
    const late = await edit(f.id, { items: ['scjg-002'] });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await stored(f.id)).toEqual(accepted);
  });

  it('keeps other departments, supervisors and the head of the wrong kind out', async () => {
    const f = await file(e.c4);
    const before = await stored(f.id);
    const other = await edit(f.id, { plannedDate: '2026-03-12' }, 'admin-b');
    expect([403, 404]).toContain(other.statusCode);
    const sup = await edit(f.id, { plannedDate: '2026-03-12' }, 'sup');
    expect(sup.statusCode).toBe(403);
    const coord = await edit(f.id, { plannedDate: '2026-03-12' }, 'coord');
    expect([403, 409]).toContain(coord.statusCode);
    expect(await stored(f.id)).toEqual(before);
  });

  it('refuses a change the rules block (the quiet period) and changes nothing', async () => {
    const f = await file(e.c5);
    expect((await step(f.id, 'submit', 'admin-a')).statusCode).toBe(200);
    expect((await step(f.id, 'reject', 'head-a', { reason: '请补充事项' })).statusCode).toBe(200);
    const before = await stored(f.id);
    const res = await edit(f.id, { plannedDate: '2026-03-23', items: ['scjg-001', 'scjg-002'] });
    expect(res.statusCode, res.body).toBe(409);
    expect(res.json().error.code).toBe('R6_QUIET_PERIOD');
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await stored(f.id)).toEqual(before);
    expect(before).toMatchObject({ planned_date: '2026-03-10', items: ['scjg-001'], state: 'returned' });
  });

  it('refuses to change the enterprise or the department (400, zh), and unknown fields', async () => {
    const f = await file(e.c1, { plannedDate: '2026-03-11' });
    const before = await stored(f.id);
    const ent = await edit(f.id, { enterprise: e.c2 });
    expect(ent.statusCode).toBe(400);
    expect(ent.json().error).toMatchObject({ code: 'FILING_ENTERPRISE_FIXED', message: expect.stringContaining('企业不能修改') });
    const dept = await edit(f.id, { department: 'yjgl' });
    expect(dept.statusCode).toBe(400);
    expect(dept.json().error.code).toBe('FILING_DEPARTMENT_FIXED');
    const path = await edit(f.id, { path: 'emergency' });
    expect(path.statusCode).toBe(400);
    const same = await edit(f.id, { enterprise: e.c1, department: 'scjg', windowEnd: '2026-03-09' });
    expect(same.statusCode).toBe(400);
    expect(same.json().error.code).toBe('WINDOW_REVERSED');
    expect(await stored(f.id)).toEqual(before);
  });
});

/**
 * Every refusal of the plan state machine: the wrong role, another department, the wrong state, a
 * double submit, bad input. Each answers with a clear zh-CN error and changes nothing.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newPlan, newUser } from '../helpers/factories.ts';

const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));

describe.each(backends)('annual plan refusals on %s', (backend) => {
  let t: TestApp;
  const c: Record<'admin' | 'admin2' | 'head' | 'coord' | 'sup' | 'ent', Client> = {} as never;
  let d1: { id: number; code: string };
  let d2: { id: number; code: string };
  let item: { id: number; code: string };
  let foreignItem: { code: string };
  let retired: { code: string };
  let enterprise: { id: number; uscc: string };

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    d1 = await newDepartment(db, { code: 'yjgl' });
    d2 = await newDepartment(db, { code: 'zjj' });
    item = await newItem(db, d1.id, { code: 'yjgl-001' });
    retired = await newItem(db, d1.id, { code: 'yjgl-old' });
    await db.updateTable('inspection_items').set({ status: 'retired' }).where('code', '=', 'yjgl-old').execute();
    foreignItem = await newItem(db, d2.id, { code: 'zjj-001' });
    enterprise = await newEnterprise(db);
    const e2 = await newEnterprise(db);
    await newUser(db, 'dept_admin', { username: 'admin', departmentId: d1.id });
    await newUser(db, 'dept_admin', { username: 'admin2', departmentId: d2.id });
    await newUser(db, 'dept_head', { username: 'head', departmentId: d1.id });
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    await newUser(db, 'enterprise', { username: 'ent', enterpriseId: e2.id });
    for (const k of Object.keys({ admin: 0, admin2: 0, head: 0, coord: 0, sup: 0, ent: 0 }) as (keyof typeof c)[]) c[k] = await t.signIn(k);
  });
  afterAll(() => t.close());

  const task = (over: Record<string, unknown> = {}) => ({ kind: 'random', title: '安全生产双随机抽查', items: [item.code], months: [5], targetRule: '按行业随机抽取', targetCount: 3, ...over });
  const state = async () => {
    const db = t.deps.db;
    const count = async (table: 'annual_plans' | 'plan_tasks' | 'plan_events' | 'audit_log' | 'plan_task_items') =>
      Number((await db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const statuses = await db.selectFrom('annual_plans').select(['id', 'status', 'review_comment']).orderBy('id').execute();
    return { plans: await count('annual_plans'), tasks: await count('plan_tasks'), items: await count('plan_task_items'), events: await count('plan_events'), audit: await count('audit_log'), statuses };
  };
  /** Sends the request, expects the status and code, a zh-CN message, and that nothing changed. */
  const refused = async (client: Client, method: 'POST' | 'PUT' | 'DELETE' | 'GET', url: string, payload: object | undefined, status: number, code: string, zh?: string) => {
    const before = await state();
    const res = await client.request({ method, url, ...(payload ? { payload } : {}) });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fa5]/);
    if (zh) expect(res.json().error.message).toContain(zh);
    expect(await state()).toEqual(before);
  };

  let draft: number;
  let submitted: number;
  let accepted: number;
  let published: number;
  beforeEach(async () => {
    await sql`delete from plan_events`.execute(t.deps.db);
    await sql`delete from annual_plans`.execute(t.deps.db);
    draft = (await newPlan(t.deps.db, d1.id, { year: YEAR, status: 'draft', itemIds: [item.id] })).id;
    submitted = (await newPlan(t.deps.db, d1.id, { year: YEAR + 1, status: 'submitted', itemIds: [item.id] })).id;
    accepted = (await newPlan(t.deps.db, d2.id, { year: YEAR, status: 'accepted' })).id;
    published = (await newPlan(t.deps.db, d2.id, { year: YEAR + 1, status: 'published' })).id;
  });

  it('refuses the wrong role for each transition', async () => {
    await refused(c.coord, 'POST', `/api/v1/plans/${draft}/submit`, undefined, 403, 'FORBIDDEN');
    await refused(c.head, 'POST', `/api/v1/plans/${draft}/submit`, undefined, 403, 'FORBIDDEN');
    await refused(c.coord, 'POST', '/api/v1/plans', { department: d1.code, year: YEAR, tasks: [] }, 403, 'FORBIDDEN');
    await refused(c.admin, 'POST', `/api/v1/plans/${submitted}/accept`, {}, 403, 'FORBIDDEN');
    await refused(c.admin, 'POST', `/api/v1/plans/${submitted}/return`, { comment: '自己退回' }, 403, 'FORBIDDEN');
    await refused(c.admin, 'POST', `/api/v1/plans/${submitted}/comment`, { comment: '自己评论' }, 403, 'FORBIDDEN');
    await refused(c.coord, 'POST', `/api/v1/plans/${accepted}/publish`, undefined, 403, 'FORBIDDEN');
    await refused(c.sup, 'POST', `/api/v1/plans/${submitted}/accept`, {}, 403, 'FORBIDDEN');
    await refused(c.sup, 'PUT', `/api/v1/plans/${draft}`, { tasks: [] }, 403, 'FORBIDDEN');
    await refused(c.ent, 'GET', `/api/v1/plans/${draft}`, undefined, 403, 'FORBIDDEN');
    await refused(c.ent, 'GET', '/api/v1/plans', undefined, 403, 'FORBIDDEN');
    await refused(c.coord, 'POST', `/api/v1/plans/${published}/revise`, { reason: '代为修订' }, 403, 'FORBIDDEN');
    expect((await t.app.inject({ method: 'POST', url: `/api/v1/plans/${draft}/submit` })).statusCode).toBe(401);
  });

  it('keeps a department to its own plans', async () => {
    await refused(c.admin2, 'GET', `/api/v1/plans/${draft}`, undefined, 403, 'FORBIDDEN', '本部门');
    await refused(c.admin2, 'GET', `/api/v1/plans/${draft}.xlsx`, undefined, 403, 'FORBIDDEN');
    await refused(c.admin2, 'POST', `/api/v1/plans/${draft}/submit`, undefined, 403, 'FORBIDDEN');
    await refused(c.admin2, 'PUT', `/api/v1/plans/${draft}`, { tasks: [] }, 403, 'FORBIDDEN');
    await refused(c.admin2, 'DELETE', `/api/v1/plans/${draft}`, undefined, 403, 'FORBIDDEN');
    await refused(c.admin, 'POST', `/api/v1/plans/${accepted}/publish`, undefined, 403, 'FORBIDDEN');
    await refused(c.admin, 'POST', `/api/v1/plans/${published}/revise`, { reason: '替别人修订' }, 403, 'FORBIDDEN');
    await refused(c.admin, 'POST', '/api/v1/plans', { department: d2.code, year: YEAR + 1, tasks: [] }, 403, 'FORBIDDEN');
    await refused(c.admin, 'GET', `/api/v1/plans?department=${d2.code}`, undefined, 403, 'FORBIDDEN');
    const own = (await c.admin2.request({ url: '/api/v1/plans' })).json();
    expect(own.items.map((p: { department: { code: string } }) => p.department.code)).toEqual([d2.code, d2.code]);
    expect((await c.sup.request({ url: '/api/v1/plans' })).json().total).toBe(4);
    expect((await c.sup.request({ url: `/api/v1/plans/${draft}` })).json().actions).toEqual([]);
  });

  it('refuses a transition from the wrong state, and a double submit', async () => {
    await refused(c.admin, 'POST', `/api/v1/plans/${draft}/publish`, undefined, 409, 'PLAN_STATE_INVALID', '计划当前状态为“草稿”，不能公布');
    await refused(c.coord, 'POST', `/api/v1/plans/${draft}/accept`, {}, 409, 'PLAN_STATE_INVALID');
    await refused(c.coord, 'POST', `/api/v1/plans/${draft}/return`, { comment: '退回' }, 409, 'PLAN_STATE_INVALID');
    await refused(c.coord, 'POST', `/api/v1/plans/${accepted}/accept`, {}, 409, 'PLAN_STATE_INVALID');
    await refused(c.admin, 'PUT', `/api/v1/plans/${submitted}`, { tasks: [task()] }, 409, 'PLAN_STATE_INVALID', '待审核');
    await refused(c.admin, 'DELETE', `/api/v1/plans/${submitted}`, undefined, 409, 'PLAN_STATE_INVALID');
    await refused(c.admin, 'POST', `/api/v1/plans/${draft}/revise`, { reason: '修订草稿' }, 409, 'PLAN_STATE_INVALID');
    await refused(c.admin2, 'PUT', `/api/v1/plans/${published}`, { tasks: [] }, 409, 'PLAN_STATE_INVALID', '已公布');
    const first = await c.admin.request({ method: 'POST', url: `/api/v1/plans/${draft}/submit` });
    expect(first.statusCode).toBe(200);
    await refused(c.admin, 'POST', `/api/v1/plans/${draft}/submit`, undefined, 409, 'PLAN_STATE_INVALID', '待审核');
    const ok = await c.admin2.request({ method: 'POST', url: `/api/v1/plans/${accepted}/publish` });
    expect(ok.json()).toMatchObject({ status: 'published' });
    await refused(c.admin2, 'POST', `/api/v1/plans/${accepted}/publish`, undefined, 409, 'PLAN_STATE_INVALID');
  });

  it('refuses bad input with a clear message and changes nothing', async () => {
    const create = (tasks: object[], year = YEAR + 1, department = d1.code) => ({ department, year, tasks });
    await c.admin.request({ method: 'DELETE', url: `/api/v1/plans/${draft}` });
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ items: ['yjgl-999'] })], YEAR), 400, 'ITEM_NOT_IN_CATALOG', 'yjgl-999');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ items: [foreignItem.code] })], YEAR), 400, 'ITEM_NOT_IN_CATALOG', '不在');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ items: [retired.code] })], YEAR), 400, 'ITEM_RETIRED', '已停用');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ enterprises: [enterprise.uscc] })], YEAR), 400, 'PLAN_TASK_INVALID', '不能预先指定企业');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ targetRule: '   ' })], YEAR), 400, 'PLAN_TASK_INVALID', '抽查规则');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ targetCount: undefined })], YEAR), 400, 'PLAN_TASK_INVALID', '企业数');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ kind: 'campaign', targetRule: undefined })], YEAR), 400, 'PLAN_TASK_INVALID', '依据');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ kind: 'targeted', targetRule: undefined, targetCount: undefined })], YEAR), 400, 'PLAN_TASK_INVALID', '检查对象');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ kind: 'targeted', targetRule: undefined, enterprises: ['91331125MA2E4XYZ0X'] })], YEAR), 400, 'VALIDATION_FAILED');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ kind: 'targeted', targetRule: undefined, targetCount: undefined, enterprises: ['913311250000000000'] })], YEAR), 400, 'ENTERPRISE_NOT_FOUND', '企业库中没有');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ kind: 'targeted', targetRule: undefined, targetCount: 2, enterprises: [enterprise.uscc] })], YEAR), 400, 'PLAN_TASK_INVALID', '不一致');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ months: [13] })], YEAR), 400, 'VALIDATION_FAILED', 'months');
    await refused(c.admin, 'POST', '/api/v1/plans', create([task({ colour: 'red' })], YEAR), 400, 'VALIDATION_FAILED', 'colour');
    await refused(c.admin, 'POST', '/api/v1/plans', create([], YEAR - 1), 409, 'PLAN_YEAR_CLOSED', `${YEAR - 1} 年已过`);
    await refused(c.admin, 'POST', '/api/v1/plans', create([], YEAR + 2), 409, 'PLAN_YEAR_TOO_EARLY');
    await refused(c.admin, 'POST', '/api/v1/plans', create([], YEAR + 1), 409, 'PLAN_EXISTS', '已存在');
    await refused(c.admin, 'POST', '/api/v1/plans', create([], YEAR, 'nosuch'), 404, 'DEPARTMENT_NOT_FOUND');
    await refused(c.coord, 'POST', `/api/v1/plans/${submitted}/return`, { comment: '  ' }, 400, 'PLAN_COMMENT_REQUIRED', '审核意见');
    await refused(c.coord, 'POST', `/api/v1/plans/${submitted}/return`, {}, 400, 'VALIDATION_FAILED', 'comment');
    await refused(c.admin2, 'POST', `/api/v1/plans/${published}/revise`, { reason: ' ' }, 400, 'PLAN_REASON_REQUIRED', '修订理由');
    await refused(c.admin, 'GET', '/api/v1/plans/999999', undefined, 404, 'PLAN_NOT_FOUND');
    await refused(c.admin, 'POST', '/api/v1/plans/abc/submit', undefined, 400, 'VALIDATION_FAILED');
  });

  it('refuses to submit an empty plan, or one whose item was retired since it was saved', async () => {
    const db = t.deps.db;
    const taskId = (await db.selectFrom('plan_tasks').select('id').where('plan_id', '=', draft).executeTakeFirstOrThrow()).id;
    const retiredId = (await db.selectFrom('inspection_items').select('id').where('code', '=', retired.code).executeTakeFirstOrThrow()).id;
    await db.insertInto('plan_task_items').values({ task_id: taskId, item_id: retiredId }).execute();
    await refused(c.admin, 'POST', `/api/v1/plans/${draft}/submit`, undefined, 400, 'ITEM_RETIRED', `第1项任务的“`);
    await db.deleteFrom('plan_tasks').where('plan_id', '=', draft).execute();
    await refused(c.admin, 'POST', `/api/v1/plans/${draft}/submit`, undefined, 400, 'PLAN_EMPTY', '没有检查任务');
  });

  it('lets exactly one of two racing requests win (create, submit, revise), the other refused clearly', async () => {
    await sql`delete from annual_plans where department_id = ${d1.id} and year = ${YEAR}`.execute(t.deps.db);
    const body = { department: d1.code, year: YEAR, tasks: [task()] };
    const creates = await Promise.all([0, 1].map(() => c.admin.request({ method: 'POST', url: '/api/v1/plans', payload: body })));
    expect(creates.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(creates.find((r) => r.statusCode === 409)!.json().error.code).toBe('PLAN_EXISTS');
    const id = creates.find((r) => r.statusCode === 201)!.json().id;
    const submits = await Promise.all([0, 1].map(() => c.admin.request({ method: 'POST', url: `/api/v1/plans/${id}/submit` })));
    expect(submits.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const revisions = await Promise.all([0, 1].map((n) => c.admin2.request({ method: 'POST', url: `/api/v1/plans/${published}/revise`, payload: { reason: `并发修订${n}` } })));
    expect(revisions.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    expect(revisions.find((r) => r.statusCode === 409)!.json().error.code).toBe('PLAN_REVISION_OPEN');
    const events = await t.deps.db.selectFrom('plan_events').select('action').where('plan_id', '=', id).execute();
    expect(events.map((e) => e.action).sort()).toEqual(['create', 'submit']);
  });
});

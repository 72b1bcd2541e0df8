/**
 * Annual plans (年度入企检查计划): the whole state machine through the API — draft, submit, the
 * coordinator's comment / return / accept, publish, revision and supersession — with its history
 * and audit trail, and what the public then sees without signing in.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

const YEAR = Number(new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 4));

describe.each(backends)('annual plans on %s', (backend) => {
  let t: TestApp;
  let admin: Client;
  let coord: Client;
  let dept: { code: string; name: string };
  let items: { code: string }[];
  let enterprise: { uscc: string; name: string };

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    const d = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    dept = d;
    items = [await newItem(db, d.id, { code: 'scjg-001' }), await newItem(db, d.id, { code: 'scjg-002' })];
    enterprise = await newEnterprise(db, { name: '云和县重点木玩有限公司' });
    await newUser(db, 'dept_admin', { username: 'admin-scjg', departmentId: d.id });
    await newUser(db, 'coordinator', { username: 'coord' });
    admin = await t.signIn('admin-scjg');
    coord = await t.signIn('coord');
  });
  afterAll(() => t.close());

  const tasks = () => [
    { kind: 'random', title: '食品生产企业双随机抽查', items: [items[0].code], months: [3, 4, 5], targetRule: '从食品生产企业名录中随机抽取', targetCount: 10 },
    { kind: 'targeted', title: '重点企业检查', items: [items[1].code], months: [6], enterprises: [enterprise.uscc] },
    { kind: 'campaign', title: '节前食品安全专项', items: [items[0].code, items[1].code], months: [9], basis: '丽水市市场监管局专项部署' },
  ];
  const post = (c: Client, url: string, payload?: object) => c.request({ method: 'POST', url, ...(payload ? { payload } : {}) });
  const actions = async (id: number) =>
    (await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'annual_plan').where('entity_id', '=', String(id)).orderBy('id').execute()).map((a) => a.action);

  it('walks a plan from draft to published, with every step in its history and the audit trail', async () => {
    const created = await post(admin, '/api/v1/plans', { department: dept.code, year: YEAR, tasks: tasks() });
    expect(created.statusCode, created.body).toBe(201);
    const plan = created.json();
    expect(plan).toMatchObject({ department: { code: 'scjg' }, year: YEAR, revision: 1, status: 'draft', statusLabel: '草稿', taskCount: 3 });
    expect(plan.actions).toEqual(['update', 'delete', 'submit']);
    expect(plan.tasks[0]).toMatchObject({ kind: 'random', months: [3, 4, 5], targetCount: 10, items: [{ code: 'scjg-001', status: 'active' }], enterprises: [] });
    expect(plan.tasks[1]).toMatchObject({ kind: 'targeted', targetCount: 1, enterprises: [{ uscc: enterprise.uscc, name: enterprise.name }] });
    const id: number = plan.id;

    expect((await post(admin, `/api/v1/plans/${id}/submit`)).json()).toEqual({ id, status: 'submitted' });
    const commented = await post(coord, `/api/v1/plans/${id}/comment`, { comment: '请补充抽查比例。' });
    expect(commented.json()).toEqual({ id, status: 'submitted' });
    const returned = await post(coord, `/api/v1/plans/${id}/return`, { comment: '抽查数量过少，请调整。' });
    expect(returned.json()).toEqual({ id, status: 'returned' });

    const changed = tasks();
    changed[0].targetCount = 20;
    const updated = await admin.request({ method: 'PUT', url: `/api/v1/plans/${id}`, payload: { tasks: changed } });
    expect(updated.statusCode, updated.body).toBe(200);
    expect(updated.json()).toMatchObject({ status: 'returned', reviewComment: '抽查数量过少，请调整。' });
    expect(updated.json().tasks[0].targetCount).toBe(20);

    expect((await post(admin, `/api/v1/plans/${id}/submit`)).json()).toEqual({ id, status: 'submitted' });
    expect((await post(coord, `/api/v1/plans/${id}/accept`, {})).json()).toEqual({ id, status: 'accepted' });
    const published = await post(admin, `/api/v1/plans/${id}/publish`);
    expect(published.json()).toEqual({ id, status: 'published', superseded: null });

    const detail = (await admin.request({ url: `/api/v1/plans/${id}` })).json();
    expect(detail).toMatchObject({ status: 'published', statusLabel: '已公布', publishedAt: expect.any(String), actions: ['revise'] });
    expect(detail.history.map((h: { action: string; toStatus: string }) => `${h.action}:${h.toStatus}`)).toEqual([
      'create:draft',
      'submit:submitted',
      'comment:submitted',
      'return:returned',
      'update:returned',
      'submit:submitted',
      'accept:accepted',
      'publish:published',
    ]);
    expect(detail.history[2]).toMatchObject({ comment: '请补充抽查比例。', by: { username: 'coord' } });
    expect(await actions(id)).toEqual(['plan.create', 'plan.submit', 'plan.comment', 'plan.return', 'plan.update', 'plan.submit', 'plan.accept', 'plan.publish']);

    const pub = await t.app.inject({ url: `/api/v1/public/plans?year=${YEAR}` });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toMatchObject({ year: YEAR, total: 1, items: [{ department: { code: 'scjg', name: dept.name }, revision: 1, revisionReason: null }] });
    const targeted = pub.json().items[0].tasks[1];
    expect(targeted).toMatchObject({ kind: 'targeted', enterpriseCount: 1, items: [{ code: 'scjg-002', name: expect.any(String) }] });
    expect(pub.body).not.toContain(enterprise.uscc); // target enterprises are not published by name
    expect((await t.app.inject({ url: '/api/v1/public/plans' })).json().year).toBe(YEAR); // default: this year
  });

  it('makes a later change a new revision with its reason, reviewed again, superseding the published one', async () => {
    const published = (await coord.request({ url: `/api/v1/plans?year=${YEAR}&status=published` })).json().items[0];
    const revised = await post(admin, `/api/v1/plans/${published.id}/revise`, { reason: '新增电梯安全检查任务' });
    expect(revised.statusCode, revised.body).toBe(201);
    const rev = revised.json();
    expect(rev).toMatchObject({ revision: 2, status: 'draft', revisionReason: '新增电梯安全检查任务', taskCount: 3 });
    expect(rev.history[0]).toMatchObject({ action: 'create', comment: '修订理由：新增电梯安全检查任务' });

    // Until the revision is published, the public still sees revision 1.
    expect((await t.app.inject({ url: `/api/v1/public/plans?year=${YEAR}` })).json().items[0].revision).toBe(1);

    const again = await post(admin, `/api/v1/plans/${published.id}/revise`, { reason: '再次修订' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'PLAN_REVISION_OPEN', message: expect.stringContaining('进行中的修订') });

    await admin.request({ method: 'PUT', url: `/api/v1/plans/${rev.id}`, payload: { tasks: tasks().slice(0, 2) } });
    await post(admin, `/api/v1/plans/${rev.id}/submit`);
    await post(coord, `/api/v1/plans/${rev.id}/accept`, { comment: '同意修订。' });
    const pub = await post(admin, `/api/v1/plans/${rev.id}/publish`);
    expect(pub.json()).toEqual({ id: rev.id, status: 'published', superseded: published.id });

    const old = (await coord.request({ url: `/api/v1/plans/${published.id}` })).json();
    expect(old).toMatchObject({ status: 'superseded', statusLabel: '已被新版本替代', actions: [] });
    expect(old.history.at(-1)).toMatchObject({ action: 'supersede', fromStatus: 'published', toStatus: 'superseded' });
    expect(await actions(published.id)).toContain('plan.supersede');
    expect(await actions(rev.id)).toEqual(['plan.revise', 'plan.update', 'plan.submit', 'plan.accept', 'plan.publish']);

    const publicPlans = (await t.app.inject({ url: `/api/v1/public/plans?year=${YEAR}` })).json();
    expect(publicPlans.items).toHaveLength(1);
    expect(publicPlans.items[0]).toMatchObject({ revision: 2, revisionReason: '新增电梯安全检查任务' });
    expect(publicPlans.items[0].tasks).toHaveLength(2);

    const list = (await coord.request({ url: `/api/v1/plans?year=${YEAR}&department=scjg` })).json();
    expect(list.items.map((p: { revision: number; status: string }) => `${p.revision}:${p.status}`)).toEqual(['2:published', '1:superseded']);
  });

  it('deletes a draft (audited), but never an accepted or published plan', async () => {
    const created = (await post(admin, '/api/v1/plans', { department: dept.code, year: YEAR + 1, tasks: [] })).json();
    const gone = await admin.request({ method: 'DELETE', url: `/api/v1/plans/${created.id}` });
    expect(gone.statusCode).toBe(204);
    expect((await admin.request({ url: `/api/v1/plans/${created.id}` })).statusCode).toBe(404);
    expect(await actions(created.id)).toEqual(['plan.create', 'plan.delete']);
    const published = (await coord.request({ url: `/api/v1/plans?status=published` })).json().items[0];
    const refused = await admin.request({ method: 'DELETE', url: `/api/v1/plans/${published.id}` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('已公布');
  });

  it('pages and filters the list', async () => {
    const all = (await coord.request({ url: '/api/v1/plans?limit=1' })).json();
    expect(all.items).toHaveLength(1);
    expect(all.total).toBe(2);
    expect((await coord.request({ url: '/api/v1/plans?status=superseded' })).json().total).toBe(1);
    expect((await coord.request({ url: `/api/v1/plans?year=${YEAR - 1}` })).json().total).toBe(0);
    expect((await coord.request({ url: '/api/v1/plans?status=bogus' })).statusCode).toBe(400);
  });
});

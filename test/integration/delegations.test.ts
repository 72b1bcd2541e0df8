/**
 * The delegable-item library (委托检查事项清单库): the coordinator adds, changes and withdraws
 * entries (audited); the public reads what is in force; delegatesFor feeds R12 in filings.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { delegatesFor } from '../../src/modules/delegations/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newItem, newUser } from '../helpers/factories.ts';

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const shift = (days: number) => new Date(Date.parse(`${TODAY}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.each(backends)('delegable-item library on %s', (backend) => {
  let t: TestApp;
  let coord: Client;
  let admin: Client;
  let sup: Client;
  let owner: { id: number; code: string; name: string };
  let delegate: { id: number; code: string; name: string };
  let simple: { id: number; code: string; name: string };
  let complex: { code: string };

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    owner = await newDepartment(db, { code: 'wjj', name: '云和县卫生健康局' });
    delegate = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    simple = await newItem(db, owner.id, { code: 'wjj-001', name: '公共场所卫生许可证公示检查', delegable: true });
    complex = await newItem(db, owner.id, { code: 'wjj-002', delegable: false });
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'dept_admin', { username: 'admin-wjj', departmentId: owner.id });
    await newUser(db, 'supervisor', { username: 'sup' });
    coord = await t.signIn('coord');
    admin = await t.signIn('admin-wjj');
    sup = await t.signIn('sup');
  });
  afterAll(() => t.close());

  const body = (over: Record<string, unknown> = {}) => ({ department: owner.code, item: simple.code, delegate: delegate.code, validFrom: TODAY, note: '结果当日反馈卫健局', ...over });
  const snapshot = async () => ({
    rows: await t.deps.db.selectFrom('delegations').selectAll().orderBy('id').execute(),
    audit: Number((await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  });
  const refused = async (client: Client, method: 'POST' | 'PUT', url: string, payload: object, status: number, code: string, zh?: string) => {
    const before = await snapshot();
    const res = await client.request({ method, url, payload });
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    if (zh) expect(res.json().error.message).toContain(zh);
    expect(await snapshot()).toEqual(before);
  };

  let id: number;

  it('lets the coordinator add an entry, published at once and returned by delegatesFor', async () => {
    const res = await coord.request({ method: 'POST', url: '/api/v1/delegations', payload: body() });
    expect(res.statusCode, res.body).toBe(201);
    id = res.json().id;
    expect(res.json()).toMatchObject({
      item: { code: simple.code, name: simple.name },
      owner: { code: 'wjj' },
      delegate: { code: 'scjg', name: delegate.name },
      validFrom: TODAY,
      validUntil: null,
      status: 'active',
      note: '结果当日反馈卫健局',
      withdrawnAt: null,
    });
    const pub = await t.app.inject({ url: '/api/v1/public/delegable-items' });
    expect(pub.statusCode).toBe(200);
    expect(pub.json()).toEqual({ total: 1, items: [{ item: expect.objectContaining({ code: simple.code }), owner: { code: 'wjj', name: owner.name }, delegate: { code: 'scjg', name: delegate.name }, validFrom: TODAY, validUntil: null, note: '结果当日反馈卫健局' }] });
    expect((await t.app.inject({ url: '/api/v1/public/delegable-items?delegate=wjj' })).json().total).toBe(0);
    expect((await admin.request({ url: '/api/v1/delegations?department=wjj' })).json().total).toBe(1);

    expect(await delegatesFor(t.deps.db, [simple.id], TODAY)).toEqual([
      { itemId: simple.id, item: simple.code, ownerDepartmentId: owner.id, ownerDepartment: 'wjj', delegates: ['scjg'], delegateDepartmentIds: [delegate.id] },
    ]);
    expect(await delegatesFor(t.deps.db, [simple.id], shift(-1))).toEqual([]); // not yet in force
    expect(await delegatesFor(t.deps.db, [], TODAY)).toEqual([]);
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'delegation').execute();
    expect(audit).toEqual([{ action: 'delegation.create', after: expect.objectContaining({ item: 'wjj/wjj-001', delegate: 'scjg' }) }]);
  });

  it('refuses bad entries and the wrong roles, changing nothing', async () => {
    await refused(coord, 'POST', '/api/v1/delegations', body(), 409, 'DELEGATION_EXISTS', '已委托');
    await refused(coord, 'POST', '/api/v1/delegations', body({ item: complex.code }), 400, 'ITEM_NOT_DELEGABLE', '可委托的简单事项');
    await refused(coord, 'POST', '/api/v1/delegations', body({ delegate: owner.code }), 400, 'DELEGATE_IS_OWNER', '不能委托给本部门');
    await refused(coord, 'POST', '/api/v1/delegations', body({ item: 'wjj-999' }), 400, 'ITEM_NOT_IN_CATALOG');
    await refused(coord, 'POST', '/api/v1/delegations', body({ delegate: 'nosuch' }), 404, 'DEPARTMENT_NOT_FOUND');
    await refused(coord, 'POST', '/api/v1/delegations', body({ validFrom: shift(-3) }), 400, 'DELEGATION_DATES_INVALID', '不能早于今天');
    await refused(coord, 'POST', '/api/v1/delegations', body({ validFrom: shift(10), validUntil: shift(5) }), 400, 'DELEGATION_DATES_INVALID', '不能早于生效日期');
    await refused(coord, 'POST', '/api/v1/delegations', body({ validFrom: '2099-13-01' }), 400, 'INVALID_DATE', '不存在');
    await refused(coord, 'POST', '/api/v1/delegations', body({ validFrom: '01/02/2099' }), 400, 'VALIDATION_FAILED');
    await refused(coord, 'POST', '/api/v1/delegations', body({ scope: 'all' }), 400, 'VALIDATION_FAILED', 'scope');
    await refused(admin, 'POST', '/api/v1/delegations', body({ delegate: 'scjg' }), 403, 'FORBIDDEN');
    await refused(sup, 'POST', `/api/v1/delegations/${id}/withdraw`, { reason: '监督' }, 403, 'FORBIDDEN');
    await refused(admin, 'PUT', `/api/v1/delegations/${id}`, { validUntil: null, note: null }, 403, 'FORBIDDEN');
    await refused(coord, 'PUT', '/api/v1/delegations/999999', { validUntil: null, note: null }, 404, 'DELEGATION_NOT_FOUND');
    await refused(coord, 'PUT', `/api/v1/delegations/${id}`, { validUntil: shift(-1), note: null }, 400, 'DELEGATION_DATES_INVALID', '请撤回');
  });

  it('changes an entry’s end date and note, audited', async () => {
    const res = await coord.request({ method: 'PUT', url: `/api/v1/delegations/${id}`, payload: { validUntil: shift(30), note: '试行一个月' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ validUntil: shift(30), note: '试行一个月', status: 'active' });
    expect(await delegatesFor(t.deps.db, [simple.id], shift(31))).toEqual([]);
    expect(await delegatesFor(t.deps.db, [simple.id], shift(30))).toHaveLength(1);
    const last = await t.deps.db.selectFrom('audit_log').select(['action', 'before', 'after']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(last).toEqual({ action: 'delegation.update', before: { validUntil: null, note: '结果当日反馈卫健局' }, after: { validUntil: shift(30), note: '试行一个月' } });
  });

  it('withdraws an entry at once, keeping its record; a retired item leaves the library', async () => {
    const res = await coord.request({ method: 'POST', url: `/api/v1/delegations/${id}/withdraw`, payload: { reason: '市场监管局人手不足' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'withdrawn', withdrawalReason: '市场监管局人手不足', withdrawnAt: expect.any(String) });
    expect(await delegatesFor(t.deps.db, [simple.id], TODAY)).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/public/delegable-items' })).json().total).toBe(0);
    expect((await coord.request({ url: '/api/v1/delegations' })).json().total).toBe(0);
    expect((await coord.request({ url: '/api/v1/delegations?status=all' })).json().items[0]).toMatchObject({ id, status: 'withdrawn' });
    await refused(coord, 'POST', `/api/v1/delegations/${id}/withdraw`, { reason: '再撤一次' }, 409, 'DELEGATION_WITHDRAWN');
    await refused(coord, 'PUT', `/api/v1/delegations/${id}`, { validUntil: null, note: '复活' }, 409, 'DELEGATION_WITHDRAWN');

    // A new entry for the same pair may be added after a withdrawal; retiring the item takes it out of force.
    const again = await coord.request({ method: 'POST', url: '/api/v1/delegations', payload: body() });
    expect(again.statusCode).toBe(201);
    await admin.request({ method: 'POST', url: `/api/v1/departments/wjj/items/${simple.code}/retire`, payload: { reason: '法律依据已废止' } });
    expect(await delegatesFor(t.deps.db, [simple.id], TODAY)).toEqual([]);
    expect((await t.app.inject({ url: '/api/v1/public/delegable-items' })).json().total).toBe(0);
    await refused(coord, 'POST', '/api/v1/delegations', body({ delegate: 'wjj', department: 'wjj' }), 400, 'DELEGATE_IS_OWNER');
    const actions = (await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'delegation').orderBy('id').execute()).map((a) => a.action);
    expect(actions).toEqual(['delegation.create', 'delegation.update', 'delegation.withdraw', 'delegation.create']);
  });
});

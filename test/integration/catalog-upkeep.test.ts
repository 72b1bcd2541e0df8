/**
 * Keeping item catalogs alive (清单查, 54号): retiring and reactivating items (audited), items unused
 * for the policy's years flagged for retirement, the off-site item list and the public catalog.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usableItems, usableItemsByCode } from '../../src/modules/catalog/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

const TODAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
const yearsAgo = (n: number, days = 0) => {
  const d = new Date(`${Number(TODAY.slice(0, 4)) - n}${TODAY.slice(4)}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

describe.each(backends)('catalog upkeep on %s', (backend) => {
  let t: TestApp;
  let admin: Client;
  let other: Client;
  let sup: Client;
  let coord: Client;
  let d: { id: number; code: string; name: string };
  let enterprise: { id: number };
  const items: Record<string, { id: number; code: string; name: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    d = await newDepartment(db, { code: 'zjj', name: '云和县住房和城乡建设局' });
    const d2 = await newDepartment(db, { code: 'sfj' });
    for (const code of ['zjj-fresh', 'zjj-never', 'zjj-old-use', 'zjj-recent-use', 'zjj-draft-only', 'zjj-offsite-use', 'zjj-retire']) items[code] = await newItem(db, d.id, { code });
    await db.updateTable('inspection_items').set({ modes: ['onsite'] }).where('code', 'in', ['zjj-fresh', 'zjj-never']).execute();
    // Everything but zjj-fresh was created six years ago.
    await db.updateTable('inspection_items').set({ created_at: new Date(`${yearsAgo(6)}T02:00:00Z`) }).where('code', '!=', 'zjj-fresh').where('department_id', '=', d.id).execute();
    enterprise = await newEnterprise(db);
    const filing = async (itemId: number, date: string, state: 'completed' | 'draft') => {
      const f = await db
        .insertInto('filings')
        .values({ department_id: d.id, enterprise_id: enterprise.id, kind: 'random', path: 'planned', mode: 'onsite', planned_date: date, state })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db.insertInto('filing_items').values({ filing_id: f.id, item_id: itemId }).execute();
    };
    await filing(items['zjj-old-use'].id, yearsAgo(5, -10), 'completed');
    await filing(items['zjj-recent-use'].id, yearsAgo(1), 'completed');
    await filing(items['zjj-draft-only'].id, yearsAgo(0, -5), 'draft');
    const check = await db
      .insertInto('offsite_checks')
      .values({ department_id: d.id, enterprise_id: enterprise.id, source: 'data', checked_on: yearsAgo(2), result: 'pass', summary: '数据比对无异常' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db.insertInto('offsite_check_items').values({ check_id: check.id, item_id: items['zjj-offsite-use'].id }).execute();
    await newUser(db, 'dept_admin', { username: 'admin-zjj', departmentId: d.id });
    await newUser(db, 'dept_admin', { username: 'admin-sfj', departmentId: d2.id });
    await newUser(db, 'supervisor', { username: 'sup' });
    await newUser(db, 'coordinator', { username: 'coord' });
    admin = await t.signIn('admin-zjj');
    other = await t.signIn('admin-sfj');
    sup = await t.signIn('sup');
    coord = await t.signIn('coord');
  });
  afterAll(() => t.close());

  const auditCount = async () => Number((await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);

  it('flags items unused for the policy’s five years, counting filings beyond a draft and off-site checks', async () => {
    const res = await admin.request({ url: '/api/v1/departments/zjj/items/retirement-candidates' });
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ department: { code: 'zjj', name: d.name }, years: 5, cutoff: yearsAgo(5) });
    expect(body.items.map((i: { code: string }) => i.code)).toEqual(['zjj-draft-only', 'zjj-never', 'zjj-old-use', 'zjj-retire']);
    expect(body.items.find((i: { code: string }) => i.code === 'zjj-old-use')).toMatchObject({ lastUsedOn: yearsAgo(5, -10), unusedSince: yearsAgo(5, -10) });
    expect(body.items.find((i: { code: string }) => i.code === 'zjj-never')).toMatchObject({ lastUsedOn: null, unusedSince: yearsAgo(6), modes: ['onsite'] });
    expect((await coord.request({ url: '/api/v1/departments/zjj/items/retirement-candidates' })).statusCode).toBe(200);
    expect((await sup.request({ url: '/api/v1/departments/zjj/items/retirement-candidates' })).statusCode).toBe(200);
    const refused = await other.request({ url: '/api/v1/departments/zjj/items/retirement-candidates' });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().error.message).toContain('本部门');
  });

  it('retires an item with its reason (audited): it leaves the published catalog and cannot be used anew', async () => {
    const item = items['zjj-retire'];
    const res = await admin.request({ method: 'POST', url: `/api/v1/departments/zjj/items/${item.code}/retire`, payload: { reason: '连续五年未使用' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ code: item.code, status: 'retired' });
    const history = await t.deps.db.selectFrom('item_status_changes').select(['status', 'reason']).where('item_id', '=', item.id).execute();
    expect(history).toEqual([{ status: 'retired', reason: '连续五年未使用' }]);
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'entity_id', 'before', 'after']).orderBy('id', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit).toEqual({ action: 'item.retire', entity_id: `zjj/${item.code}`, before: { status: 'active' }, after: { status: 'retired', reason: '连续五年未使用' } });

    const pub = (await t.app.inject({ url: '/api/v1/public/items?department=zjj&limit=100' })).json();
    expect(pub.items.map((i: { code: string }) => i.code)).not.toContain(item.code);
    expect((await admin.request({ url: '/api/v1/departments/zjj/items?status=retired' })).json().items).toEqual([expect.objectContaining({ code: item.code, status: 'retired' })]);
    expect((await admin.request({ url: '/api/v1/departments/zjj/items?status=all' })).json().total).toBe(7);
    const candidates = (await admin.request({ url: '/api/v1/departments/zjj/items/retirement-candidates' })).json();
    expect(candidates.items.map((i: { code: string }) => i.code)).not.toContain(item.code);

    await expect(usableItems(t.deps.db, [item.id])).rejects.toMatchObject({ code: 'ITEM_RETIRED' });
    await expect(usableItemsByCode(t.deps.db, d, [item.code])).rejects.toMatchObject({ code: 'ITEM_RETIRED', messages: { zh: expect.stringContaining('已停用') } });
    await expect(usableItems(t.deps.db, [987654])).rejects.toMatchObject({ code: 'ITEM_NOT_FOUND' });
    const fine = await usableItems(t.deps.db, [items['zjj-fresh'].id]);
    expect(fine).toEqual([expect.objectContaining({ code: 'zjj-fresh', version: 1, department: { id: d.id, code: 'zjj', name: d.name } })]);
  });

  it('refuses a second retirement, another department, a supervisor and a missing reason, changing nothing', async () => {
    const before = await auditCount();
    const again = await admin.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-retire/retire', payload: { reason: '再次停用' } });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toEqual({ code: 'ITEM_ALREADY_RETIRED', message: '检查事项“zjj-retire”已停用。' });
    expect((await other.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-never/retire', payload: { reason: '越权' } })).statusCode).toBe(403);
    expect((await sup.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-never/retire', payload: { reason: '越权' } })).statusCode).toBe(403);
    const noReason = await admin.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-never/retire', payload: {} });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.message).toContain('reason');
    const missing = await admin.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-nope/retire', payload: { reason: '不存在' } });
    expect(missing.statusCode).toBe(404);
    expect((await admin.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-never/reactivate', payload: { reason: '本来就在用' } })).json().error.code).toBe('ITEM_ALREADY_ACTIVE');
    expect(await auditCount()).toBe(before);
    const status = await t.deps.db.selectFrom('inspection_items').select('status').where('code', '=', 'zjj-never').executeTakeFirstOrThrow();
    expect(status.status).toBe('active');
  });

  it('reactivates a retired item (audited); its unused time restarts', async () => {
    const res = await admin.request({ method: 'POST', url: '/api/v1/departments/zjj/items/zjj-retire/reactivate', payload: { reason: '新规要求恢复检查' } });
    expect(res.json()).toEqual({ code: 'zjj-retire', status: 'active' });
    const actions = (await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'inspection_item').orderBy('id').execute()).map((a) => a.action);
    expect(actions).toEqual(['item.retire', 'item.reactivate']);
    const candidates = (await admin.request({ url: '/api/v1/departments/zjj/items/retirement-candidates' })).json();
    expect(candidates.items.map((i: { code: string }) => i.code)).not.toContain('zjj-retire');
    expect((await t.app.inject({ url: '/api/v1/public/items?department=zjj&limit=100' })).json().total).toBe(7);
  });

  it('publishes each department’s off-site item list without sign-in', async () => {
    const res = await t.app.inject({ url: '/api/v1/public/offsite-items?department=zjj&limit=100' });
    expect(res.statusCode).toBe(200);
    const codes = res.json().items.map((i: { code: string; modes: string[] }) => i.code);
    expect(codes).toEqual(['zjj-draft-only', 'zjj-offsite-use', 'zjj-old-use', 'zjj-recent-use', 'zjj-retire']);
    expect(res.json().items.every((i: { modes: string[] }) => i.modes.includes('offsite'))).toBe(true);
    expect((await t.app.inject({ url: '/api/v1/public/offsite-items?department=sfj' })).json()).toEqual({ items: [], total: 0 });
    expect((await t.app.inject({ url: '/api/v1/public/offsite-items?department=nosuch' })).statusCode).toBe(404);
    expect((await admin.request({ url: '/api/v1/departments/zjj/items?mode=onsite' })).json().total).toBe(7);
  });
});

import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, loadMigrations, MigrationError } from '../../src/db/migrate.ts';
import { verifyAuditChain } from '../../src/modules/audit/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newTown, newUser } from '../helpers/factories.ts';

describe.each(backends)('API basics on %s', (backend) => {
  let t: TestApp;
  let coord: Client;
  let deptCode: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    const d = await newDepartment(db, { code: 'yjgl', name: '云和县应急管理局' });
    deptCode = d.code;
    for (let i = 0; i < 3; i++) await newItem(db, d.id);
    const town = await newTown(db, { code: 'fuyun', name: '浮云街道' });
    for (let i = 0; i < 25; i++) await newEnterprise(db, { grade: i % 2 ? 'B' : 'D', townId: i < 5 ? town.id : undefined });
    await newEnterprise(db, { grade: 'A', name: '云和县独一无二木玩有限公司' });
    await newUser(db, 'coordinator', { username: 'coord' });
    coord = await t.signIn('coord');
  });
  afterAll(() => t.close());

  it('lists departments and a department’s items in the documented shape', async () => {
    const res = await coord.request({ url: '/api/v1/departments' });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ code: 'yjgl', name: '云和县应急管理局', itemCount: 3 });
    const items = await coord.request({ url: `/api/v1/departments/${deptCode}/items` });
    expect(items.json().total).toBe(3);
    expect(items.json().items[0]).toMatchObject({ legalBasis: expect.any(String), modes: ['onsite', 'offsite'], delegable: false, version: 1 });
  });

  it('pages and filters enterprises by grade, town and text', async () => {
    const page = await coord.request({ url: '/api/v1/enterprises?limit=10&offset=20' });
    expect(page.json().total).toBe(26);
    expect(page.json().items).toHaveLength(6);
    const d = await coord.request({ url: '/api/v1/enterprises?grade=D&limit=100' });
    expect(d.json().items.every((e: { grade: string }) => e.grade === 'D')).toBe(true);
    expect(d.json().total).toBe(13);
    const town = await coord.request({ url: '/api/v1/enterprises?town=fuyun' });
    expect(town.json().total).toBe(5);
    expect(town.json().items[0].town).toEqual({ code: 'fuyun', name: '浮云街道' });
    const q = await coord.request({ url: `/api/v1/enterprises?q=${encodeURIComponent('独一无二')}` });
    expect(q.json().items.map((e: { grade: string }) => e.grade)).toEqual(['A']);
  });

  it('rejects unknown fields, bad values and out-of-range paging with a clear zh-CN error, changing nothing', async () => {
    const unknown = await coord.request({ url: '/api/v1/enterprises?colour=red' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.code).toBe('VALIDATION_FAILED');
    expect(unknown.json().error.message).toContain('colour');
    const grade = await coord.request({ url: '/api/v1/enterprises?grade=E' });
    expect(grade.statusCode).toBe(400);
    expect((await coord.request({ url: '/api/v1/enterprises?limit=100000' })).statusCode).toBe(400);
    const before = await t.deps.db.selectFrom('inspection_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const extra = await coord.request({
      method: 'POST',
      url: `/api/v1/departments/${deptCode}/items`,
      payload: { code: 'new-1', name: 'x', legalBasis: 'y', modes: ['onsite'], delegable: false, checklist: [], isAdmin: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(extra.json().error.message).toMatch(/^请求参数不合法/);
    const badMode = await coord.request({
      method: 'POST',
      url: `/api/v1/departments/${deptCode}/items`,
      headers: { 'accept-language': 'en' },
      payload: { code: 'new-1', name: 'x', legalBasis: 'y', modes: ['teleport'], delegable: false, checklist: [] },
    });
    expect(badMode.statusCode).toBe(400);
    expect(badMode.json().error.message).toMatch(/^Invalid request/);
    const after = await t.deps.db.selectFrom('inspection_items').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('turns a constraint violation into a 409 with its meaning, never a 500', async () => {
    const body = { code: 'dup-1', name: '重复事项', legalBasis: '《行政处罚法》', modes: ['onsite'], delegable: false, checklist: ['问题'] };
    expect((await coord.request({ method: 'POST', url: `/api/v1/departments/${deptCode}/items`, payload: body })).statusCode).toBe(201);
    const again = await coord.request({ method: 'POST', url: `/api/v1/departments/${deptCode}/items`, payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'DUPLICATE', message: '记录已存在（唯一性约束）。' });
    expect(again.body).not.toMatch(/duplicate key|inspection_items_department_id_code_key/);
  });

  it('enforces the USCC check character in the database itself', async () => {
    const jid = (await t.deps.db.selectFrom('jurisdictions').select('id').executeTakeFirstOrThrow()).id;
    await expect(
      t.deps.db.insertInto('enterprises').values({ jurisdiction_id: jid, uscc: '91350100M000100Y44', name: '坏代码', industry: '其他' }).execute(),
    ).rejects.toThrow(/check constraint/);
  });

  it('answers unknown routes and unknown records with 404 in the error shape', async () => {
    const route = await coord.request({ url: '/api/v1/nothing-here' });
    expect(route.statusCode).toBe(404);
    expect(route.json().error.code).toBe('NOT_FOUND');
    const dept = await coord.request({ url: '/api/v1/departments/nosuch/items' });
    expect(dept.statusCode).toBe(404);
    expect(dept.json().error.code).toBe('DEPARTMENT_NOT_FOUND');
  });

  it('publishes an OpenAPI 3.1 document listing the routes', async () => {
    const res = await t.app.inject({ url: '/api/docs/json' });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of ['/api/v1/health', '/api/v1/auth/login', '/api/v1/departments', '/api/v1/departments/{code}/items', '/api/v1/enterprises']) {
      expect(Object.keys(doc.paths)).toContain(path);
    }
    expect((await t.app.inject({ url: '/api/docs' })).statusCode).toBeLessThan(400);
  });

  it('keeps a verifiable audit chain and names the first entry altered by hand', async () => {
    const ok = await verifyAuditChain(t.deps.db);
    expect(ok.ok).toBe(true);
    expect(ok.entries).toBeGreaterThan(1);
    const second = await t.deps.db.selectFrom('audit_log').select('id').orderBy('id').offset(1).limit(1).executeTakeFirstOrThrow();
    await sql`update audit_log set after = '{"forged": true}' where id = ${second.id}`.execute(t.deps.db);
    const broken = await verifyAuditChain(t.deps.db);
    expect(broken).toMatchObject({ ok: false, brokenId: second.id, reason: 'HASH_MISMATCH' });
  });

  it('refuses a database migrated by a newer version, and a changed migration', async () => {
    const known = loadMigrations();
    await expect(migrate(t.deps.db, known)).resolves.toMatchObject({ applied: [] });
    await expect(migrate(t.deps.db, known.slice(0, -1))).rejects.toMatchObject({ code: 'DATABASE_TOO_NEW' });
    const tampered = known.map((m, i) => (i === 0 ? { ...m, checksum: 'x'.repeat(64) } : m));
    await expect(migrate(t.deps.db, tampered)).rejects.toBeInstanceOf(MigrationError);
  });
});

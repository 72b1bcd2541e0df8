import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backends } from '../helpers/db.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { newDepartment, newUser, TEST_PASSWORD } from '../helpers/factories.ts';

describe.each(backends)('accounts and sessions on %s', (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend, { LOGIN_MAX_FAILURES: '3' });
    const d = await newDepartment(t.deps.db, { code: 'scjg' });
    await newUser(t.deps.db, 'coordinator', { username: 'coord' });
    await newUser(t.deps.db, 'dept_admin', { username: 'admin-scjg', departmentId: d.id });
    await newUser(t.deps.db, 'inspector', { username: 'victim', departmentId: d.id });
  });
  afterAll(() => t.close());

  it('answers health with the database reachable', async () => {
    const res = await t.app.inject({ url: '/api/v1/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('signs in, returns the user and a CSRF token, and sets an httpOnly SameSite cookie', async () => {
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'admin-scjg', password: TEST_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'admin-scjg', role: 'dept_admin', department: { code: 'scjg' }, enterprise: null });
    expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
    const cookie = res.cookies.find((c) => c.name === 'yqs_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Strict');
  });

  it('refuses a wrong password with a zh-CN message, and in English when asked', async () => {
    const zh = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'coord', password: 'nope' } });
    expect(zh.statusCode).toBe(401);
    expect(zh.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误。' } });
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', headers: { 'accept-language': 'en-US' }, payload: { username: 'ghost', password: 'nope' } });
    expect(en.json().error).toEqual({ code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' });
  });

  it('locks an account after repeated failures, even for the right password, and audits the lock', async () => {
    for (let i = 0; i < 3; i++) {
      const r = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'victim', password: `bad-${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await t.app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username: 'victim', password: TEST_PASSWORD } });
    expect(locked.statusCode).toBe(423);
    expect(locked.json().error.code).toBe('ACCOUNT_LOCKED');
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'auth.locked').execute();
    expect(audit).toHaveLength(1);
  });

  it('needs the CSRF token for state-changing requests made with the cookie', async () => {
    const c = await t.signIn('coord');
    const without = await c.request({ method: 'POST', url: '/api/v1/api-keys', payload: { name: 'x', username: 'coord' }, csrf: false });
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('CSRF_TOKEN_INVALID');
    const wrong = await c.request({ method: 'POST', url: '/api/v1/api-keys', payload: { name: 'x', username: 'coord' }, csrf: false, headers: { 'x-csrf-token': 'forged' } });
    expect(wrong.statusCode).toBe(403);
    const keys = await t.deps.db.selectFrom('api_keys').selectAll().execute();
    expect(keys).toHaveLength(0);
  });

  it('answers the session, and signs out so the cookie no longer works', async () => {
    const c = await t.signIn('coord');
    const s = await c.request({ url: '/api/v1/auth/session' });
    expect(s.statusCode).toBe(200);
    expect(s.json().csrfToken).toBe(c.csrfToken);
    expect((await c.request({ method: 'POST', url: '/api/v1/auth/logout' })).statusCode).toBe(204);
    expect((await c.request({ url: '/api/v1/auth/session' })).statusCode).toBe(401);
  });

  it('issues an API key shown once, accepts it without CSRF, and refuses it once revoked', async () => {
    const c = await t.signIn('coord');
    const issued = await c.request({ method: 'POST', url: '/api/v1/api-keys', payload: { name: '省平台对接', username: 'admin-scjg' } });
    expect(issued.statusCode).toBe(201);
    const { id, key } = issued.json();
    expect(key).toMatch(/^yqs_/);
    const stored = await t.deps.db.selectFrom('api_keys').select('key_hash').where('id', '=', id).executeTakeFirstOrThrow();
    expect(stored.key_hash).not.toContain(key);
    const list = await c.request({ url: '/api/v1/api-keys' });
    expect(JSON.stringify(list.json())).not.toContain(key);

    const asKey = await t.app.inject({ url: '/api/v1/departments/scjg/inspectors', headers: { authorization: `Bearer ${key}` } });
    expect(asKey.statusCode).toBe(200);
    // The key carries its user's role: a department admin may not manage keys.
    const escalate = await t.app.inject({ method: 'POST', url: '/api/v1/api-keys', headers: { authorization: `Bearer ${key}` }, payload: { name: 'y', username: 'coord' } });
    expect(escalate.statusCode).toBe(403);

    expect((await c.request({ method: 'DELETE', url: `/api/v1/api-keys/${id}` })).statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/departments/scjg/inspectors', headers: { authorization: `Bearer ${key}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('INVALID_API_KEY');
    const actions = (await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'api_key').execute()).map((r) => r.action);
    expect(actions).toEqual(['apikey.issue', 'apikey.revoke']);
  });

  it('asks anonymous callers to sign in', async () => {
    const res = await t.app.inject({ url: '/api/v1/enterprises' });
    expect(res.statusCode).toBe(401);
    expect(res.json().error).toEqual({ code: 'UNAUTHENTICATED', message: '请先登录。' });
  });
});

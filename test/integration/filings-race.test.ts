/**
 * Two filings race for a grade-B enterprise's one on-site visit of the year (R5): two app instances,
 * each with its own connection pool on the same PostgreSQL database, accept at the same moment.
 * Accepting locks the enterprise row, so exactly one wins and the other is refused with R5.
 */
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import type { Deps } from '../../src/modules/deps.ts';
import { buildApp } from '../../src/server/app.ts';
import { createTestApp, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newInspector, newItem, newUser, TEST_PASSWORD } from '../helpers/factories.ts';

const now = () => new Date('2026-03-02T02:00:00.000Z');

async function signIn(app: FastifyInstance, username: string) {
  const res = await app.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password: TEST_PASSWORD } });
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = (res.json() as { csrfToken: string }).csrfToken;
  return (method: 'POST' | 'GET', url: string, payload?: Record<string, unknown>) =>
    app.inject({ method, url, headers: { cookie, 'x-csrf-token': csrf }, ...(payload ? { payload } : {}) });
}

describe.each(backends)('the last visit of the year on %s', (backend) => {
  const onPostgres = backend === 'postgres'; // PGlite has one connection: nothing can race there
  let t: TestApp;
  let second: { handle: DatabaseHandle; app: FastifyInstance };
  const filings: number[] = [];

  beforeAll(async () => {
    if (!onPostgres) return;
    t = await createTestApp(backend);
    t.deps.now = now;
    const db = t.deps.db;
    const enterprise = await newEnterprise(db, { grade: 'B' });
    for (const code of ['scjg', 'yjgl']) {
      const d = await newDepartment(db, { code });
      await newItem(db, d.id, { code: `${code}-001` });
      await newUser(db, 'dept_admin', { departmentId: d.id, username: `admin-${code}` });
      await newUser(db, 'dept_head', { departmentId: d.id, username: `head-${code}` });
      await newInspector(db, d.id, { username: `insp-${code}-1` });
      await newInspector(db, d.id, { username: `insp-${code}-2` });
    }
    await newUser(db, 'coordinator', { username: 'coord' });
    for (const code of ['scjg', 'yjgl']) {
      const admin = await signIn(t.app, `admin-${code}`);
      const head = await signIn(t.app, `head-${code}`);
      const created = await admin('POST', '/api/v1/filings', {
        department: code,
        enterprise: enterprise.uscc,
        kind: 'campaign',
        path: 'planned',
        campaignBasis: '丽水市安全生产专项整治方案',
        mode: 'onsite',
        plannedDate: code === 'scjg' ? '2026-03-10' : '2026-04-08',
        items: [`${code}-001`],
        inspectors: [`insp-${code}-1`, `insp-${code}-2`],
      });
      expect(created.statusCode, created.body).toBe(201);
      const id = created.json().id as number;
      expect((await admin('POST', `/api/v1/filings/${id}/submit`, {})).statusCode).toBe(200);
      expect((await head('POST', `/api/v1/filings/${id}/approve`, {})).statusCode).toBe(200);
      filings.push(id);
    }
    const handle = await openDatabase({ url: t.database.url! });
    const deps: Deps = { db: handle.db, config: t.deps.config, now };
    const app = await buildApp(deps, { serveUi: false });
    await app.ready();
    second = { handle, app };
  });
  afterAll(async () => {
    await second?.app.close();
    await second?.handle.close();
    await t?.close();
  });

  it.runIf(onPostgres)('lets exactly one of two concurrent acceptances win', async () => {
    const [one, two] = await Promise.all([signIn(t.app, 'coord'), signIn(second.app, 'coord')]);
    const results = await Promise.all([one('POST', `/api/v1/filings/${filings[0]}/accept`, {}), two('POST', `/api/v1/filings/${filings[1]}/accept`, {})]);
    const codes = results.map((r) => r.statusCode).sort();
    expect(codes, results.map((r) => r.body).join('\n')).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(loser.json().error.code).toBe('R5_CAP_REACHED');
    expect(loser.json().error.message).toContain('B 类企业');
    const states = await t.deps.db.selectFrom('filings').select('state').where('id', 'in', filings).execute();
    expect(states.map((s) => s.state).sort()).toEqual(['head_approved', 'notified']);
  });
});

/**
 * Data scoping across every API route that exists: a department user cannot read or change another
 * department's records, an enterprise user another enterprise's, a supervisor changes nothing.
 * A new route must be added to EXPECTATIONS, or this test fails: scoping is decided, never forgotten.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newFiling, newNotice, newOfficialVisit } from '../helpers/factories.ts';
import { newDepartment, newEnterprise, newItem, newPlan, newUser } from '../helpers/factories.ts';

type Outcome = 'ok' | 'denied';
interface Expectation {
  /** A department admin of department 1 calling with department 2's / enterprise 2's ids. */
  otherDepartment: Outcome;
  /** Enterprise 1's user calling with enterprise 2's / department 2's ids. */
  otherEnterprise: Outcome;
  supervisor: Outcome;
  body?: Record<string, unknown>;
}

const filingBody = { department: ':code', enterprise: ':uscc', kind: 'random', path: 'planned', mode: 'onsite', plannedDate: '2026-03-10', items: [':item'], inspectors: ['insp-2'] };
const itemBody = { name: '越权新增事项', legalBasis: '无', modes: ['onsite'], delegable: false, checklist: ['q'] };

// ok = allowed by design (public or not owned by one department/enterprise); denied = 401/403.
const EXPECTATIONS: Record<string, Expectation> = {
  'GET /api/v1/health': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/meta': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/public/departments': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/public/items': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'POST /api/v1/auth/login': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/auth/session': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'POST /api/v1/auth/logout': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/api-keys': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  'POST /api/v1/api-keys': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { name: 'k', username: 'admin-2' } },
  'DELETE /api/v1/api-keys/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  // Catalogs are published to the public; staff read all of them.
  'GET /api/v1/departments': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/departments/:code': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/departments/:code/items': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/departments/:code/items': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { code: 'x-new', ...itemBody } },
  'PUT /api/v1/departments/:code/items/:item': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: itemBody },
  'GET /api/v1/departments/:code/inspectors': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/towns': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  // Staff look enterprises up to plan inspections; an enterprise sees only itself.
  'GET /api/v1/enterprises': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/enterprises/:uscc': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/audit': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  // Filings are their department's records; the coordinator reviews; supervisors read; the enterprise sees its own notices.
  'POST /api/v1/filings': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: filingBody },
  'POST /api/v1/filings/check': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: filingBody },
  'GET /api/v1/filings': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/filings.xlsx': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/filings/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'PATCH /api/v1/filings/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { plannedDate: '2026-03-12', items: [':item'] } },
  // Merge offers: any department may ask about any enterprise (it sees only the visits' days and departments).
  'GET /api/v1/enterprises/:uscc/merge-offers': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'denied' },
  'POST /api/v1/filings/:id/submit': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  'POST /api/v1/filings/:id/approve': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  'POST /api/v1/filings/:id/reject': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权退回' } },
  'POST /api/v1/filings/:id/accept': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  'POST /api/v1/filings/:id/return': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权退回' } },
  'POST /api/v1/filings/:id/require-merge': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权合并' } },
  'POST /api/v1/filings/:id/cancel': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权撤销' } },
  'POST /api/v1/filings/:id/register': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { items: [':item'] } },
  'GET /api/v1/filings/:id/checklist': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/filings/:id/arrive': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { codeShown: true } },
  'POST /api/v1/filings/:id/complete': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { answers: [], outcome: 'none' } },
  'GET /api/v1/filings/:id/notice.html': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/enterprise/notices': { otherDepartment: 'denied', otherEnterprise: 'ok', supervisor: 'denied' },
  'GET /api/v1/enterprise/notices/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  'POST /api/v1/enterprise/notices/:id/acknowledge': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  // Before a visit, staff see the enterprise's history with every department.
  'GET /api/v1/enterprises/:uscc/history': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/offsite-checks': {
    otherDepartment: 'denied',
    otherEnterprise: 'denied',
    supervisor: 'denied',
    body: { department: ':code', enterprise: ':uscc', source: 'data', checkedOn: '2026-01-05', items: [':item'], result: 'pass', summary: '越权记录' },
  },
  'GET /api/v1/offsite-checks': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/visits': {
    otherDepartment: 'denied',
    otherEnterprise: 'denied',
    supervisor: 'denied',
    body: { type: 'research', enterprise: ':uscc', department: ':code', organiser: '越权单位', visitDate: '2099-12-10', purpose: '调研', businessRelation: '相关', relatedToBusiness: true },
  },
  'GET /api/v1/visits': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/visits/:id/cancel': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  // Catalog upkeep: a department retires only its own items; usage is the department's own record.
  'GET /api/v1/departments/:code/items/retirement-candidates': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/departments/:code/items/:item/retire': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权停用' } },
  'POST /api/v1/departments/:code/items/:item/reactivate': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权恢复' } },
  // Annual plans are their department's records (a department lists its own); the coordinator reviews; published ones are public.
  'GET /api/v1/plans': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/plans': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { department: ':code', year: 2026, tasks: [] } },
  'GET /api/v1/plans/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/plans/:id.xlsx': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'PUT /api/v1/plans/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { tasks: [] } },
  'DELETE /api/v1/plans/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  'POST /api/v1/plans/:id/submit': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  'POST /api/v1/plans/:id/comment': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { comment: '越权意见' } },
  'POST /api/v1/plans/:id/return': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { comment: '越权退回' } },
  'POST /api/v1/plans/:id/accept': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  'POST /api/v1/plans/:id/publish': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  'POST /api/v1/plans/:id/revise': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权修订' } },
  'GET /api/v1/public/plans': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/public/plans.xlsx': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/public/offsite-items': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  // The delegable-item library is kept by the coordinator alone; staff read it, the public reads what is in force.
  'GET /api/v1/delegations': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/delegations': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  'PUT /api/v1/delegations/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { validUntil: null, note: null } },
  'POST /api/v1/delegations/:id/withdraw': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权撤回' } },
  'GET /api/v1/public/delegable-items': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  // The policy and the calendar are the same for every department; only the coordinator changes them.
  'GET /api/v1/policy': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/policy/versions': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/policy/versions': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  'GET /api/v1/calendar': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/calendar/overrides': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/calendar/overrides': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { date: '2026-04-01', kind: 'holiday' } },
  'DELETE /api/v1/calendar/overrides/:date': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
  'PUT /api/v1/calendar/years/:year': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { arrangementPublished: true } },
  // A department checks only its own inspections (the body names department 2).
  'POST /api/v1/rule-checks': {
    otherDepartment: 'denied',
    otherEnterprise: 'denied',
    supervisor: 'denied',
    body: { enterprise: ':uscc', department: ':code', items: [':item'], mode: 'onsite', date: '2026-03-10' },
  },
  // Anyone verifies a code and reads the public keys; only the coordinator rotates the signing key.
  'GET /api/v1/codes/keys': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'GET /api/v1/codes/:token': { otherDepartment: 'ok', otherEnterprise: 'ok', supervisor: 'ok' },
  'POST /api/v1/codes/keys/rotate': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: {} },
  // The enterprise portal is the enterprise's own (asking for what is already so changes nothing); a visit is rated only by the enterprise visited.
  'GET /api/v1/enterprise/history': { otherDepartment: 'denied', otherEnterprise: 'ok', supervisor: 'denied' },
  'POST /api/v1/enterprise/merge-opt-out': { otherDepartment: 'denied', otherEnterprise: 'ok', supervisor: 'denied', body: { optOut: false } },
  'POST /api/v1/enterprise/visits/:id/rating': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { score: 5 } },
  // Individual ratings: coordinator and supervisors only; a department sees its own anonymous aggregate.
  'GET /api/v1/ratings': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/ratings/summary': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  // Alerts: coordinator and supervisors read them, never a department or enterprise; only the coordinator marks one handled.
  'GET /api/v1/alerts': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/alerts/summary': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/alerts.xlsx': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/alerts/:key/acknowledge': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { note: '越权处理' } },
  // KPIs: county aggregates for the coordinator, supervisors and departments (a department's breakdown shows its own row only).
  'GET /api/v1/kpi': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/kpi.xlsx': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  // 综合查一次: the coordinator runs and decides merge proposals, supervisors read them; a joint visit is read by the departments in it.
  'POST /api/v1/merge-proposals/runs': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { from: '2026-03-01', to: '2026-03-31' } },
  'GET /api/v1/merge-proposals': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/merge-proposals/:id/accept': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权合并' } },
  'POST /api/v1/merge-proposals/:id/reject': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied', body: { reason: '越权驳回' } },
  'GET /api/v1/joint-visits': { otherDepartment: 'ok', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/joint-visits/:id': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'GET /api/v1/joint-visits/:id/checklist.xlsx': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'ok' },
  'POST /api/v1/joint-visits/:id/code': { otherDepartment: 'denied', otherEnterprise: 'denied', supervisor: 'denied' },
};

describe.each(backends)('data scoping on %s', (backend) => {
  let t: TestApp;
  let ids: { dept2: string; item2: string; uscc2: string; key2: number; plan2: number };
  const clients: Record<'dept' | 'enterprise' | 'supervisor', Client> = {} as never;
  let mine: { filing2: number; notice2: number; visit2: number };

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    const d1 = await newDepartment(db);
    const d2 = await newDepartment(db);
    const i2 = await newItem(db, d2.id);
    const e1 = await newEnterprise(db);
    const e2 = await newEnterprise(db);
    await newUser(db, 'dept_admin', { username: 'admin-1', departmentId: d1.id });
    await newUser(db, 'dept_admin', { username: 'admin-2', departmentId: d2.id });
    await newUser(db, 'inspector', { username: 'insp-2', departmentId: d2.id });
    await newUser(db, 'enterprise', { username: 'ent-1', enterpriseId: e1.id });
    await newUser(db, 'supervisor', { username: 'sup' });
    const coord = await newUser(db, 'coordinator', { username: 'coord' });
    const key = await db
      .insertInto('api_keys')
      .values({ user_id: coord.id, name: 'k', prefix: 'abcdefgh', key_hash: 'f'.repeat(64) })
      .returning('id')
      .executeTakeFirstOrThrow();
    const plan2 = await newPlan(db, d2.id, { itemIds: [i2.id] });
    ids = { dept2: d2.code, item2: i2.code, uscc2: e2.uscc, key2: key.id, plan2: plan2.id };
    const filing2 = await newFiling(db, { departmentId: d2.id, enterpriseId: e2.id, itemId: i2.id, state: 'notified' });
    const notice2 = await newNotice(db, filing2.id, e2.id);
    const visit2 = await newOfficialVisit(db, { enterpriseId: e2.id, departmentId: d2.id });
    mine = { filing2: filing2.id, notice2: notice2.id, visit2: visit2.id };
    // A joint visit of department 2 (another of its filings joins filing2): the lead filing is its id.
    const joined2 = await newFiling(db, { departmentId: d2.id, enterpriseId: e2.id, itemId: i2.id, state: 'notified' });
    await db.updateTable('filings').set({ joins_filing_id: filing2.id }).where('id', '=', joined2.id).execute();
    clients.dept = await t.signIn('admin-1');
    clients.enterprise = await t.signIn('ent-1');
    clients.supervisor = await t.signIn('sup');
  });
  afterAll(() => t.close());

  const fillMine = (url: string) =>
    url.replace('/joint-visits/:id', `/joint-visits/${mine.filing2}`).replace('/filings/:id', `/filings/${mine.filing2}`).replace('/enterprise/notices/:id', `/enterprise/notices/${mine.notice2}`).replace('/visits/:id', `/visits/${mine.visit2}`);
  const fill = (url: string) =>
    fillMine(url).replace('/plans/:id', `/plans/${ids.plan2}`).replace(':code', ids.dept2).replace(':item', ids.item2).replace(':uscc', ids.uscc2).replace(':id', String(ids.key2));

  it('has an expectation for every API route', () => {
    const routes = t.app.apiRoutes.map((r) => `${r.method} ${r.url}`).sort();
    expect(routes).toEqual(Object.keys(EXPECTATIONS).sort());
  });

  for (const who of ['otherDepartment', 'otherEnterprise', 'supervisor'] as const) {
    it(`keeps ${who} to what it may reach on every route`, async () => {
      const client = who === 'otherDepartment' ? clients.dept : who === 'otherEnterprise' ? clients.enterprise : clients.supervisor;
      const auditBefore = await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      for (const route of t.app.apiRoutes) {
        const key = `${route.method} ${route.url}`;
        if (key.startsWith('POST /api/v1/auth/')) continue; // sign-in/out change only the caller's own session
        const e = EXPECTATIONS[key];
        const res = await client.request({ method: route.method as 'GET', url: fill(route.url), ...(e.body ? { payload: JSON.parse(fill(JSON.stringify(e.body))) } : {}) });
        const outcome: Outcome = res.statusCode === 401 || res.statusCode === 403 ? 'denied' : 'ok';
        expect({ key, status: res.statusCode, outcome }).toEqual({ key, status: res.statusCode, outcome: e[who] });
        if (outcome === 'ok') expect(res.statusCode, `${key}: ${res.body}`).toBeLessThan(300);
      }
      const auditAfter = await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(auditAfter.n).toBe(auditBefore.n); // nothing was changed
    });
  }

  it('lets a department admin change its own catalog, with a new version and an audit entry', async () => {
    const d1 = await t.deps.db.selectFrom('departments').select('code').orderBy('id').executeTakeFirstOrThrow();
    const created = await clients.dept.request({ method: 'POST', url: `/api/v1/departments/${d1.code}/items`, payload: { code: 'own-1', ...itemBody, name: '本部门事项' } });
    expect(created.statusCode).toBe(201);
    const changed = await clients.dept.request({ method: 'PUT', url: `/api/v1/departments/${d1.code}/items/own-1`, payload: { ...itemBody, name: '本部门事项', checklist: ['新问题一', '新问题二'] } });
    expect(changed.json()).toEqual({ code: 'own-1', version: 2 });
    const versions = await t.deps.db.selectFrom('inspection_item_versions').select('version').orderBy('version').execute();
    expect(versions.map((v) => v.version)).toContain(2);
    const actions = (await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'inspection_item').execute()).map((a) => a.action);
    expect(actions).toEqual(['item.create', 'item.update']);
  });

  it('lets an enterprise user read its own enterprise only', async () => {
    const own = await t.deps.db.selectFrom('enterprises').select('uscc').orderBy('id').executeTakeFirstOrThrow();
    expect((await clients.enterprise.request({ url: `/api/v1/enterprises/${own.uscc}` })).statusCode).toBe(200);
    expect((await clients.enterprise.request({ url: `/api/v1/enterprises/${ids.uscc2}` })).statusCode).toBe(403);
  });
});

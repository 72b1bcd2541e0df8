/**
 * Merge offers while filing (issue 5 item 1): GET /enterprises/:uscc/merge-offers lists other
 * departments' open visits on a day the filing could take (and nearby ones), none for an opted-out
 * enterprise or a full visit; joining with joinsFilingId makes the filing a member of the visit,
 * counted once (R5); every unlawful join is refused with a stable code, a zh message, nothing written.
 * Today is Monday 2026-03-02 (Beijing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newInspector, newItem, newUser } from '../helpers/factories.ts';

type State = 'draft' | 'submitted' | 'accepted' | 'notified' | 'in_progress' | 'completed' | 'cancelled';
interface Offer {
  leadFilingId: number;
  date: string;
  state: string;
  departments: { code: string; name: string }[];
  joinable: boolean;
  reason: { code: string; zh: string } | null;
}
interface Finding {
  rule: string;
  code: string;
  data?: Record<string, unknown>;
}

/** A filing straight into the table (a visit of another department, or a member of one). */
async function visit(db: Database, o: { departmentId: number; enterpriseId: number; date?: string; state?: State; joins?: number; mode?: 'onsite' | 'offsite' }) {
  const row = await db
    .insertInto('filings')
    .values({ department_id: o.departmentId, enterprise_id: o.enterpriseId, kind: 'random', path: 'planned', mode: o.mode ?? 'onsite', planned_date: o.date ?? '2026-03-10', state: o.state ?? 'accepted', joins_filing_id: o.joins ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(row.id);
}

describe.each(backends)('merge offers and joining a visit on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const e: Record<string, { id: number; uscc: string }> = {};
  const d: Record<string, { id: number; code: string; name: string }> = {};
  const lead: Record<string, number> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = () => new Date('2026-03-02T02:00:00.000Z');
    const db = t.deps.db;
    for (const [k, name] of [['a', '云和县市场监督管理局'], ['b', '云和县应急管理局'], ['c', '云和县消防救援大队'], ['d', '云和县生态环境分局'], ['e', '云和县卫生健康局'], ['f', '云和县住房和城乡建设局']]) {
      d[k] = await newDepartment(db, { code: `dep-${k}`, name });
      await newItem(db, d[k].id, { code: `${k}-001` });
    }
    for (const [k, grade] of [['b1', 'B'], ['c1', 'C'], ['optout', 'C'], ['full', 'C'], ['other', 'C'], ['closed', 'C']] as const) e[k] = await newEnterprise(db, { grade });
    await newUser(db, 'dept_admin', { departmentId: d.a.id, username: 'admin-a' });
    await newUser(db, 'dept_head', { departmentId: d.a.id, username: 'head-a' });
    await newUser(db, 'dept_admin', { departmentId: d.b.id, username: 'admin-b' });
    for (const u of ['insp-a1', 'insp-a2']) await newInspector(db, d.a.id, { username: u });
    for (const u of ['insp-b1', 'insp-b2']) await newInspector(db, d.b.id, { username: u });
    const coord = await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    for (const u of ['admin-a', 'head-a', 'admin-b', 'coord', 'sup']) c[u] = await t.signIn(u);
    // The opted-out enterprise, with a visit another department plans there.
    await db.insertInto('merge_opt_outs').values({ enterprise_id: e.optout.id, opt_out: true, reason: '生产旺季，希望各部门分别安排', set_by: coord.id }).execute();
    lead.optout = await visit(db, { departmentId: d.a.id, enterpriseId: e.optout.id });
    // A full visit: department a leads, c, d, e and f joined (5 departments, the policy's most).
    lead.full = await visit(db, { departmentId: d.a.id, enterpriseId: e.full.id });
    for (const k of ['c', 'd', 'e', 'f']) await visit(db, { departmentId: d[k].id, enterpriseId: e.full.id, joins: lead.full });
    // A visit at c1 led by a (filed, awaiting its head), one member from c; and visits that cannot be joined.
    lead.c1 = await visit(db, { departmentId: d.a.id, enterpriseId: e.c1.id, state: 'submitted' });
    lead.c1member = await visit(db, { departmentId: d.c.id, enterpriseId: e.c1.id, joins: lead.c1 });
    for (const s of ['cancelled', 'completed', 'in_progress', 'draft'] as const) lead[s] = await visit(db, { departmentId: d.a.id, enterpriseId: e.closed.id, state: s });
  });
  afterAll(() => t.close());

  const offers = (who: string, uscc: string, from: string, to?: string) =>
    c[who].request({ url: `/api/v1/enterprises/${uscc}/merge-offers?from=${from}${to ? `&to=${to}` : ''}` });
  const body = (o: Record<string, unknown> = {}) => ({
    department: d.b.code,
    enterprise: e.c1.uscc,
    kind: 'campaign',
    path: 'planned',
    campaignBasis: '丽水市安全生产专项整治方案',
    mode: 'onsite',
    plannedDate: '2026-03-10',
    items: ['b-001'],
    inspectors: ['insp-b1', 'insp-b2'],
    ...o,
  });
  const file = (o: Record<string, unknown> = {}, who = 'admin-b') => c[who].request({ method: 'POST', url: '/api/v1/filings', payload: body(o) });
  const counts = async () => ({
    filings: Number((await t.deps.db.selectFrom('filings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    audit: Number((await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  });
  async function refused(o: Record<string, unknown>, status: number, code: string, who = 'admin-b') {
    const before = await counts();
    const res = await file(o, who);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await counts()).toEqual(before);
  }

  it('offers another department’s visit on a day inside the window, with only the day, departments, lead and state', async () => {
    const res = await offers('admin-b', e.c1.uscc, '2026-03-09', '2026-03-13');
    expect(res.statusCode, res.body).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ from: '2026-03-09', to: '2026-03-13', nearbyFrom: '2026-02-07', nearbyTo: '2026-04-12', windowDays: 30, maxDepartments: 5, optedOut: false, nearby: [] });
    expect(view.offers).toEqual([
      {
        leadFilingId: lead.c1,
        date: '2026-03-10',
        state: 'submitted',
        stateLabel: '待负责人审批',
        departments: [
          { code: d.a.code, name: d.a.name },
          { code: d.c.code, name: d.c.name },
        ],
        joinable: true,
        reason: null,
      },
    ]);
    expect(res.body).not.toMatch(/insp-|a-001|items|inspectors/);
  });

  it('lists a visit outside the window only as nearby, and nothing far away', async () => {
    const near = (await offers('admin-b', e.c1.uscc, '2026-03-16', '2026-03-20')).json();
    expect(near.offers).toEqual([]);
    expect(near.nearby).toMatchObject([{ leadFilingId: lead.c1, joinable: false, reason: { code: 'OUTSIDE_WINDOW' } }]);
    const far = (await offers('admin-b', e.c1.uscc, '2026-06-01', '2026-06-05')).json();
    expect([far.offers, far.nearby]).toEqual([[], []]);
  });

  it('shows a department its own visit never, and one it is already in as not joinable', async () => {
    expect((await offers('admin-a', e.c1.uscc, '2026-03-10')).json().offers).toEqual([]);
    const view = (await c.coord.request({ url: `/api/v1/enterprises/${e.c1.uscc}/merge-offers?from=2026-03-10&department=${d.c.code}` })).json();
    expect(view.offers).toMatchObject([{ leadFilingId: lead.c1, joinable: false, reason: { code: 'ALREADY_IN_VISIT' } }]);
  });

  it('offers nothing at an enterprise that opted out, and says so', async () => {
    const view = (await offers('admin-b', e.optout.uscc, '2026-03-09', '2026-03-13')).json();
    expect(view).toMatchObject({ optedOut: true, offers: [], nearby: [] });
    expect(view.notice.zh).toContain('不合并');
  });

  it('offers no visit already at the most departments, nor closed ones', async () => {
    expect((await offers('admin-b', e.full.uscc, '2026-03-10')).json().offers).toEqual([]);
    const closed = (await offers('admin-b', e.closed.uscc, '2026-03-01', '2026-03-31')).json();
    expect([closed.offers, closed.nearby]).toEqual([[], []]);
  });

  it('refuses bad windows and callers outside the roles', async () => {
    const reversed = await offers('admin-b', e.c1.uscc, '2026-03-13', '2026-03-09');
    expect([reversed.statusCode, reversed.json().error.code]).toEqual([400, 'WINDOW_REVERSED']);
    expect((await c.sup.request({ url: `/api/v1/enterprises/${e.c1.uscc}/merge-offers` })).statusCode).toBe(403);
    expect((await c['admin-b'].request({ url: `/api/v1/enterprises/${e.c1.uscc}/merge-offers?department=${d.a.code}` })).statusCode).toBe(403);
  });

  it('joins a visit filed but not yet accepted: the filing is a member on the same day', async () => {
    const res = await file({ joinsFilingId: lead.c1 });
    expect(res.statusCode, res.body).toBe(201);
    const f = res.json();
    expect(f).toMatchObject({ joinsFilingId: lead.c1, plannedDate: '2026-03-10', jointVisit: { role: 'member', leadFilingId: lead.c1, date: '2026-03-10' } });
    expect(f.jointVisit.departments.map((x: { code: string }) => x.code)).toEqual([d.a.code, d.c.code, d.b.code]);
    expect(f.check.findings.find((x: Finding) => x.rule === 'R11')).toMatchObject({ code: 'R11_JOINS_VISIT' });
    const row = await t.deps.db.selectFrom('filings').select(['joins_filing_id', 'planned_date']).where('id', '=', f.id).executeTakeFirstOrThrow();
    expect([Number(row.joins_filing_id), row.planned_date]).toEqual([lead.c1, '2026-03-10']);
    // Once department b is in it, the visit is no longer an offer to b.
    expect((await offers('admin-b', e.c1.uscc, '2026-03-10')).json().offers).toMatchObject([{ joinable: false, reason: { code: 'ALREADY_IN_VISIT' } }]);
  });

  it('counts the joint visit once for the enterprise (R5, B grade: one visit a year)', async () => {
    const created = await c['admin-a'].request({ method: 'POST', url: '/api/v1/filings', payload: body({ department: d.a.code, enterprise: e.b1.uscc, items: ['a-001'], inspectors: ['insp-a1', 'insp-a2'] }) });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    for (const [action, who] of [['submit', 'admin-a'], ['approve', 'head-a'], ['accept', 'coord']]) {
      const res = await c[who].request({ method: 'POST', url: `/api/v1/filings/${id}/${action}`, payload: {} });
      expect(res.statusCode, `${action}: ${res.body}`).toBe(200);
    }
    // On its own, department b's visit would be the enterprise's second this year: refused.
    await refused({ enterprise: e.b1.uscc, plannedDate: '2026-03-09' }, 409, 'R5_CAP_REACHED');
    const joined = await file({ enterprise: e.b1.uscc, joinsFilingId: id });
    expect(joined.statusCode, joined.body).toBe(201);
    const read = (await c['admin-b'].request({ url: `/api/v1/filings/${joined.json().id}` })).json();
    const r5 = read.check.findings.find((x: Finding) => x.rule === 'R5');
    expect(r5).toMatchObject({ code: 'R5_WITHIN_CAP', data: { count: 1, cap: 1 } });
    const leadView = (await c['admin-a'].request({ url: `/api/v1/filings/${id}` })).json();
    expect(leadView.jointVisit).toMatchObject({ role: 'lead', departments: [{ code: d.a.code }, { code: d.b.code }] });
  });

  it('refuses each unlawful join with its code, a zh message and nothing written', async () => {
    await refused({ joinsFilingId: 99_999_999 }, 404, 'JOIN_TARGET_NOT_FOUND');
    await refused({ enterprise: e.other.uscc, joinsFilingId: lead.c1 }, 400, 'JOIN_OTHER_ENTERPRISE');
    await refused({ enterprise: e.full.uscc, joinsFilingId: lead.full + 1 }, 400, 'JOIN_TARGET_NOT_LEAD');
    for (const s of ['cancelled', 'completed', 'in_progress', 'draft']) await refused({ enterprise: e.closed.uscc, joinsFilingId: lead[s] }, 409, 'JOIN_TARGET_CLOSED');
    await refused({ department: d.a.code, items: ['a-001'], inspectors: ['insp-a1', 'insp-a2'], joinsFilingId: lead.c1 }, 400, 'JOIN_OWN_DEPARTMENT', 'admin-a');
    await refused({ enterprise: e.optout.uscc, plannedDate: '2026-03-09', joinsFilingId: lead.optout }, 400, 'JOIN_DATE_MISMATCH');
    await refused({ enterprise: e.full.uscc, joinsFilingId: lead.full }, 409, 'JOIN_VISIT_FULL');
    await refused({ enterprise: e.optout.uscc, joinsFilingId: lead.optout }, 409, 'JOIN_OPTED_OUT');
    await refused({ enterprise: e.optout.uscc, mode: 'offsite', joinsFilingId: lead.optout }, 400, 'JOIN_OFFSITE');
  });

  it('refuses an unlawful join in the dry-run check too', async () => {
    const res = await c['admin-b'].request({ method: 'POST', url: '/api/v1/filings/check', payload: body({ enterprise: e.full.uscc, joinsFilingId: lead.full }) });
    expect([res.statusCode, res.json().error.code]).toEqual([409, 'JOIN_VISIT_FULL']);
  });
});

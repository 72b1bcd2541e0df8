/**
 * The enterprise's side: its visit history by every department and type (and nothing it must not
 * know of yet), its request not to be merged (read by the rules' R11), and its anonymous rating of a
 * completed visit — once, only its own, never shown one by one to the department rated, which gets
 * aggregates over closed months in whole blocks of K only. Today is Monday 2026-03-02 unless moved.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RATING_MIN_GROUP } from '../../src/modules/ratings/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newFiling, newInspector, newItem, newOfficialVisit, newRating, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);
const USERS = ['admin-a', 'head-a', 'insp-a1', 'admin-b', 'coord', 'sup', 'ent-c1', 'ent-c2'];

describe.each(backends)('the enterprise portal and ratings on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const e: Record<string, { id: number; uscc: string }> = {};
  const dept: Record<string, { id: number; code: string }> = {};
  let item1: number;
  let entUser: number;

  beforeAll(async () => {
    t = await createTestApp(backend, { SESSION_TTL_HOURS: '720' });
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    dept.a = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    dept.b = await newDepartment(db, { code: 'yjgl', name: '云和县应急管理局' });
    item1 = (await newItem(db, dept.a.id, { code: 'scjg-001', name: '食品经营许可检查' })).id;
    await newItem(db, dept.a.id, { code: 'scjg-002', name: '特种设备使用检查' });
    await newItem(db, dept.b.id, { code: 'yjgl-001', name: '安全生产责任制检查' });
    for (const k of ['c1', 'c2', 'c3', 'c4']) e[k] = await newEnterprise(db, { grade: 'C' });
    await newUser(db, 'dept_admin', { departmentId: dept.a.id, username: 'admin-a' });
    await newUser(db, 'dept_head', { departmentId: dept.a.id, username: 'head-a' });
    await newInspector(db, dept.a.id, { username: 'insp-a1' });
    await newInspector(db, dept.a.id, { username: 'insp-a2' });
    await newUser(db, 'dept_admin', { departmentId: dept.b.id, username: 'admin-b' });
    await newInspector(db, dept.b.id, { username: 'insp-b1' });
    await newInspector(db, dept.b.id, { username: 'insp-b2' });
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    entUser = (await newUser(db, 'enterprise', { enterpriseId: e.c1.id, username: 'ent-c1' })).id;
    await newUser(db, 'enterprise', { enterpriseId: e.c2.id, username: 'ent-c2' });
    for (const u of USERS) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  const filing = (o: Record<string, unknown>) => ({
    department: 'scjg',
    kind: 'campaign',
    path: 'planned',
    campaignBasis: '丽水市食品安全专项整治方案',
    mode: 'onsite',
    plannedDate: '2026-03-10',
    items: ['scjg-001'],
    inspectors: ['insp-a1', 'insp-a2'],
    ...o,
  });
  const step = (id: number, action: string, who: string, payload: Record<string, unknown> = {}) => c[who].request({ method: 'POST', url: `/api/v1/filings/${id}/${action}`, payload });
  async function accepted(o: Record<string, unknown>) {
    const created = await c['admin-a'].request({ method: 'POST', url: '/api/v1/filings', payload: filing(o) });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    for (const [action, who] of [['submit', 'admin-a'], ['approve', 'head-a'], ['accept', 'coord']]) {
      const res = await step(id, action, who);
      expect(res.statusCode, res.body).toBe(200);
    }
    return id;
  }
  async function completed(id: number, date: string) {
    t.deps.now = at(date);
    try {
      const code = (await c['admin-a'].request({ url: `/api/v1/filings/${id}` })).json().code as string;
      expect((await c['ent-c1'].request({ url: `/api/v1/codes/${code}` })).json().valid).toBe(true);
      const arrived = await step(id, 'arrive', 'insp-a1', { codeShown: true });
      expect(arrived.statusCode, arrived.body).toBe(200);
      const checklist = (await c['insp-a1'].request({ url: `/api/v1/filings/${id}/checklist` })).json().items as { key: string }[];
      const done = await step(id, 'complete', 'insp-a1', { answers: checklist.map((q) => ({ key: q.key, answer: 'yes' })), outcome: 'none' });
      expect(done.statusCode, done.body).toBe(200);
    } finally {
      t.deps.now = at('2026-03-02');
    }
  }
  const rate = (id: number, payload: Record<string, unknown>, who = 'ent-c1') => c[who].request({ method: 'POST', url: `/api/v1/enterprise/visits/${id}/rating`, payload });
  const history = async (who = 'ent-c1') => (await c[who].request({ url: '/api/v1/enterprise/history' })).json();

  let visit: number;

  it('shows the enterprise every visit by every department and type, counted by year, and nothing it must not know of yet', async () => {
    visit = await accepted({ enterprise: e.c1.uscc });
    const draft = (await c['admin-a'].request({ method: 'POST', url: '/api/v1/filings', payload: filing({ enterprise: e.c1.uscc, plannedDate: '2026-03-12' }) })).json().id as number;
    // A complaint case is inspected without notice: the enterprise does not see it before it begins.
    const complaint = await c['admin-b'].request({
      method: 'POST',
      url: '/api/v1/filings',
      payload: { department: 'yjgl', enterprise: e.c1.uscc, kind: 'targeted', path: 'triggered', exceptionCase: 'COMPLAINT_REPORT', exceptionReason: '群众举报违规储存危化品', mode: 'onsite', plannedDate: '2026-03-11', items: ['yjgl-001'], inspectors: ['insp-b1', 'insp-b2'] },
    });
    expect(complaint.statusCode, complaint.body).toBe(201);
    await newFiling(t.deps.db, { departmentId: dept.a.id, enterpriseId: e.c1.id, itemId: item1, state: 'completed', plannedDate: '2025-06-10' });
    await newOfficialVisit(t.deps.db, { enterpriseId: e.c1.id, departmentId: dept.b.id, visitDate: '2026-03-20' });
    expect((await c['admin-a'].request({ method: 'POST', url: '/api/v1/offsite-checks', payload: { department: 'scjg', enterprise: e.c1.uscc, source: 'data', checkedOn: '2026-02-20', items: ['scjg-002'], result: 'pass', summary: '数据比对正常' } })).statusCode).toBe(201);

    const h = await history();
    expect(h.enterprise.uscc).toBe(e.c1.uscc);
    const ids = h.inspections.map((i: { id: number }) => i.id);
    expect(ids).toContain(visit);
    expect(ids).not.toContain(draft);
    expect(ids).not.toContain(complaint.json().id);
    expect(h.inspections.find((i: { id: number }) => i.id === visit)).toMatchObject({ state: 'notified', department: { code: 'scjg' }, items: ['食品经营许可检查'], canRate: false, rating: null });
    expect(h.years.map((y: { year: number }) => y.year)).toEqual([2026, 2025]);
    expect(h.years[0]).toMatchObject({ onsiteInspections: 1, onsiteVisits: 1, offsiteChecks: 1, research: 1, leader: 0 });
    expect(h.years[1]).toMatchObject({ onsiteInspections: 1 });
    expect(h.mergeOptOut).toEqual({ optOut: false, reason: null, since: null });
    // Another enterprise sees none of it.
    expect((await history('ent-c2')).inspections).toEqual([]);
  });

  it('rates a completed visit once, only its own, within the limits', async () => {
    expect((await rate(visit, { score: 5 })).json().error.code).toBe('VISIT_NOT_COMPLETED');
    await completed(visit, '2026-03-10');
    t.deps.now = at('2026-03-12');
    expect((await history()).inspections.find((i: { id: number }) => i.id === visit).canRate).toBe(true);
    expect((await rate(visit, { score: 6 })).statusCode).toBe(400);
    expect((await rate(visit, { score: 4, comment: '字'.repeat(501) })).statusCode).toBe(400);
    expect((await rate(visit, { score: 4 }, 'ent-c2')).json().error.code).toBe('NOT_YOUR_VISIT');
    expect((await rate(999_999, { score: 4 })).json().error.code).toBe('NOT_YOUR_VISIT');
    const first = await rate(visit, { score: 2, comment: '检查人员态度生硬，占用生产时间较长' });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ filingId: visit, score: 2, ratedAt: expect.any(String) });
    const again = await rate(visit, { score: 5 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'ALREADY_RATED', message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect((await history()).inspections.find((i: { id: number }) => i.id === visit)).toMatchObject({ canRate: false, rating: { score: 2 } });
    for (const who of ['admin-a', 'coord', 'sup']) expect((await rate(visit, { score: 5 }, who)).statusCode).toBe(403);
  });

  it('never shows the department an individual rating, and no aggregate below K or changed by one rating', async () => {
    // What the department reads about the visit says nothing of the rating.
    const f = await c['admin-a'].request({ url: `/api/v1/filings/${visit}` });
    expect(f.body).not.toContain('态度生硬');
    expect(f.body).not.toContain('ent-c1');
    expect(f.json().history.map((h: { action: string }) => h.action)).not.toContain('rating.create');
    expect((await c['admin-a'].request({ url: '/api/v1/ratings' })).statusCode).toBe(403);
    expect((await c['admin-a'].request({ url: '/api/v1/ratings/summary?department=yjgl' })).statusCode).toBe(403);
    const summary = async () => (await c['admin-a'].request({ url: '/api/v1/ratings/summary' })).json();
    expect(RATING_MIN_GROUP).toBe(5);
    expect(await summary()).toEqual({ minimumGroup: 5, closedBefore: '2026-03-01', departments: [{ department: { code: 'scjg', name: '云和县市场监督管理局' }, published: null }] });

    // Ratings given in February (a closed month): below K nothing, at K a figure, one more changes nothing.
    const past = async (score: number, day: string) => {
      const f2 = await newFiling(t.deps.db, { departmentId: dept.a.id, enterpriseId: e.c3.id, itemId: item1, state: 'completed', plannedDate: '2026-02-02' });
      await newRating(t.deps.db, { filingId: f2.id, enterpriseId: e.c3.id, departmentId: dept.a.id, ratedBy: entUser, score, ratedAt: `2026-02-${day}T03:00:00Z` });
    };
    for (const [s, d] of [[5, '03'], [4, '04'], [4, '05'], [3, '06']] as const) await past(s, d);
    expect((await summary()).departments[0].published).toBeNull();
    await past(5, '09');
    const five = (await summary()).departments[0].published;
    expect(five).toEqual({ count: 5, mean: 4.2, distribution: { 1: 0, 2: 0, 3: 1, 4: 2, 5: 2 } });
    await past(1, '10');
    expect((await summary()).departments[0].published).toEqual(five);
    // Next month March closes: 7 ratings, still one block of 5; the March rating is not told apart.
    t.deps.now = at('2026-04-02');
    const april = await t.signIn('admin-a');
    const later = (await april.request({ url: '/api/v1/ratings/summary' })).json();
    expect(later).toMatchObject({ closedBefore: '2026-04-01', departments: [{ published: five }] });
    expect(JSON.stringify(later)).not.toMatch(/态度|exact|uscc|ratedAt/);
    t.deps.now = at('2026-03-12');
  });

  it('shows the coordinator and supervisors every rating (paged) and the exact figures', async () => {
    const all = (await c.coord.request({ url: '/api/v1/ratings?department=scjg&limit=2' })).json();
    expect(all.total).toBe(7);
    expect(all.items).toHaveLength(2);
    expect(all.items[0]).toMatchObject({ filingId: visit, score: 2, comment: '检查人员态度生硬，占用生产时间较长', enterprise: { uscc: e.c1.uscc }, department: { code: 'scjg' } });
    const page2 = (await c.sup.request({ url: '/api/v1/ratings?department=scjg&limit=2&offset=2' })).json();
    expect(page2.items.map((r: { id: number }) => r.id)).not.toContain(all.items[0].id);
    expect((await c.sup.request({ url: `/api/v1/ratings?enterprise=${e.c1.uscc}` })).json().total).toBe(1);
    const summary = (await c.sup.request({ url: '/api/v1/ratings/summary' })).json();
    const scjg = summary.departments.find((d: { department: { code: string } }) => d.department.code === 'scjg');
    expect(scjg.exact).toMatchObject({ count: 7 });
    expect(summary.departments.map((d: { department: { code: string } }) => d.department.code)).toEqual(['scjg', 'yjgl']);
  });

  it('records the request not to be merged, once, and the rules’ R11 honours it', async () => {
    // Department A visits c4 on 03-10; department B's check for 03-12 is proposed to join it.
    t.deps.now = at('2026-03-02');
    await accepted({ enterprise: e.c4.uscc });
    const proposal = { department: 'yjgl', enterprise: e.c4.uscc, kind: 'targeted', path: 'triggered', exceptionCase: 'SUPERIOR_DEPLOYMENT', exceptionReason: '省厅部署危化品专项检查', mode: 'onsite', plannedDate: '2026-03-12', items: ['yjgl-001'], inspectors: ['insp-b1', 'insp-b2'] };
    const r11 = async () => ((await c['admin-b'].request({ method: 'POST', url: '/api/v1/filings/check', payload: proposal })).json().findings as { rule: string; code: string }[]).filter((x) => x.rule === 'R11').map((x) => x.code);
    expect(await r11()).toEqual(['R11_MERGE_PROPOSED']);

    const c4 = await t.signIn((await newUser(t.deps.db, 'enterprise', { enterpriseId: e.c4.id, username: 'ent-c4' })).username);
    const optOut = (payload: Record<string, unknown>) => c4.request({ method: 'POST', url: '/api/v1/enterprise/merge-opt-out', payload });
    const audits = async () => (await t.deps.db.selectFrom('audit_log').select('after').where('action', '=', 'enterprise.merge_opt_out').execute()).length;
    expect((await optOut({ optOut: true })).json().error.code).toBe('REASON_REQUIRED');
    const set = await optOut({ optOut: true, reason: '企业生产线连续作业，希望各部门分别预约检查' });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({ optOut: true, changed: true, since: expect.any(String) });
    expect((await optOut({ optOut: true, reason: '企业生产线连续作业，希望各部门分别预约检查' })).json().changed).toBe(false);
    expect(await audits()).toBe(1);
    expect((await c4.request({ url: '/api/v1/enterprise/history' })).json().mergeOptOut).toMatchObject({ optOut: true, reason: expect.stringContaining('连续作业') });
    expect(await r11()).toEqual(['R11_OPTED_OUT']);

    expect((await optOut({ optOut: false })).json()).toMatchObject({ optOut: false, changed: true });
    expect(await audits()).toBe(2);
    expect(await r11()).toEqual(['R11_MERGE_PROPOSED']);
  });
});

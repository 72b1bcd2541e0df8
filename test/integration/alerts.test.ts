/**
 * Alerts (预警) for the coordinator and supervisors: each kind raised where it should be and not at
 * its boundary; handling one hides it from the open list and is audited; departments never see them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newFiling, newItem, newTown, newUser } from '../helpers/factories.ts';

const TODAY = new Date('2026-06-15T02:00:00.000Z');
const PERIOD = 'from=2026-01-01&to=2026-12-31';

interface Alert {
  key: string;
  kind: string;
  kindLabel: { zh: string; en: string };
  enterprise: { uscc: string; name: string };
  departments: { code: string }[];
  date: string;
  dates: string[];
  filingId: number | null;
  message: { zh: string; en: string };
  status: 'open' | 'handled';
  handled: { by: string | null; note: string } | null;
}

describe.each(backends)('alerts on %s', (backend) => {
  let t: TestApp;
  let coord: Client;
  let sup: Client;
  let dept: Client;
  let ent: Client;
  const e: Record<string, { id: number; uscc: string; name: string }> = {};
  const d: Record<string, { id: number; code: string }> = {};
  const item: Record<string, number> = {};
  let deadlineFiling = 0;
  let flaggedFiling = 0;

  /** An on-site filing in a counted state (accepted unless said), optionally joining another's visit or with an exception case. */
  async function visit(db: Database, dep: string, ent: string, date: string, o: { joins?: number; exception?: boolean; state?: 'accepted' | 'completed' | 'cancelled' | 'draft' } = {}) {
    const state = o.state === 'cancelled' ? 'accepted' : (o.state ?? 'accepted');
    const f = await newFiling(db, { departmentId: d[dep].id, enterpriseId: e[ent].id, itemId: item[dep], plannedDate: date, state });
    if (o.joins) await db.updateTable('filings').set({ joins_filing_id: o.joins }).where('id', '=', f.id).execute();
    if (o.exception) await db.updateTable('filings').set({ path: 'triggered', exception_case: 'COMPLAINT_REPORT', exception_reason: '群众投诉举报' }).where('id', '=', f.id).execute();
    if (o.state === 'cancelled') await db.updateTable('filings').set({ state: 'cancelled' }).where('id', '=', f.id).execute();
    return f.id;
  }

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = () => TODAY;
    const db = t.deps.db;
    const town = await newTown(db, { code: 'chongtou', name: '崇头镇' });
    for (const code of ['scjg', 'yjgl', 'hbj']) {
      d[code] = await newDepartment(db, { code, name: { scjg: '县市场监管局', yjgl: '县应急管理局', hbj: '县生态环境分局' }[code] });
      item[code] = (await newItem(db, d[code].id)).id;
    }
    // Grade D has no cap (R5) and quiet days from the 21st; grade B a cap of 1, quiet from the 11th; C a cap of 2.
    e.multi30 = await newEnterprise(db, { grade: 'D', townId: town.id, name: '云和县三十天木玩有限公司' });
    e.multi31 = await newEnterprise(db, { grade: 'D', name: '云和县三十一天木玩有限公司' });
    e.joint = await newEnterprise(db, { grade: 'D', name: '云和县联合检查木玩有限公司' });
    e.cancelled = await newEnterprise(db, { grade: 'D', name: '云和县撤销备案木玩有限公司' });
    e.gradeB = await newEnterprise(db, { grade: 'B', name: '云和县乙级企业有限公司' });
    e.gradeC = await newEnterprise(db, { grade: 'C', name: '云和县丙级企业有限公司' });
    e.deptCap = await newEnterprise(db, { grade: 'D', name: '云和县部门上限企业有限公司' });
    e.quiet = await newEnterprise(db, { grade: 'C', name: '云和县安静期企业有限公司' });
    e.quietOk = await newEnterprise(db, { grade: 'C', name: '云和县特殊情形企业有限公司' });
    e.quietOut = await newEnterprise(db, { grade: 'D', name: '云和县安静期外企业有限公司' });
    e.paper = await newEnterprise(db, { grade: 'D', name: '云和县非现场企业有限公司' });

    await visit(db, 'scjg', 'multi30', '2026-03-02');
    await visit(db, 'yjgl', 'multi30', '2026-04-01'); // 30 days later: an alert
    await visit(db, 'scjg', 'multi31', '2026-03-02');
    await visit(db, 'yjgl', 'multi31', '2026-04-02'); // 31 days later: none
    const lead = await visit(db, 'scjg', 'joint', '2026-03-05');
    await visit(db, 'yjgl', 'joint', '2026-03-05', { joins: lead }); // one joint visit: none
    await visit(db, 'scjg', 'cancelled', '2026-03-05');
    await visit(db, 'yjgl', 'cancelled', '2026-03-09', { state: 'cancelled' }); // cancelled: not counted
    await visit(db, 'scjg', 'gradeB', '2026-05-05'); // 1 of 1: CAP_NEAR (R5)
    await visit(db, 'scjg', 'gradeC', '2026-05-05'); // 1 of 2: none
    await visit(db, 'hbj', 'deptCap', '2026-02-02');
    await visit(db, 'hbj', 'deptCap', '2026-07-01', { state: 'draft' }); // a draft does not count
    await visit(db, 'hbj', 'deptCap', '2026-08-03', { state: 'completed' }); // 2 of 2 for hbj: CAP_NEAR (R4)
    await visit(db, 'scjg', 'quiet', '2026-03-23'); // grade C quiet from the 21st: breach
    await visit(db, 'scjg', 'quietOut', '2026-09-18'); // quiet from the 21st: none
    await visit(db, 'scjg', 'quietOk', '2026-03-23', { exception: true }); // an exception case: none

    deadlineFiling = (await newFiling(db, { departmentId: d.scjg.id, enterpriseId: e.paper.id, itemId: item.scjg, plannedDate: '2026-06-01', mode: 'offsite', state: 'accepted' })).id;
    await db.insertInto('filing_deadlines').values([
      { filing_id: deadlineFiling, code: 'COMPLAINT_ANSWER', due_on: '2026-06-10' }, // past, unmet: alert
      { filing_id: deadlineFiling, code: 'GUIDANCE_ACCEPT', due_on: '2026-06-20' }, // not due yet
      { filing_id: deadlineFiling, code: 'NOTICE_ACK', due_on: '2026-06-05', met_at: new Date('2026-06-04T02:00:00Z') }, // met
      { filing_id: deadlineFiling, code: 'COORDINATOR_REVIEW', due_on: '2026-06-03', outcome: 'DEEMED_ACCEPTED', outcome_at: new Date('2026-06-04T02:00:00Z') },
    ]).execute();
    await db.insertInto('filing_flags').values({ filing_id: deadlineFiling, code: 'DEEMED_ACCEPTED', note: '期限已过：视为备案通过' }).execute();
    flaggedFiling = (await newFiling(db, { departmentId: d.yjgl.id, enterpriseId: e.paper.id, itemId: item.yjgl, plannedDate: '2026-05-06', mode: 'offsite', state: 'completed' })).id;
    await db.insertInto('filing_flags').values({ filing_id: flaggedFiling, code: 'CODE_NOT_SHOWN', note: '2026-05-06 完成检查，企业未扫码核验检查码' }).execute();

    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    await newUser(db, 'dept_head', { username: 'head-scjg', departmentId: d.scjg.id });
    await newUser(db, 'enterprise', { username: 'ent-b', enterpriseId: e.gradeB.id });
    coord = await t.signIn('coord');
    sup = await t.signIn('sup');
    dept = await t.signIn('head-scjg');
    ent = await t.signIn('ent-b');
  });
  afterAll(() => t.close());

  const list = async (query = '', client = coord) => {
    const res = await client.request({ url: `/api/v1/alerts?${PERIOD}&limit=200${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as { items: Alert[]; total: number; policy: string };
  };
  const of = (items: Alert[], kind: string, ent: string) => items.filter((a) => a.kind === kind && a.enterprise.uscc === e[ent].uscc);

  it('raises MULTI_DEPARTMENT for two departments 30 days apart, not 31, not for one joint visit nor a cancelled filing', async () => {
    const { items, policy } = await list();
    expect(policy).toBe('yunhe-2025');
    const [multi] = of(items, 'MULTI_DEPARTMENT', 'multi30');
    expect(multi).toMatchObject({ key: `MULTI_DEPARTMENT:${e.multi30.uscc}:2026-03-02`, date: '2026-03-02', dates: ['2026-03-02', '2026-04-01'] });
    expect(multi.departments.map((x) => x.code).sort()).toEqual(['scjg', 'yjgl']);
    expect(multi.message.zh).toContain('县应急管理局');
    expect(of(items, 'MULTI_DEPARTMENT', 'multi31')).toEqual([]);
    expect(of(items, 'MULTI_DEPARTMENT', 'joint')).toEqual([]);
    expect(of(items, 'MULTI_DEPARTMENT', 'cancelled')).toEqual([]);
  });

  it('raises CAP_NEAR for a grade-B enterprise with its one visit planned and a department at its cap, not below', async () => {
    const { items } = await list('&kind=CAP_NEAR');
    expect(items.every((a) => a.kind === 'CAP_NEAR')).toBe(true);
    expect(of(items, 'CAP_NEAR', 'gradeB').map((a) => a.key)).toEqual([`CAP_NEAR:${e.gradeB.uscc}:2026:R5:1`]);
    expect(of(items, 'CAP_NEAR', 'gradeC')).toEqual([]);
    const [dc] = of(items, 'CAP_NEAR', 'deptCap');
    expect(dc).toMatchObject({ key: `CAP_NEAR:${e.deptCap.uscc}:2026:R4:hbj:2`, dates: ['2026-02-02', '2026-08-03'], departments: [{ code: 'hbj', name: '县生态环境分局' }] });
    expect(of(items, 'CAP_NEAR', 'deptCap')).toHaveLength(1);
    expect(of(items, 'CAP_NEAR', 'multi30')).toEqual([]); // one visit each of a cap of 2
  });

  it('raises QUIET_PERIOD_BREACH only inside the quiet period and without an exception case', async () => {
    const { items } = await list('&kind=QUIET_PERIOD_BREACH');
    expect(items.map((a) => [a.enterprise.uscc, a.date])).toEqual([[e.quiet.uscc, '2026-03-23']]);
    expect(items[0].message.zh).toContain('安静期');
  });

  it('raises DEADLINE_MISSED for a past unmet deadline only, and each flag as its own kind', async () => {
    const { items } = await list();
    const missed = items.filter((a) => a.kind === 'DEADLINE_MISSED');
    expect(missed.map((a) => a.key)).toEqual([`DEADLINE_MISSED:${e.paper.uscc}:${deadlineFiling}:COMPLAINT_ANSWER`]);
    expect(missed[0].message.zh).toContain('投诉举报答复');
    const deemed = items.filter((a) => a.kind === 'DEEMED_ACCEPTED');
    expect(deemed).toHaveLength(1); // shown as the flag, not again as a missed deadline
    expect(deemed[0].kindLabel).toEqual({ zh: '视为备案通过', en: 'Deemed accepted' });
    const code = items.filter((a) => a.kind === 'CODE_NOT_SHOWN');
    expect(code.map((a) => [a.filingId, a.date, a.departments[0].code])).toEqual([[flaggedFiling, '2026-05-06', 'yjgl']]);
  });

  it('filters by department, town, enterprise and kind, pages, and counts by kind', async () => {
    const byDept = await list('&department=hbj');
    expect(byDept.items.map((a) => a.kind)).toEqual(['CAP_NEAR']);
    const byTown = await list('&town=chongtou');
    expect(byTown.items.map((a) => a.enterprise.uscc)).toEqual([e.multi30.uscc]);
    const byName = await list(`&q=${encodeURIComponent('安静期')}`);
    expect(byName.items.map((a) => a.kind)).toEqual(['QUIET_PERIOD_BREACH']);
    const all = await list();
    const page = (await coord.request({ url: `/api/v1/alerts?${PERIOD}&limit=2&offset=2` })).json() as { items: Alert[]; total: number };
    expect(page.total).toBe(all.total);
    expect(page.items.map((a) => a.key)).toEqual(all.items.slice(2, 4).map((a) => a.key));
    const summary = (await sup.request({ url: `/api/v1/alerts/summary?${PERIOD}` })).json() as { open: number; kinds: { kind: string; open: number }[] };
    expect(summary.open).toBe(all.total);
    expect(Object.fromEntries(summary.kinds.map((k) => [k.kind, k.open]))).toEqual({
      CAP_NEAR: 2, CODE_NOT_SHOWN: 1, DEADLINE_MISSED: 1, DEEMED_ACCEPTED: 1, MULTI_DEPARTMENT: 1, QUIET_PERIOD_BREACH: 1,
    });
  });

  it('lets the coordinator mark an alert handled with a note: gone from the open list, audited, once', async () => {
    const key = `QUIET_PERIOD_BREACH:${e.quiet.uscc}:${(await list('&kind=QUIET_PERIOD_BREACH')).items[0].filingId}`;
    const url = `/api/v1/alerts/${encodeURIComponent(key)}/acknowledge`;
    expect((await sup.request({ method: 'POST', url, payload: { note: '监督部门不处理' } })).statusCode).toBe(403);
    const res = await coord.request({ method: 'POST', url, payload: { note: '已约谈市场监管局，补报特殊情形' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ key, status: 'handled', handled: { note: '已约谈市场监管局，补报特殊情形' } });
    expect((await list('&status=open')).items.map((a) => a.key)).not.toContain(key);
    expect((await list('&status=handled')).items.map((a) => a.key)).toEqual([key]);
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'entity_id', 'actor_label']).where('entity', '=', 'alert').execute();
    expect(audit).toEqual([{ action: 'alert.acknowledge', entity_id: key, actor_label: 'coord' }]);
    const again = await coord.request({ method: 'POST', url, payload: { note: '再次处理' } });
    expect(again.statusCode).toBe(409);
    const unknown = await coord.request({ method: 'POST', url: `/api/v1/alerts/${encodeURIComponent(`MULTI_DEPARTMENT:${e.multi31.uscc}:2026-03-02`)}/acknowledge`, payload: { note: '不存在' } });
    expect(unknown.statusCode).toBe(404);
    const summary = (await coord.request({ url: `/api/v1/alerts/summary?${PERIOD}` })).json() as { handled: number };
    expect(summary.handled).toBe(1);
  });

  it('acknowledges a multi-department alert by its key', async () => {
    const key = `MULTI_DEPARTMENT:${e.multi30.uscc}:2026-03-02`;
    const res = await coord.request({ method: 'POST', url: `/api/v1/alerts/${encodeURIComponent(key)}/acknowledge`, payload: { note: '已提醒两部门今后合并检查' } });
    expect(res.statusCode, res.body).toBe(200);
  });

  it('refuses departments and enterprises on every alert route', async () => {
    for (const client of [dept, ent]) {
      for (const url of [`/api/v1/alerts?${PERIOD}`, '/api/v1/alerts/summary', '/api/v1/alerts.xlsx']) {
        expect((await client.request({ url })).statusCode).toBe(403);
      }
      const post = await client.request({ method: 'POST', url: `/api/v1/alerts/${encodeURIComponent(`CAP_NEAR:${e.gradeB.uscc}:2026:R5:1`)}/acknowledge`, payload: { note: '越权' } });
      expect(post.statusCode).toBe(403);
    }
  });

  it('exports the list as Excel for officials', async () => {
    const res = await sup.request({ url: `/api/v1/alerts.xlsx?${PERIOD}&status=all` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('spreadsheetml');
    expect(res.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });
});

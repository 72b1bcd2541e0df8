/**
 * A filing of a joint visit is cancelled: the visit goes on without it. A cancelled lead hands the
 * lead to the earliest remaining filing and the joint code is issued again for the visit as it now
 * stands (the old one answers as superseded); a visit left with one filing is a single inspection.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newDepartmentStaff, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

const DEPTS = [['scjg', 'a'], ['yjgl', 'b'], ['xfjy', 'c']] as const;

describe.each(backends)('cancelling a filing of a joint visit on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  let uscc = '';

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = () => new Date('2026-03-02T02:00:00.000Z');
    const db = t.deps.db;
    for (const [code, p] of DEPTS) {
      const d = await newDepartment(db, { code });
      await newItem(db, d.id, { code: `${code}-001` });
      await newDepartmentStaff(db, d.id, p);
    }
    uscc = (await newEnterprise(db, { grade: 'D' })).uscc;
    await newUser(db, 'coordinator', { username: 'coord' });
    for (const u of ['admin-a', 'head-a', 'admin-b', 'head-b', 'admin-c', 'head-c', 'coord']) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  async function filed(code: string, p: string) {
    const res = await c[`admin-${p}`].request({
      method: 'POST',
      url: '/api/v1/filings',
      payload: { department: code, enterprise: uscc, kind: 'campaign', path: 'planned', campaignBasis: '专项整治方案', mode: 'onsite', plannedDate: '2026-03-10', windowEnd: '2026-03-18', items: [`${code}-001`], inspectors: [`insp-${p}1`, `insp-${p}2`] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    await c[`admin-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/submit`, payload: {} });
    expect((await c[`head-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/approve`, payload: {} })).json().state).toBe('head_approved');
    return id;
  }

  const jointCodes = (lead: number) =>
    t.deps.db.selectFrom('inspection_codes').select(['token', 'superseded_at']).where('subject_kind', '=', 'joint_visit').where('subject_id', '=', lead).orderBy('id').execute();
  const cancel = async (p: string, id: number) => {
    const res = await c[`admin-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/cancel`, payload: { reason: '任务调整，撤销本次检查' } });
    expect(res.statusCode, res.body).toBe(200);
  };
  const clock = (s: number) => {
    t.deps.now = () => new Date(`2026-03-02T02:00:${String(s).padStart(2, '0')}.000Z`);
  };

  it('hands the lead on when the lead is cancelled, and ends the joint visit when one filing is left', async () => {
    const ids: Record<string, number> = {};
    for (const [code, p] of DEPTS) ids[p] = await filed(code, p);
    const run = await c.coord.request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-03-01', to: '2026-03-31' } });
    expect(run.statusCode, run.body).toBe(201);
    const [proposalId] = run.json().proposalIds as number[];
    const accepted = await c.coord.request({
      method: 'POST',
      url: `/api/v1/merge-proposals/${proposalId}/accept`,
      payload: { reason: '同期入企，合并检查', leadDepartment: 'scjg', acceptFilings: true },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const lead = accepted.json().jointVisit.id as number;
    expect(lead).toBe(ids.a);
    const [first] = await jointCodes(lead);
    expect(first.superseded_at).toBeNull();

    // The lead department withdraws: 应急 (the earliest remaining filing) leads the two left.
    clock(1);
    await cancel('a', ids.a);
    const rows = await t.deps.db.selectFrom('filings').select(['id', 'joins_filing_id', 'state']).where('id', 'in', [ids.a, ids.b, ids.c]).orderBy('id').execute();
    expect(rows.map((r) => [r.id, r.joins_filing_id, r.state])).toEqual([
      [ids.a, null, 'cancelled'],
      [ids.b, null, 'notified'],
      [ids.c, ids.b, 'notified'],
    ]);
    const visit = await c.coord.request({ method: 'GET', url: `/api/v1/joint-visits/${ids.b}` });
    expect(visit.statusCode, visit.body).toBe(200);
    expect(visit.json()).toMatchObject({ id: ids.b, hasCode: true });
    expect(visit.json().departments.map((d: { code: string }) => d.code).sort()).toEqual(['xfjy', 'yjgl']);
    const jv = await t.deps.db.selectFrom('joint_visits as v').innerJoin('departments as d', 'd.id', 'v.lead_department_id').select(['v.lead_filing_id', 'v.state', 'd.code']).executeTakeFirstOrThrow();
    expect(jv).toMatchObject({ lead_filing_id: ids.b, state: 'active', code: 'yjgl' });
    expect((await jointCodes(ids.a)).every((x) => x.superseded_at !== null)).toBe(true);
    // On the visit's day the old code answers as superseded, the new one admits the two departments.
    t.deps.now = () => new Date('2026-03-10T02:00:00.000Z');
    const old = await c.coord.request({ method: 'GET', url: `/api/v1/codes/${first.token}` });
    expect(old.json()).toMatchObject({ valid: false, reason: 'SUPERSEDED' });
    const [now] = await jointCodes(ids.b);
    const fresh = await c.coord.request({ method: 'GET', url: `/api/v1/codes/${now.token}` });
    expect(fresh.json()).toMatchObject({ valid: true, inspection: { kind: 'joint_visit', id: ids.b } });
    expect(fresh.json().inspection.departments.map((d: { code: string }) => d.code).sort()).toEqual(['xfjy', 'yjgl']);

    // One more withdraws: a single inspection is left; no joint visit, no joint code.
    clock(2);
    await cancel('c', ids.c);
    const left = await t.deps.db.selectFrom('filings').select(['joins_filing_id', 'state']).where('id', '=', ids.b).executeTakeFirstOrThrow();
    expect(left).toEqual({ joins_filing_id: null, state: 'notified' });
    expect((await t.deps.db.selectFrom('joint_visits').select('state').executeTakeFirstOrThrow()).state).toBe('cancelled');
    expect((await jointCodes(ids.b)).every((x) => x.superseded_at !== null)).toBe(true);
    expect((await c.coord.request({ method: 'GET', url: `/api/v1/joint-visits/${ids.b}` })).statusCode).toBe(404);
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('action', '=', 'joint_visit.member_left').execute();
    expect(audit).toHaveLength(2);
  });
});

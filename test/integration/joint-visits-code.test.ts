/**
 * The joint visit's code when its filings are accepted after the merge (issued when the last of them
 * is accepted; the coordinator may issue it again on request), and the MERGE_CONFIRMATION deadline's default outcome (NOT_MERGED):
 * an open proposal past its day is shown as expired and can no longer be accepted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newDepartmentStaff, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);

describe.each(backends)('joint visit codes and expired proposals on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const usccs: string[] = [];

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    for (const [code, p] of [['scjg', 'a'], ['yjgl', 'b']] as const) {
      const d = await newDepartment(db, { code });
      await newItem(db, d.id, { code: `${code}-001` });
      await newDepartmentStaff(db, d.id, p);
    }
    for (let i = 0; i < 2; i++) usccs.push((await newEnterprise(db, { grade: 'D' })).uscc);
    await newUser(db, 'coordinator', { username: 'coord' });
    for (const u of ['admin-a', 'head-a', 'admin-b', 'head-b', 'coord']) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  async function filed(p: 'a' | 'b', enterprise: string) {
    const dept = p === 'a' ? 'scjg' : 'yjgl';
    const res = await c[`admin-${p}`].request({
      method: 'POST',
      url: '/api/v1/filings',
      payload: { department: dept, enterprise, kind: 'campaign', path: 'planned', campaignBasis: '专项整治方案', mode: 'onsite', plannedDate: '2026-03-10', windowEnd: '2026-03-18', items: [`${dept}-001`], inspectors: [`insp-${p}1`, `insp-${p}2`] },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    await c[`admin-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/submit`, payload: {} });
    expect((await c[`head-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/approve`, payload: {} })).json().state).toBe('head_approved');
    return id;
  }

  it('issues the joint code once every filing is accepted, and again on request', async () => {
    const a = await filed('a', usccs[0]);
    const b = await filed('b', usccs[0]);
    const run = await c.coord.request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-03-01', to: '2026-03-31' } });
    expect(run.statusCode, run.body).toBe(201);
    const [proposalId] = run.json().proposalIds as number[];
    const accepted = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${proposalId}/accept`, payload: { reason: '同期入企，合并检查' } });
    expect(accepted.statusCode, accepted.body).toBe(200);
    const visit = accepted.json().jointVisit;
    expect(visit).toMatchObject({ codeReady: false, code: null, hasCode: false });
    const lead = visit.id as number;
    const other = lead === a ? b : a;

    const early = await c.coord.request({ method: 'POST', url: `/api/v1/joint-visits/${lead}/code` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'JOINT_CODE_NOT_READY' });
    expect(early.json().error.message).toContain('待县综合执法办审核');

    const jointCodes = () =>
      t.deps.db.selectFrom('inspection_codes').select(['id', 'superseded_at']).where('subject_kind', '=', 'joint_visit').where('subject_id', '=', lead).orderBy('id').execute();
    const accept = async (id: number) => {
      const res = await c.coord.request({ method: 'POST', url: `/api/v1/filings/${id}/accept`, payload: { comment: '同意' } });
      expect(res.statusCode, res.body).toBe(200);
    };
    await accept(lead);
    expect(await jointCodes()).toEqual([]);
    // Accepting the last member issues the visit's code at once, without the coordinator asking.
    await accept(other);
    const auto = await jointCodes();
    expect(auto).toHaveLength(1);
    expect(auto[0].superseded_at).toBeNull();
    const shown = await c.coord.request({ method: 'GET', url: `/api/v1/joint-visits/${lead}` });
    expect(shown.json()).toMatchObject({ codeReady: true, hasCode: true });
    // On request it is issued again (the earlier one superseded), within the same second too.
    const issued = await c.coord.request({ method: 'POST', url: `/api/v1/joint-visits/${lead}/code` });
    expect(issued.statusCode, issued.body).toBe(200);
    expect(issued.json()).toMatchObject({ codeReady: true, hasCode: true, codeValidFrom: visit.date, codeValidTo: visit.date });
    const audit = await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'joint_visit').where('entity_id', '=', String(lead)).execute();
    expect(audit.map((x) => x.action)).toEqual(['joint_visit.code']);
    const after = await jointCodes();
    expect(after.map((x) => x.superseded_at === null)).toEqual([false, true]);
  });

  it('shows an open proposal past its confirmation day as expired (not merged) and refuses to accept it', async () => {
    await filed('a', usccs[1]);
    await filed('b', usccs[1]);
    const run = await c.coord.request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-03-01', to: '2026-03-31' } });
    const [proposalId] = run.json().proposalIds as number[];
    t.deps.now = at('2026-03-06'); // the due day was Thursday 03-05
    try {
      c.coord = await t.signIn('coord');
      const expired = (await c.coord.request({ url: '/api/v1/merge-proposals?state=expired' })).json();
      expect(expired.items.map((p: { id: number }) => p.id)).toEqual([proposalId]);
      const late = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${proposalId}/accept`, payload: { reason: '补确认' } });
      expect(late.statusCode).toBe(409);
      expect(late.json().error.code).toBe('MERGE_PROPOSAL_EXPIRED');
      expect(late.json().error.message).toContain('默认不合并');
    } finally {
      t.deps.now = at('2026-03-02');
    }
  });
});

/**
 * 综合查一次 from the coordinator's side: the scheduler's merge proposals over a period, the decision
 * (accept with a date and a lead, or reject with a reason), the joint visit with its team, combined
 * checklist and code, and who may read it. Today is Monday 2026-03-02 (Beijing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newDepartmentStaff, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);

describe.each(backends)('merge proposals and joint visits on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const e: Record<string, { id: number; uscc: string; name: string }> = {};

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    const a = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    const b = await newDepartment(db, { code: 'yjgl', name: '云和县应急管理局' });
    const x = await newDepartment(db, { code: 'zjj', name: '云和县住房和城乡建设局' });
    const shared = { id: 'q1', text: '是否建立安全生产责任制？' };
    await newItem(db, a.id, { code: 'scjg-001', name: '食品经营许可检查' });
    await db.updateTable('inspection_items').set({ checklist: JSON.stringify([shared, { id: 'q2', text: '是否建立进货查验记录？' }]) }).where('code', '=', 'scjg-001').execute();
    await newItem(db, b.id, { code: 'yjgl-001', name: '安全生产责任制检查' });
    await db.updateTable('inspection_items').set({ checklist: JSON.stringify([{ id: 'a', text: '是否建立安全生产责任制?' }, { id: 'b', text: '是否定期开展应急演练？' }]) }).where('code', '=', 'yjgl-001').execute();
    for (const [k, name] of [['pair', '云和县甲木玩具有限公司'], ['optout', '云和县乙木玩具有限公司'], ['quiet', '云和县丙木玩具有限公司']] as const) e[k] = await newEnterprise(db, { grade: 'C', name });
    for (const [d, p] of [[a, 'a'], [b, 'b'], [x, 'x']] as const) {
      await newDepartmentStaff(db, d.id, p);
    }
    const coord = await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    await newUser(db, 'enterprise', { enterpriseId: e.pair.id, username: 'ent-pair' });
    await db.insertInto('merge_opt_outs').values({ enterprise_id: e.optout.id, opt_out: true, reason: '企业生产旺季，申请各部门分别检查', set_by: coord.id }).execute();
    for (const u of ['admin-a', 'head-a', 'admin-b', 'head-b', 'admin-x', 'insp-a1', 'coord', 'sup', 'ent-pair']) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  /** A campaign filing through the API, submitted and approved by the head: it awaits the coordinator. */
  async function filed(p: 'a' | 'b', enterprise: string, plannedDate: string, windowEnd: string) {
    const res = await c[`admin-${p}`].request({
      method: 'POST',
      url: '/api/v1/filings',
      payload: {
        department: p === 'a' ? 'scjg' : 'yjgl',
        enterprise,
        kind: 'campaign',
        path: 'planned',
        campaignBasis: '丽水市 2026 年安全生产专项整治方案',
        mode: 'onsite',
        plannedDate,
        windowEnd,
        items: [p === 'a' ? 'scjg-001' : 'yjgl-001'],
        inspectors: [`insp-${p}1`, `insp-${p}2`],
      },
    });
    expect(res.statusCode, res.body).toBe(201);
    const id = res.json().id as number;
    expect((await c[`admin-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/submit`, payload: {} })).statusCode).toBe(200);
    const approved = await c[`head-${p}`].request({ method: 'POST', url: `/api/v1/filings/${id}/approve`, payload: {} });
    expect(approved.json().state, approved.body).toBe('head_approved');
    return id;
  }
  const filing = (id: number) => t.deps.db.selectFrom('filings').select(['planned_date', 'joins_filing_id', 'state']).where('id', '=', id).executeTakeFirstOrThrow();
  const auditCount = async () => Number((await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
  const proposals = async (q = '') => (await c.coord.request({ url: `/api/v1/merge-proposals${q}` })).json() as { total: number; items: { id: number; state: string; proposedDate: string; enterprise: { name: string }; filings: { id: number }[]; lead: { code: string }; dueOn: string }[] };

  const ids: Record<string, number> = {};

  it('proposes one joint visit for two departments in overlapping windows, none for an enterprise that opted out, never a quiet-period day', async () => {
    ids.pairA = await filed('a', e.pair.uscc, '2026-03-10', '2026-03-20');
    ids.pairB = await filed('b', e.pair.uscc, '2026-03-12', '2026-03-25');
    ids.optA = await filed('a', e.optout.uscc, '2026-03-10', '2026-03-20');
    ids.optB = await filed('b', e.optout.uscc, '2026-03-12', '2026-03-20');
    // Only 03-20 is in both windows and outside a C enterprise's quiet period (day 21 to month end).
    ids.quietA = await filed('a', e.quiet.uscc, '2026-03-20', '2026-03-31');
    ids.quietB = await filed('b', e.quiet.uscc, '2026-03-19', '2026-03-31');

    expect((await c['admin-a'].request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-03-01', to: '2026-03-31' } })).statusCode).toBe(403);
    const crossing = await c.coord.request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-12-15', to: '2027-01-15' } });
    expect(crossing.statusCode).toBe(400);
    expect(crossing.json().error.message).toContain('同一年度');
    const run = await c.coord.request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-03-01', to: '2026-03-31' } });
    expect(run.statusCode, run.body).toBe(201);
    expect(run.json().proposalIds).toHaveLength(2);

    const list = await proposals('?state=proposed');
    expect(list.total).toBe(2);
    const pair = list.items.find((p) => p.enterprise.name === e.pair.name)!;
    expect(pair.filings.map((f) => f.id).sort()).toEqual([ids.pairA, ids.pairB].sort());
    expect(pair.proposedDate >= '2026-03-12' && pair.proposedDate <= '2026-03-20').toBe(true);
    expect(pair.dueOn).toBe('2026-03-05'); // MERGE_CONFIRMATION: 3 working days
    expect(list.items.some((p) => p.enterprise.name === e.optout.name)).toBe(false);
    const quiet = list.items.find((p) => p.enterprise.name === e.quiet.name)!;
    expect(quiet.proposedDate).toBe('2026-03-20');
    for (const p of list.items) expect(Number(p.proposedDate.slice(8))).toBeLessThan(21);
    ids.pair = pair.id;
    ids.quiet = quiet.id;

    // A second run proposes nothing new for filings already in an open proposal.
    const again = await c.coord.request({ method: 'POST', url: '/api/v1/merge-proposals/runs', payload: { from: '2026-03-01', to: '2026-03-31' } });
    expect(again.json().proposalIds).toEqual([]);
    expect((await proposals(`?q=${encodeURIComponent('甲木')}`)).total).toBe(1);
    expect((await proposals(`?q=${e.quiet.uscc}`)).items[0].id).toBe(ids.quiet);
    expect((await c.sup.request({ url: '/api/v1/merge-proposals' })).statusCode).toBe(200);
    expect((await c['admin-a'].request({ url: '/api/v1/merge-proposals' })).statusCode).toBe(403);
  });

  it('refuses an unlawful date with a zh message and changes nothing', async () => {
    const before = { a: await filing(ids.quietA), b: await filing(ids.quietB), audit: await auditCount() };
    const quietDay = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/accept`, payload: { reason: '同一时段两部门检查，合并为一次', date: '2026-03-23' } });
    expect(quietDay.statusCode, quietDay.body).toBe(409);
    expect(quietDay.json().error.code).toBe('R6_QUIET_PERIOD');
    expect(quietDay.json().error.message).toContain('安静期');
    const outside = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/accept`, payload: { reason: '合并', date: '2026-03-18' } });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toMatch(/不在备案 #\d+.*检查时段/);
    const sunday = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/accept`, payload: { reason: '合并', date: '2026-03-22' } });
    expect(sunday.statusCode).toBe(409);
    expect(sunday.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect({ a: await filing(ids.quietA), b: await filing(ids.quietB), audit: await auditCount() }).toEqual(before);
    expect((await proposals('?state=proposed')).items.map((p) => p.id)).toContain(ids.quiet);
  });

  it('rejects only with a reason; the filings go on as filed', async () => {
    const none = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/reject`, payload: {} });
    expect(none.statusCode).toBe(400);
    const blank = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/reject`, payload: { reason: '' } });
    expect(blank.statusCode).toBe(400);
    const ok = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/reject`, payload: { reason: '两项检查内容差异大，企业要求分别安排' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ state: 'rejected', reason: '两项检查内容差异大，企业要求分别安排', decidedBy: 'coord' });
    expect(await filing(ids.quietA)).toMatchObject({ planned_date: '2026-03-20', joins_filing_id: null, state: 'head_approved' });
    const twice = await c.coord.request({ method: 'POST', url: `/api/v1/merge-proposals/${ids.quiet}/accept`, payload: { reason: '再次确认' } });
    expect(twice.statusCode).toBe(409);
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'merge_proposal').where('entity_id', '=', String(ids.quiet)).execute();
    expect(audit.map((x) => x.action)).toEqual(['merge_proposal.reject']);
  });

  it('accepts with a lead and a date: one visit, one day, one team, one checklist without repeats, one code', async () => {
    const res = await c.coord.request({
      method: 'POST',
      url: `/api/v1/merge-proposals/${ids.pair}/accept`,
      payload: { reason: '市场监管与应急管理同期入企，合并为综合查一次', date: '2026-03-13', leadDepartment: 'yjgl', acceptFilings: true },
    });
    expect(res.statusCode, res.body).toBe(200);
    const { proposal, jointVisit: v } = res.json();
    expect(proposal).toMatchObject({ state: 'accepted', jointVisitId: ids.pairB });
    expect(v).toMatchObject({ id: ids.pairB, date: '2026-03-13', lead: { code: 'yjgl' }, codeReady: true });
    expect(v.departments.map((d: { code: string }) => d.code).sort()).toEqual(['scjg', 'yjgl']);
    expect(await filing(ids.pairA)).toMatchObject({ planned_date: '2026-03-13', joins_filing_id: ids.pairB, state: 'notified' });
    expect(await filing(ids.pairB)).toMatchObject({ planned_date: '2026-03-13', joins_filing_id: null, state: 'notified' });
    expect(v.team).toHaveLength(4);
    for (const p of v.team) expect(p.certificateNumber).toMatch(/^ZJ/);
    const texts = v.checklist.map((q: { text: string }) => q.text);
    expect(texts).toHaveLength(3); // 安全生产责任制 asked by both items, once
    expect(v.checklist.find((q: { items: string[] }) => q.items.length === 2).items.sort()).toEqual(['scjg-001', 'yjgl-001']);
    expect(v.code).toEqual(expect.any(String));
    const verified = (await c['ent-pair'].request({ url: `/api/v1/codes/${encodeURIComponent(v.code)}` })).json();
    expect(verified.inspection).toMatchObject({ kind: 'joint_visit', id: ids.pairB, validFrom: '2026-03-13', validTo: '2026-03-13' });
    expect(verified.inspection.departments).toHaveLength(2);
    expect(verified.inspection.inspectors).toHaveLength(4);
    const codes = await t.deps.db.selectFrom('inspection_codes').select('id').where('subject_kind', '=', 'joint_visit').where('superseded_at', 'is', null).execute();
    expect(codes).toHaveLength(1);
    const joined = await t.deps.db.selectFrom('audit_log').select('action').where('entity', '=', 'filing').where('entity_id', '=', String(ids.pairA)).execute();
    expect(joined.map((x) => x.action)).toContain('filing.join');

    const xlsx = await c.coord.request({ url: `/api/v1/joint-visits/${ids.pairB}/checklist.xlsx` });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    expect((await proposals('?state=accepted&department=scjg')).total).toBe(1);
  });

  it('shows a joint visit to its departments, the coordinator and supervisors only', async () => {
    expect((await c['insp-a1'].request({ url: `/api/v1/joint-visits/${ids.pairB}` })).statusCode).toBe(200);
    expect((await c.sup.request({ url: `/api/v1/joint-visits/${ids.pairB}` })).statusCode).toBe(200);
    const other = await c['admin-x'].request({ url: `/api/v1/joint-visits/${ids.pairB}` });
    expect(other.statusCode).toBe(403);
    expect(other.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await c['admin-x'].request({ url: `/api/v1/joint-visits/${ids.pairB}/checklist.xlsx` })).statusCode).toBe(403);
    expect((await c['admin-x'].request({ url: '/api/v1/joint-visits' })).json().total).toBe(0);
    expect((await c['admin-a'].request({ url: '/api/v1/joint-visits' })).json().items.map((v: { id: number }) => v.id)).toEqual([ids.pairB]);
    expect((await c['ent-pair'].request({ url: '/api/v1/joint-visits' })).statusCode).toBe(403);
    expect((await c.coord.request({ url: `/api/v1/joint-visits?q=${e.pair.uscc}` })).json().total).toBe(1);
    expect((await c.coord.request({ url: '/api/v1/joint-visits/999999' })).statusCode).toBe(404);
  });

  it('lists a joint visit formed at filing time too (no joint_visits row), and issues its code on request once all are accepted', async () => {
    await t.deps.db.updateTable('filings').set({ joins_filing_id: ids.optA, planned_date: '2026-03-12' }).where('id', '=', ids.optB).execute();
    await t.deps.db.updateTable('filings').set({ planned_date: '2026-03-12' }).where('id', '=', ids.optA).execute();
    const list = (await c.coord.request({ url: '/api/v1/joint-visits' })).json();
    const formed = list.items.find((v: { id: number }) => v.id === ids.optA);
    expect(formed).toMatchObject({ accepted: null, hasCode: false, lead: { code: 'scjg' } });
    const early = await c.coord.request({ method: 'POST', url: `/api/v1/joint-visits/${ids.optA}/code` });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.message).toContain('须已通过审核');
  });
});

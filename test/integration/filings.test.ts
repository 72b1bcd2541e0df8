/**
 * The filing lifecycle through the API: every transition of the state machine, every refusal of the
 * issue's "bad input and misuse" list (each with a zh message and nothing changed), and the deadlines'
 * default outcomes. The clock is fixed: today is Monday 2026-03-02 (Beijing).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyDeadlines } from '../../src/modules/filings/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newInspector, newItem, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);

describe.each(backends)('filing lifecycle on %s', (backend) => {
  let t: TestApp;
  const c: Record<string, Client> = {};
  const e: Record<string, string> = {};
  let deptA: string;
  let deptB: string;

  beforeAll(async () => {
    t = await createTestApp(backend);
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    const a = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    const b = await newDepartment(db, { code: 'yjgl', name: '云和县应急管理局' });
    deptA = a.code;
    deptB = b.code;
    await newItem(db, a.id, { code: 'scjg-001', name: '食品经营许可检查' });
    await newItem(db, a.id, { code: 'scjg-002', name: '特种设备使用检查' });
    await newItem(db, b.id, { code: 'yjgl-001', name: '安全生产责任制检查' });
    for (const [k, grade] of [['c1', 'C'], ['c2', 'C'], ['c3', 'C'], ['c4', 'C'], ['c5', 'C'], ['b1', 'B']] as const) e[k] = (await newEnterprise(db, { grade })).uscc;
    const ent = await db.selectFrom('enterprises').select('id').where('uscc', '=', e.c1).executeTakeFirstOrThrow();
    await newUser(db, 'dept_admin', { departmentId: a.id, username: 'admin-a' });
    await newUser(db, 'dept_head', { departmentId: a.id, username: 'head-a' });
    await newUser(db, 'dept_admin', { departmentId: b.id, username: 'admin-b' });
    await newUser(db, 'dept_head', { departmentId: b.id, username: 'head-b' });
    await newInspector(db, a.id, { username: 'insp-a1' });
    await newInspector(db, a.id, { username: 'insp-a2' });
    await newInspector(db, a.id, { username: 'insp-a3', certificateValidUntil: '2026-03-01' });
    await newInspector(db, b.id, { username: 'insp-b1' });
    await newInspector(db, b.id, { username: 'insp-b2' });
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    await newUser(db, 'enterprise', { enterpriseId: ent.id, username: 'ent-c1' });
    for (const u of ['admin-a', 'head-a', 'admin-b', 'head-b', 'insp-a1', 'insp-b1', 'coord', 'sup', 'ent-c1']) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  const body = (o: Record<string, unknown> = {}) => ({
    department: deptA,
    enterprise: e.c1,
    kind: 'random',
    path: 'triggered',
    exceptionCase: 'COMPLAINT_REPORT',
    exceptionReason: '12345 热线投诉：销售过期食品',
    mode: 'onsite',
    plannedDate: '2026-03-10',
    items: ['scjg-001'],
    inspectors: ['insp-a1', 'insp-a2'],
    ...o,
  });
  /** A campaign (专项检查) with its basis: on the planned path without a published plan. */
  const campaign = { path: 'planned', kind: 'campaign', campaignBasis: '丽水市特种设备安全专项整治方案', exceptionCase: undefined, exceptionReason: undefined };
  const file = (o: Record<string, unknown> = {}, who = 'admin-a') => c[who].request({ method: 'POST', url: '/api/v1/filings', payload: body(o) });
  const step = (id: number, action: string, who: string, payload: Record<string, unknown> = {}) => c[who].request({ method: 'POST', url: `/api/v1/filings/${id}/${action}`, payload });
  const counts = async () => ({
    filings: Number((await t.deps.db.selectFrom('filings').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
    audit: Number((await t.deps.db.selectFrom('audit_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n),
  });
  const stateOf = async (id: number) => (await t.deps.db.selectFrom('filings').select('state').where('id', '=', id).executeTakeFirstOrThrow()).state;

  /** Refused with the status and code, a zh message, and nothing changed. */
  async function refused(run: () => Promise<{ statusCode: number; json(): { error: { code: string; message: string } } }>, status: number, code: string) {
    const before = await counts();
    const res = await run();
    expect(res.statusCode, JSON.stringify(res.json())).toBe(status);
    expect(res.json().error.code).toBe(code);
    expect(res.json().error.message).toMatch(/[\u4e00-\u9fff]/);
    expect(await counts()).toEqual(before);
    return res.json().error;
  }

  it('walks one filing from draft to completed record, every step audited', async () => {
    const created = await file(campaign);
    expect(created.statusCode, created.body).toBe(201);
    const f = created.json();
    expect(f).toMatchObject({ state: 'draft', department: { code: 'scjg' }, transitions: expect.arrayContaining(['submit', 'cancel']) });
    expect(f.check.findings.map((x: { rule: string }) => x.rule)).toEqual(expect.arrayContaining(['R1', 'R13']));

    expect((await step(f.id, 'submit', 'admin-a')).json().state).toBe('submitted');
    const approved = (await step(f.id, 'approve', 'head-a')).json();
    expect(approved.state).toBe('head_approved');
    expect(approved.items[0].version).toBe(1); // frozen at approval
    const accepted = (await step(f.id, 'accept', 'coord', { comment: '同意' })).json();
    expect(accepted.state).toBe('notified');
    expect(accepted.notice).toMatchObject({ issuedOn: '2026-03-02', acknowledgedAt: null });
    expect(accepted.history.map((h: { action: string }) => h.action)).toEqual(['filing.create', 'filing.submit', 'filing.approve', 'filing.accept', 'filing.notify']);

    const mine = (await c['ent-c1'].request({ url: '/api/v1/enterprise/notices' })).json();
    expect(mine.total).toBe(1);
    expect(mine.items[0].content).toMatchObject({ date: '2026-03-10', onsiteCountThisYear: { year: 2026, count: 1 }, inspectors: [{ name: expect.any(String) }, { name: expect.any(String) }] });
    expect(JSON.stringify(mine.items[0].content.rights)).toContain('回避');
    const ack = await c['ent-c1'].request({ method: 'POST', url: `/api/v1/enterprise/notices/${mine.items[0].id}/acknowledge`, payload: { recusalRequest: '执法人员张三系本企业股东亲属' } });
    expect(ack.statusCode).toBe(200);
    const html = await c['ent-c1'].request({ url: `/api/v1/filings/${f.id}/notice.html` });
    expect(html.headers['content-type']).toContain('text/html');
    expect(html.body).toContain('检查通知书');
    expect(html.body).toContain('@page');

    const history = (await c['insp-a1'].request({ url: `/api/v1/enterprises/${e.c1}/history?year=2026` })).json();
    expect(history.counts.onsiteInspections).toBe(1);
    expect(history.filings[0]).toMatchObject({ id: f.id, department: { code: 'scjg' } });

    t.deps.now = at('2026-03-10');
    try {
      const insp = await t.signIn('insp-a1'); // yesterday's session has expired
      const arrived = await insp.request({ method: 'POST', url: `/api/v1/filings/${f.id}/arrive`, payload: { codeShown: true } });
      expect(arrived.statusCode, arrived.body).toBe(200);
      expect(arrived.json().state).toBe('in_progress');
      const checklist = (await insp.request({ url: `/api/v1/filings/${f.id}/checklist` })).json().items;
      const incomplete = await insp.request({ method: 'POST', url: `/api/v1/filings/${f.id}/complete`, payload: { answers: [], outcome: 'none' } });
      expect(incomplete.json().error.code).toBe('CHECKLIST_INCOMPLETE');
      const done = await insp.request({
        method: 'POST',
        url: `/api/v1/filings/${f.id}/complete`,
        payload: { answers: checklist.map((q: { key: string }) => ({ key: q.key, answer: 'no' })), outcome: 'problems', problems: [{ description: '未建立进货查验记录', rectifyBy: '2026-03-31' }] },
      });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json()).toMatchObject({ state: 'completed', record: { outcome: 'problems', rectificationDue: '2026-03-31', codeShown: true } });
    } finally {
      t.deps.now = at('2026-03-02');
    }
  });

  it('refuses an item outside the catalog, naming it', async () => {
    const err = await refused(() => file({ items: ['yjgl-001'] }), 409, 'R1_ITEM_NOT_IN_CATALOG');
    expect(err.message).toContain('yjgl-001');
  });

  it('refuses a date in the quiet period without a case, and allows it with one', async () => {
    const err = await refused(() => file({ ...campaign, plannedDate: '2026-03-23', enterprise: e.c2 }), 409, 'R6_QUIET_PERIOD');
    expect(err.message).toContain('安静期');
    const ok = await file({ plannedDate: '2026-03-23', enterprise: e.c2 });
    expect(ok.statusCode, ok.body).toBe(201);
  });

  it('refuses fewer than two qualified inspectors, and an expired certificate', async () => {
    await refused(() => file({ inspectors: ['insp-a1'] }), 409, 'R13_TOO_FEW_QUALIFIED');
    const err = await refused(() => file({ inspectors: ['insp-a1', 'insp-a3'] }), 409, 'R13_TOO_FEW_QUALIFIED');
    expect(err.message).toContain('2026-03-01');
    await refused(() => file({ inspectors: ['insp-a1', 'insp-b1'] }), 400, 'INSPECTOR_NOT_IN_DEPARTMENT');
  });

  it('refuses a transition by the wrong role, from the wrong state, by another department, and a double submit', async () => {
    const id = (await file({ enterprise: e.c3 })).json().id as number;
    await refused(() => step(id, 'approve', 'head-a'), 409, 'INVALID_TRANSITION');
    await refused(() => step(id, 'accept', 'coord'), 409, 'INVALID_TRANSITION');
    await refused(() => step(id, 'submit', 'admin-b'), 403, 'FORBIDDEN');
    expect((await c['admin-b'].request({ url: `/api/v1/filings/${id}` })).statusCode).toBe(403);
    await refused(() => step(id, 'cancel', 'admin-b', { reason: '越权撤销' }), 403, 'FORBIDDEN');
    await refused(() => step(id, 'submit', 'sup'), 403, 'FORBIDDEN');
    expect((await step(id, 'submit', 'admin-a')).statusCode).toBe(200);
    await refused(() => step(id, 'submit', 'admin-a'), 409, 'INVALID_TRANSITION');
    await refused(() => step(id, 'approve', 'admin-a'), 403, 'FORBIDDEN_TRANSITION');
    await refused(() => step(id, 'approve', 'head-b'), 403, 'FORBIDDEN');
    expect(await stateOf(id)).toBe('submitted');
    expect((await step(id, 'reject', 'head-a', { reason: '检查事项需补充' })).json().state).toBe('returned');
    expect((await step(id, 'submit', 'admin-a')).json().state).toBe('submitted');
    expect((await step(id, 'approve', 'head-a')).json().state).toBe('head_approved');
    expect((await step(id, 'return', 'coord', { reason: '请与应急管理局合并' })).json()).toMatchObject({ state: 'returned', reviewComment: '请与应急管理局合并' });
    expect((await step(id, 'cancel', 'admin-a', { reason: '投诉已撤回' })).json().state).toBe('cancelled');
    await refused(() => step(id, 'submit', 'admin-a'), 409, 'INVALID_TRANSITION');
  });

  it('asks a written justification for a warning and keeps it', async () => {
    // Department A visits c5 on 03-10: a B filing at c5 in the same period is a merge candidate (R11).
    const a = (await file({ ...campaign, enterprise: e.c5 })).json().id as number;
    for (const [action, who] of [['submit', 'admin-a'], ['approve', 'head-a'], ['accept', 'coord']]) expect((await step(a, action, who)).statusCode).toBe(200);
    const created = await file({ enterprise: e.c5, department: deptB, items: ['yjgl-001'], inspectors: ['insp-b1', 'insp-b2'], plannedDate: '2026-03-12' }, 'admin-b');
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    const err = await refused(() => step(id, 'submit', 'admin-b'), 400, 'JUSTIFICATION_REQUIRED');
    expect(err.message).toContain('R11_MERGE_PROPOSED');
    const ok = await step(id, 'submit', 'admin-b', { justifications: { R11_MERGE_PROPOSED: '应急管理局需携带专业检测设备，无法与市场监管局同日检查' } });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json().justifications.R11_MERGE_PROPOSED).toMatchObject({ by: 'admin-b' });
  });

  it('requires merging, and lets the department resubmit', async () => {
    const id = (await file({ enterprise: e.c4, plannedDate: '2026-03-11' })).json().id as number;
    await step(id, 'submit', 'admin-a');
    await step(id, 'approve', 'head-a');
    const merge = await step(id, 'require-merge', 'coord', { reason: '与应急管理局同期检查，请合并' });
    expect(merge.json()).toMatchObject({ state: 'merge_required', deadlines: expect.arrayContaining([expect.objectContaining({ code: 'MERGE_CONFIRMATION' })]) });
    expect((await step(id, 'submit', 'admin-a')).json().state).toBe('submitted');
  });

  it('lists filings with filters, a department only its own, and exports Excel with Chinese headers', async () => {
    const own = (await c['admin-b'].request({ url: '/api/v1/filings' })).json();
    expect(own.items.every((f: { department: { code: string } }) => f.department.code === deptB)).toBe(true);
    await refused(() => c['admin-b'].request({ url: `/api/v1/filings?department=${deptA}` }), 403, 'FORBIDDEN');
    const all = (await c.coord.request({ url: `/api/v1/filings?department=${deptA}&state=completed&from=2026-03-01&to=2026-03-31` })).json();
    expect(all.total).toBe(1);
    const xlsx = await c.sup.request({ url: '/api/v1/filings.xlsx' });
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(wb.getWorksheet('备案清单')?.getRow(1).getCell(2).value).toBe('执法部门');
  });

  it('holds back on-site inspection of items that passed an off-site check (R8), unless a reason is stated', async () => {
    const rec = await c['admin-a'].request({ method: 'POST', url: '/api/v1/offsite-checks', payload: { department: deptA, enterprise: e.c3, source: 'sensor', checkedOn: '2026-02-20', items: ['scjg-002'], result: 'pass', summary: '物联感知数据正常' } });
    expect(rec.statusCode, rec.body).toBe(201);
    const err = await refused(() => file({ ...campaign, enterprise: e.c3, items: ['scjg-002'] }), 409, 'R8_OFFSITE_PASSED');
    expect(err.message).toContain('非现场');
    expect((await file({ ...campaign, enterprise: e.c3, items: ['scjg-002'], onsiteReason: '投诉反映设备存在异响，需现场核实' })).statusCode).toBe(201);
  });

  it('reports research and leaders’ visits: quiet period and lead time apply, counted by type', async () => {
    const visit = (o: Record<string, unknown>) =>
      c.coord.request({ method: 'POST', url: '/api/v1/visits', payload: { type: 'research', enterprise: e.c4, organiser: '县发改局', visitDate: '2026-03-09', purpose: '调研产业链配套', businessRelation: '企业主营木制玩具出口', relatedToBusiness: true, ...o } });
    await refused(() => visit({ visitDate: '2026-03-04' }), 409, 'R10_REPORT_TOO_LATE');
    await refused(() => visit({ relatedToBusiness: false }), 409, 'R10_NOT_BUSINESS_RELATED');
    expect((await visit({})).statusCode).toBe(201);
    expect((await visit({ type: 'leader', leaderName: '县领导', visitDate: '2026-03-10' })).statusCode).toBe(201);
    const h = (await c.coord.request({ url: `/api/v1/enterprises/${e.c4}/history?year=2026` })).json();
    expect(h.counts).toMatchObject({ research: 1, leader: 1 });
  });

  it('runs the emergency path: inspect first, register before leaving, approval and review afterwards', async () => {
    const started = await file({ path: 'emergency', exceptionCase: 'EMERGENCY', exceptionReason: '企业发生危化品泄漏', items: [], startedAt: '2026-03-02T01:00:00.000Z', plannedDate: '2026-03-02', enterprise: e.c2 }, 'insp-a1');
    expect(started.statusCode, started.body).toBe(201);
    const id = started.json().id as number;
    expect(started.json()).toMatchObject({ state: 'in_progress', registeredAt: null });
    expect(started.json().deadlines.map((d: { code: string }) => d.code).sort()).toEqual(['EMERGENCY_REGISTRATION', 'EXCEPTION_FILING', 'URGENT_APPROVAL_RECORD']);
    await refused(() => c['insp-a1'].request({ method: 'POST', url: `/api/v1/filings/${id}/complete`, payload: { answers: [], outcome: 'none' } }), 400, 'NOT_REGISTERED');
    const reg = await step(id, 'register', 'insp-a1', { items: ['scjg-002'] });
    expect(reg.statusCode, reg.body).toBe(200);
    expect((await step(id, 'approve', 'head-a')).json().state).toBe('in_progress');
    expect((await step(id, 'accept', 'coord')).json().state).toBe('in_progress');
    const checklist = (await c['insp-a1'].request({ url: `/api/v1/filings/${id}/checklist` })).json().items;
    const done = await c['insp-a1'].request({ method: 'POST', url: `/api/v1/filings/${id}/complete`, payload: { answers: checklist.map((q: { key: string }) => ({ key: q.key, answer: 'yes' })), outcome: 'violation', caseReference: '云市监立〔2026〕12号' } });
    expect(done.json()).toMatchObject({ state: 'completed', deadlines: expect.arrayContaining([expect.objectContaining({ code: 'URGENT_APPROVAL_RECORD', metAt: expect.any(String) })]) });
    await refused(() => file({ path: 'emergency', exceptionCase: 'COMPLAINT_REPORT', exceptionReason: '投诉', startedAt: '2026-03-02T01:00:00.000Z' }, 'insp-a1'), 400, 'NOT_AN_EMERGENCY_CASE');
  });

  it('gives each passed deadline the policy’s default outcome, once', async () => {
    const mk = async (enterprise: string, date: string) => (await file({ ...campaign, enterprise, plannedDate: date })).json().id as number;
    const unapproved = await mk(e.c4, '2026-03-10');
    await step(unapproved, 'submit', 'admin-a');
    const unreviewed = await mk(e.c3, '2026-03-20');
    await step(unreviewed, 'submit', 'admin-a');
    await step(unreviewed, 'approve', 'head-a');
    const unregistered = (await file({ path: 'emergency', exceptionCase: 'EMERGENCY', exceptionReason: '火灾隐患', items: [], startedAt: '2026-03-02T01:00:00.000Z', enterprise: e.c4 }, 'insp-a1')).json().id as number;

    const first = await applyDeadlines(t.deps, '2026-03-06');
    const by = (id: number, code: string) => first.find((o) => o.filingId === id && o.code === code)?.outcome;
    expect(by(unreviewed, 'COORDINATOR_REVIEW')).toBe('DEEMED_ACCEPTED');
    expect(await stateOf(unreviewed)).toBe('notified');
    expect(by(unregistered, 'EMERGENCY_REGISTRATION')).toBe('FLAGGED_UNREGISTERED');
    const flags = (await c.sup.request({ url: `/api/v1/filings/${unregistered}` })).json().flags;
    expect(flags.map((f: { code: string }) => f.code)).toContain('FLAGGED_UNREGISTERED');
    expect((await c['admin-a'].request({ url: `/api/v1/filings/${unregistered}` })).json().flags).toEqual([]);

    const later = await applyDeadlines(t.deps, '2026-03-11');
    expect(later.find((o) => o.filingId === unapproved)?.outcome).toBe('NOT_APPROVED');
    expect(await stateOf(unapproved)).toBe('cancelled');
    expect(later.find((o) => o.filingId === unreviewed && o.code === 'NOTICE_ACK')?.outcome).toBe('DEEMED_DELIVERED');
    expect(await applyDeadlines(t.deps, '2026-03-11')).toEqual([]);
  });
});

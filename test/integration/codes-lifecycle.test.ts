/**
 * 查前备案、查时亮码 through the filing lifecycle: every accepted on-site inspection gets a code that
 * verifies on its day (and its QR code, on the filing and on the printed notice); a cancelled one's
 * code is refused; the enterprise's own valid scan marks the code shown; a visit completed without
 * one is flagged to the coordinator and supervisors only; an old code replayed for a new visit fails;
 * a revoked key's codes are issued again. Today is Monday 2026-03-02 (Beijing) unless moved.
 */
import { createPublicKey, type JsonWebKey } from 'node:crypto';
import QRCode from 'qrcode';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeCoversVisit, openCode } from '../../src/domain/codes/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newInspector, newItem, newUser } from '../helpers/factories.ts';

const at = (date: string) => () => new Date(`${date}T02:00:00.000Z`);
const USERS = ['admin-a', 'head-a', 'insp-a1', 'coord', 'sup', 'ent-c1', 'ent-c2', 'ent-c3'];

describe.each(backends)('inspection codes in the filing lifecycle on %s', (backend) => {
  let t: TestApp;
  let c: Record<string, Client>;
  const e: Record<string, string> = {};

  /** Moves the clock (sessions last 30 days here, so the sign-ins of 03-02 hold throughout). */
  async function on(date: string) {
    t.deps.now = at(date);
  }
  /** Reads a token with the published keys (as an offline verifier would). */
  async function decode(token: string) {
    const { keys } = (await t.app.inject({ url: '/api/v1/codes/keys' })).json() as { keys: { id: number; jwk: JsonWebKey }[] };
    return openCode(token, new Map(keys.map((k) => [k.id, createPublicKey({ key: k.jwk, format: 'jwk' })])));
  }

  beforeAll(async () => {
    t = await createTestApp(backend, { SESSION_TTL_HOURS: '720' });
    t.deps.now = at('2026-03-02');
    const db = t.deps.db;
    const a = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    await newItem(db, a.id, { code: 'scjg-001', name: '食品经营许可检查' });
    for (const k of ['c1', 'c2', 'c3', 'c4', 'c5']) e[k] = (await newEnterprise(db, { grade: 'C' })).uscc;
    await newUser(db, 'dept_admin', { departmentId: a.id, username: 'admin-a' });
    await newUser(db, 'dept_head', { departmentId: a.id, username: 'head-a' });
    await newInspector(db, a.id, { username: 'insp-a1' });
    await newInspector(db, a.id, { username: 'insp-a2' });
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'supervisor', { username: 'sup' });
    for (const k of ['c1', 'c2', 'c3']) {
      const ent = await db.selectFrom('enterprises').select('id').where('uscc', '=', e[k]).executeTakeFirstOrThrow();
      await newUser(db, 'enterprise', { enterpriseId: ent.id, username: `ent-${k}` });
    }
    c = {};
    for (const u of USERS) c[u] = await t.signIn(u);
  });
  afterAll(() => t.close());

  const body = (o: Record<string, unknown>) => ({
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
    const created = await c['admin-a'].request({ method: 'POST', url: '/api/v1/filings', payload: body(o) });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as number;
    for (const [action, who] of [['submit', 'admin-a'], ['approve', 'head-a'], ['accept', 'coord']]) {
      const res = await step(id, action, who);
      expect(res.statusCode, res.body).toBe(200);
    }
    return id;
  }
  const detail = async (id: number, who = 'admin-a') => (await c[who].request({ url: `/api/v1/filings/${id}` })).json();
  const verify = (token: string, who?: string) =>
    who ? c[who].request({ url: `/api/v1/codes/${token}` }) : t.app.inject({ url: `/api/v1/codes/${token}` });
  const flagsOf = async (id: number) => (await t.deps.db.selectFrom('filing_flags').select('code').where('filing_id', '=', id).execute()).map((f) => f.code);
  async function complete(id: number, payload: Record<string, unknown> = {}) {
    const arrived = await step(id, 'arrive', 'insp-a1', { codeShown: true });
    expect(arrived.statusCode, arrived.body).toBe(200);
    const checklist = (await c['insp-a1'].request({ url: `/api/v1/filings/${id}/checklist` })).json().items as { key: string }[];
    return step(id, 'complete', 'insp-a1', { answers: checklist.map((q) => ({ key: q.key, answer: 'yes' })), outcome: 'none', ...payload });
  }

  let first: number;
  let firstCode: string;

  it('gives every accepted on-site filing a code that verifies on its day, with its QR code, on the filing and the notice', async () => {
    first = await accepted({ enterprise: e.c1 });
    const f = await detail(first);
    expect(f.state).toBe('notified');
    expect(f).toMatchObject({ code: expect.stringMatching(/^[A-Z2-7]+$/), codeValidFrom: '2026-03-10', codeValidTo: '2026-03-10' });
    firstCode = f.code;
    expect(f.codeUrl).toBe(`/v/${firstCode}`);
    expect(Buffer.from(f.codeQr.replace('data:image/svg+xml;base64,', ''), 'base64').toString()).toContain('<svg');
    for (const who of ['coord', 'sup']) expect((await detail(first, who)).code).toBe(firstCode);
    // The full URL in one QR code: byte mode for the prefix, alphanumeric for the token.
    const qr = QRCode.create(`http://localhost${f.codeUrl}`, { errorCorrectionLevel: 'M' });
    expect(qr.segments.map((s) => s.mode.id)).toContain('Alphanumeric');
    expect(qr.version).toBeLessThanOrEqual(25);
    const payload = await decode(firstCode);
    expect(payload).toMatchObject({ subject: { kind: 'inspection', id: first }, enterpriseUscc: e.c1, departments: [{ code: 'scjg' }], items: [{ code: 'scjg-001' }] });
    expect(payload?.inspectors).toHaveLength(2);
    const audit = await t.deps.db.selectFrom('audit_log').select('after').where('action', '=', 'filing.accept').where('entity_id', '=', String(first)).executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ code: { validFrom: '2026-03-10' } });

    const notices = (await c['ent-c1'].request({ url: '/api/v1/enterprise/notices' })).json().items;
    expect(notices[0]).toMatchObject({ filingId: first, code: firstCode, codeUrl: `/v/${firstCode}` });
    const html = await c['ent-c1'].request({ url: `/api/v1/filings/${first}/notice.html` });
    expect(html.body).toContain('<svg');
    expect(html.body).toContain('检查码');

    expect((await verify(firstCode)).json()).toMatchObject({ valid: false, reason: 'NOT_YET_VALID' });
    await on('2026-03-10');
    expect((await verify(firstCode)).json()).toMatchObject({ valid: true, reason: null, inspection: { id: first } });
    await on('2026-03-02');
  });

  it('issues no code for an off-site check, and one for an emergency inspection as it is registered', async () => {
    const offsite = await accepted({ enterprise: e.c4, mode: 'offsite' });
    expect((await detail(offsite)).code).toBeNull();
    const emergency = await c['insp-a1'].request({
      method: 'POST',
      url: '/api/v1/filings',
      payload: body({ enterprise: e.c5, path: 'emergency', kind: 'targeted', campaignBasis: undefined, exceptionCase: 'EMERGENCY', exceptionReason: '企业发生食物中毒事件', startedAt: '2026-03-02T01:00:00.000Z', plannedDate: '2026-03-02' }),
    });
    expect(emergency.statusCode, emergency.body).toBe(201);
    expect(emergency.json()).toMatchObject({ state: 'in_progress', codeValidFrom: '2026-03-02', codeValidTo: '2026-03-02' });
    expect((await verify(emergency.json().code)).json().valid).toBe(true);
  });

  it('refuses the code of a cancelled inspection, and shows it no more', async () => {
    const id = await accepted({ enterprise: e.c3 });
    const token = (await detail(id)).code as string;
    expect((await step(id, 'cancel', 'admin-a', { reason: '企业已停业' })).json()).toMatchObject({ state: 'cancelled', code: null });
    await on('2026-03-10');
    expect((await verify(token, 'ent-c3')).json()).toMatchObject({ valid: false, reason: 'CANCELLED' });
    expect((await c['ent-c3'].request({ url: '/api/v1/enterprise/notices' })).json().items[0].code).toBeNull();
    await on('2026-03-02');
  });

  it('marks the code shown when the enterprise itself verifies it, and flags a visit completed without', async () => {
    const unscanned = await accepted({ enterprise: e.c2 });
    const token2 = (await detail(unscanned)).code as string;
    await on('2026-03-10');
    // Scans by the public, a department user or another enterprise do not count.
    expect((await verify(token2)).json().valid).toBe(true);
    expect((await verify(token2, 'admin-a')).json().valid).toBe(true);
    expect((await verify(token2, 'ent-c1')).json()).toMatchObject({ valid: false, reason: 'WRONG_ENTERPRISE', inspection: null });
    expect((await verify(firstCode, 'ent-c1')).json().valid).toBe(true);
    const shown = await t.deps.db.selectFrom('inspection_codes').select(['subject_id', 'shown_at']).where('shown_at', 'is not', null).execute();
    expect(shown.map((s) => Number(s.subject_id))).toEqual([first]);

    expect((await complete(first)).json()).toMatchObject({ state: 'completed', code: null });
    expect(await flagsOf(first)).not.toContain('CODE_NOT_SHOWN');

    // The inspector's own word (codeShown) and anything else it sends cannot stand in for the scan.
    const arrived = await step(unscanned, 'arrive', 'insp-a1', { codeShown: true });
    expect(arrived.statusCode).toBe(200);
    const sneaky = await step(unscanned, 'complete', 'insp-a1', { answers: [], outcome: 'none', flags: [] });
    expect(sneaky.json().error.code).toBe('VALIDATION_FAILED');
    const checklist = (await c['insp-a1'].request({ url: `/api/v1/filings/${unscanned}/checklist` })).json().items as { key: string }[];
    const done = await step(unscanned, 'complete', 'insp-a1', { answers: checklist.map((q) => ({ key: q.key, answer: 'yes' })), outcome: 'none' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json().flags).toEqual([]); // the department does not see it
    expect(await flagsOf(unscanned)).toContain('CODE_NOT_SHOWN');
    for (const who of ['coord', 'sup']) expect((await detail(unscanned, who)).flags.map((f: { code: string }) => f.code)).toContain('CODE_NOT_SHOWN');
    expect((await detail(unscanned, 'admin-a')).flags).toEqual([]);
    // A scan after the visit is over does not undo it: the code is no longer valid.
    expect((await verify(token2, 'ent-c2')).json()).toMatchObject({ valid: false, reason: 'COMPLETED' });
    expect(await flagsOf(unscanned)).toContain('CODE_NOT_SHOWN');
    await on('2026-03-02');
  });

  it('refuses an old code replayed for a new visit, and a scan of it shows nothing for the new one', async () => {
    const second = await accepted({ enterprise: e.c1, plannedDate: '2026-03-19' });
    const secondCode = (await detail(second)).code as string;
    expect(secondCode).not.toBe(firstCode);
    const old = (await decode(firstCode))!;
    expect(codeCoversVisit(old, { kind: 'inspection', id: second, date: '2026-03-19' })).toBe(false);
    expect(codeCoversVisit((await decode(secondCode))!, { kind: 'inspection', id: second, date: '2026-03-19' })).toBe(true);
    await on('2026-03-19');
    expect((await verify(firstCode, 'ent-c1')).json()).toMatchObject({ valid: false, reason: 'EXPIRED' });
    await on('2026-03-10');
    expect((await verify(firstCode, 'ent-c1')).json()).toMatchObject({ valid: false, reason: 'COMPLETED' });
    await on('2026-03-19');
    const done = await complete(second);
    expect(done.statusCode, done.body).toBe(200);
    expect(await flagsOf(second)).toContain('CODE_NOT_SHOWN');
    await on('2026-03-02');
  });

  it('answers many verifications at once each with its own verdict, and logs every one (batched look-ups and scan log)', async () => {
    const live = await accepted({ enterprise: e.c4, plannedDate: '2026-03-12' });
    const cancelled = await accepted({ enterprise: e.c5, plannedDate: '2026-03-12' });
    const [liveCode, cancelledCode] = [(await detail(live)).code as string, (await detail(cancelled)).code as string];
    await step(cancelled, 'cancel', 'admin-a', { reason: '检查任务取消' });
    await on('2026-03-12');
    const forged = `${liveCode.slice(0, 40)}${liveCode[40] === 'A' ? 'B' : 'A'}${liveCode.slice(41)}`;
    const tokens = Array.from({ length: 45 }, (_, i) => [liveCode, cancelledCode, forged][i % 3]);
    const count = async () => Number((await t.deps.db.selectFrom('scan_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
    const before = await count();
    const answers = await Promise.all(tokens.map((token, i) => t.app.inject({ url: `/api/v1/codes/${token}`, remoteAddress: `203.0.113.${i + 1}` })));
    expect(answers.map((a) => a.json().reason)).toEqual(tokens.map((tk) => (tk === liveCode ? null : tk === cancelledCode ? 'CANCELLED' : 'MALFORMED_OR_FORGED')));
    expect(answers.filter((a) => a.json().valid).every((a) => a.json().inspection.id === live)).toBe(true);
    expect((await count()) - before).toBe(tokens.length);
    await on('2026-03-02');
  });

  it('issues the codes of a revoked key again, audited, and the old ones stop verifying', async () => {
    const id = await accepted({ enterprise: e.c3, plannedDate: '2026-03-11' });
    const before = (await detail(id)).code as string;
    const res = await c.coord.request({ method: 'POST', url: '/api/v1/codes/keys/rotate', payload: { revoke: true, reason: '签名密钥疑似泄露' } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ revoked: true, reissued: expect.any(Number) });
    expect(res.json().reissued).toBeGreaterThanOrEqual(1);
    const after = (await detail(id)).code as string;
    expect(after).not.toBe(before);
    await on('2026-03-11');
    expect((await verify(before)).json()).toMatchObject({ valid: false, reason: 'MALFORMED_OR_FORGED' });
    expect((await verify(after, 'ent-c3')).json().valid).toBe(true);
    const history = (await detail(id, 'sup')).history.map((h: { action: string }) => h.action);
    expect(history).toContain('filing.code_reissue');
    await on('2026-03-02');
  });
});

/**
 * Inspection codes over HTTP on a real database: issuing, public verification with its online checks
 * (cancelled, completed, replaced), the same answer for every forgery, the scan log, the published
 * keys, rotation and revocation, and the per-client rate limit.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signCode, verifyCode } from '../../src/domain/codes/index.ts';
import type { FilingState } from '../../src/db/tables/filings.ts';
import { ensureSigningKey, issueInspectionCode, tokenHash, VERIFY_RATE_LIMIT, type IssueCodeInput } from '../../src/modules/codes/index.ts';
import { dateInChina } from '../../src/modules/policy/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newUser } from '../helpers/factories.ts';

const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

describe.each(backends)('inspection codes on %s', (backend) => {
  let t: TestApp;
  let today: string;
  let dept: { id: number; code: string; name: string };
  let own: { id: number; uscc: string; name: string };
  let other: { id: number; uscc: string; name: string };
  let coordinator: Client;
  let ownUser: Client;
  let otherUser: Client;
  let ownUserId: number;
  let ip = 0;
  /** Each test its own client address, so the rate limit is tested on its own. */
  const nextIp = () => `198.51.100.${++ip}`;

  const verify = (token: string, o: { client?: Client; ip?: string; lang?: string } = {}) => {
    const headers = o.lang ? { 'accept-language': o.lang } : {};
    const url = `/api/v1/codes/${encodeURIComponent(token)}`;
    const remoteAddress = o.ip ?? nextIp();
    return o.client ? o.client.request({ method: 'GET', url, headers, remoteAddress }) : t.app.inject({ method: 'GET', url, headers, remoteAddress });
  };

  async function newFilingRow(state: FilingState, enterpriseId = own.id) {
    return t.deps.db
      .insertInto('filings')
      .values({ department_id: dept.id, enterprise_id: enterpriseId, kind: 'random', path: 'planned', mode: 'onsite', planned_date: today, state, check_result: null })
      .returning('id')
      .executeTakeFirstOrThrow();
  }

  const content = (id: number, o: Partial<IssueCodeInput> = {}): IssueCodeInput => ({
    subject: { kind: 'inspection', id },
    enterpriseUscc: own.uscc,
    departments: [{ code: dept.code, name: dept.name }],
    inspectors: [
      { name: '张伟', certificateNumber: '浙K11250101' },
      { name: '李娜', certificateNumber: '浙K11250102' },
    ],
    items: [{ code: 'scjg-001', name: '对食品生产经营者的监督检查' }],
    legalBasis: '《食品安全法》第一百一十条',
    validFrom: today,
    validTo: shift(today, 1),
    ...o,
  });

  const issue = (input: IssueCodeInput) => t.deps.db.transaction().execute((trx) => issueInspectionCode(t.deps, trx, input));

  async function codeFor(state: FilingState, o: Partial<IssueCodeInput> = {}) {
    const filing = await newFilingRow(state);
    return { filingId: filing.id, ...(await issue(content(filing.id, o))) };
  }

  beforeAll(async () => {
    t = await createTestApp(backend);
    today = dateInChina(new Date());
    dept = await newDepartment(t.deps.db, { name: '云和县市场监督管理局' });
    own = await newEnterprise(t.deps.db);
    other = await newEnterprise(t.deps.db);
    await newUser(t.deps.db, 'coordinator', { username: 'coord' });
    await newUser(t.deps.db, 'dept_admin', { username: 'admin', departmentId: dept.id });
    ownUserId = (await newUser(t.deps.db, 'enterprise', { username: 'own', enterpriseId: own.id })).id;
    await newUser(t.deps.db, 'enterprise', { username: 'other', enterpriseId: other.id });
    coordinator = await t.signIn('coord');
    ownUser = await t.signIn('own');
    otherUser = await t.signIn('other');
  });
  afterAll(() => t.close());

  it('publishes no key before the first code, then the active key that verifies codes offline', async () => {
    expect((await t.app.inject({ url: '/api/v1/codes/keys' })).json().keys).toEqual([]);
    const { token } = await codeFor('accepted');
    const res = await t.app.inject({ url: '/api/v1/codes/keys' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ algorithm: 'Ed25519', formatVersion: 1, keys: [{ id: expect.any(Number), status: 'active', retiredAt: null, revokedAt: null }] });
    expect(Buffer.from(body.keys[0].publicKey, 'base64url')).toHaveLength(32);
    expect(res.body).not.toMatch(/private|"d":/);
    const key = createPublicKey({ key: body.keys[0].jwk, format: 'jwk' });
    expect(verifyCode(token, new Map([[body.keys[0].id, key]]), { today }).valid).toBe(true);
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'after']).where('entity', '=', 'code_signing_key').execute();
    expect(audit.map((a) => a.action)).toEqual(['code_key.create']);
    expect(JSON.stringify(audit)).not.toMatch(/private/i);
    expect(await ensureSigningKey(t.deps)).toEqual({ id: body.keys[0].id, created: false });
  });

  it('answers a valid code with the department, inspectors and certificates, items, basis and window, and logs the scan', async () => {
    const { token, codeId, filingId } = await codeFor('notified');
    const res = await verify(token, { ip: '203.0.113.77' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.json()).toEqual({
      valid: true,
      reason: null,
      message: expect.stringContaining('检查码有效'),
      checkedOn: today,
      inspection: {
        kind: 'inspection',
        id: filingId,
        enterprise: { uscc: own.uscc, name: own.name },
        departments: [{ code: dept.code, name: '云和县市场监督管理局' }],
        inspectors: [
          { name: '张伟', certificateNumber: '浙K11250101' },
          { name: '李娜', certificateNumber: '浙K11250102' },
        ],
        items: [{ code: 'scjg-001', name: '对食品生产经营者的监督检查' }],
        legalBasis: '《食品安全法》第一百一十条',
        validFrom: today,
        validTo: shift(today, 1),
        issuedAt: expect.stringMatching(/Z$/),
        keyId: expect.any(Number),
      },
    });
    const scans = await t.deps.db.selectFrom('scan_log').selectAll().where('code_id', '=', codeId).execute();
    expect(scans).toHaveLength(1);
    expect(scans[0]).toMatchObject({ user_id: null, result: 'VALID', token_hash: tokenHash(token) });
    expect(scans[0].client_ip_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(scans[0])).not.toContain('203.0.113.77');
    expect((await verify(token, { lang: 'en' })).json().message).toMatch(/^The code is valid/);
  });

  it('checks the enterprise when one is signed in, and shows nothing of another enterprise’s inspection', async () => {
    const { token } = await codeFor('accepted');
    expect((await verify(token, { client: ownUser })).json()).toMatchObject({ valid: true });
    const wrong = (await verify(token, { client: otherUser })).json();
    expect(wrong).toMatchObject({ valid: false, reason: 'WRONG_ENTERPRISE', inspection: null });
    const logged = await t.deps.db.selectFrom('scan_log').select(['user_id', 'result']).where('token_hash', '=', tokenHash(token)).orderBy('id').execute();
    expect(logged).toEqual([
      { user_id: ownUserId, result: 'VALID' },
      { user_id: expect.any(Number), result: 'WRONG_ENTERPRISE' },
    ]);
  });

  it('gives one and the same answer to every forged or altered token, without touching the inspection', async () => {
    const { token } = await codeFor('accepted');
    const attacker = generateKeyPairSync('ed25519').privateKey;
    const keyId = (await t.deps.db.selectFrom('code_signing_keys').select('id').where('retired_at', 'is', null).executeTakeFirstOrThrow()).id;
    const flipped = (i: number) => token.slice(0, i) + (token[i] === 'A' ? 'B' : 'A') + token.slice(i + 1);
    const forged = [
      flipped(0),
      flipped(5),
      flipped(Math.floor(token.length / 2)),
      flipped(token.length - 1),
      token.slice(0, -8),
      `${token}AAAAAAAA`,
      token.toLowerCase(),
      signCode({ ...content(1), issuedAt: new Date().toISOString() }, attacker, keyId),
      signCode({ ...content(1), issuedAt: new Date().toISOString() }, attacker, keyId + 50),
      'NOT-A-CODE',
      'keys2',
    ];
    const answers = await Promise.all(forged.map((f) => verify(f)));
    for (const res of answers) {
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ valid: false, reason: 'MALFORMED_OR_FORGED', message: expect.stringContaining('无法核验'), checkedOn: today, inspection: null });
    }
    const logged = await t.deps.db.selectFrom('scan_log').select(['result', 'code_id']).where('token_hash', 'in', forged.map(tokenHash)).execute();
    expect(logged).toHaveLength(forged.length);
    expect(logged.every((l) => l.result === 'MALFORMED_OR_FORGED' && l.code_id === null)).toBe(true);
  });

  it('refuses cancelled, completed (an old code replayed for a new visit), replaced and unapproved inspections online', async () => {
    const cancelled = await codeFor('cancelled');
    expect((await verify(cancelled.token)).json()).toMatchObject({ valid: false, reason: 'CANCELLED', inspection: { id: cancelled.filingId } });
    const completed = await codeFor('completed');
    expect((await verify(completed.token)).json()).toMatchObject({ valid: false, reason: 'COMPLETED' });
    const returned = await codeFor('returned');
    expect((await verify(returned.token)).json()).toMatchObject({ valid: false, reason: 'NOT_ACTIVE' });
    const first = await codeFor('accepted');
    const second = await issue(content(first.filingId, { inspectors: [{ name: '王建国', certificateNumber: '浙K11250201' }, { name: '陈静', certificateNumber: '浙K11250203' }] }));
    expect((await verify(first.token)).json()).toMatchObject({ valid: false, reason: 'SUPERSEDED' });
    expect((await verify(second.token)).json()).toMatchObject({ valid: true, inspection: { inspectors: [{ name: '王建国' }, { name: '陈静' }] } });
    const orphan = await issue(content(987_654_321));
    expect((await verify(orphan.token)).json()).toMatchObject({ valid: false, reason: 'UNKNOWN_INSPECTION' });
  });

  it('answers EXPIRED and NOT_YET_VALID from the window, without an online look-up', async () => {
    const expired = await codeFor('accepted', { validFrom: shift(today, -3), validTo: shift(today, -1) });
    expect((await verify(expired.token)).json()).toMatchObject({ valid: false, reason: 'EXPIRED', inspection: { validTo: shift(today, -1), enterprise: { name: null } } });
    const early = await codeFor('accepted', { validFrom: shift(today, 2), validTo: shift(today, 3) });
    expect((await verify(early.token)).json()).toMatchObject({ valid: false, reason: 'NOT_YET_VALID' });
  });

  it('rotates the key: old codes still verify until their windows end, new ones use the new key; only the coordinator rotates', async () => {
    const before = await codeFor('accepted', { validTo: shift(today, 5) });
    const admin = await t.signIn('admin');
    expect((await admin.request({ method: 'POST', url: '/api/v1/codes/keys/rotate', payload: {} })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/codes/keys/rotate', payload: {} })).statusCode).toBe(401);
    const res = await coordinator.request({ method: 'POST', url: '/api/v1/codes/keys/rotate', payload: {} });
    expect(res.statusCode).toBe(200);
    const rotated = res.json();
    expect(rotated).toMatchObject({ retiredKeyId: before.keyId, revoked: false });
    expect(rotated.verifiesUntil >= shift(today, 5)).toBe(true);
    expect((await verify(before.token)).json()).toMatchObject({ valid: true, inspection: { keyId: before.keyId } });
    const after = await codeFor('accepted');
    expect(after.keyId).toBe(rotated.keyId);
    expect((await verify(after.token)).json()).toMatchObject({ valid: true, inspection: { keyId: rotated.keyId } });
    const keys = (await t.app.inject({ url: '/api/v1/codes/keys' })).json().keys as { id: number; status: string; verifiesUntil: string | null }[];
    expect(keys.find((k) => k.id === before.keyId)).toMatchObject({ status: 'retired', verifiesUntil: rotated.verifiesUntil });
    expect(keys.find((k) => k.id === rotated.keyId)).toMatchObject({ status: 'active' });
    const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'actor_label']).where('action', '=', 'code_key.rotate').execute();
    expect(audit).toEqual([{ action: 'code_key.rotate', actor_label: 'coord' }]);
  });

  it('revokes a compromised key: its codes stop verifying at once; a reason is required', async () => {
    const victim = await codeFor('accepted');
    expect((await coordinator.request({ method: 'POST', url: '/api/v1/codes/keys/rotate', payload: { revoke: true } })).statusCode).toBe(400);
    const res = await coordinator.request({ method: 'POST', url: '/api/v1/codes/keys/rotate', payload: { revoke: true, reason: '私钥疑似泄露' } });
    expect(res.json()).toMatchObject({ retiredKeyId: victim.keyId, revoked: true });
    expect((await verify(victim.token)).json()).toMatchObject({ valid: false, reason: 'MALFORMED_OR_FORGED', inspection: null });
    const keys = (await t.app.inject({ url: '/api/v1/codes/keys' })).json().keys as { id: number; status: string }[];
    expect(keys.find((k) => k.id === victim.keyId)?.status).toBe('revoked');
  });

  it('rate-limits verification per client with the standard error shape, and logs only answered checks', async () => {
    const { token } = await codeFor('accepted');
    const flood = '192.0.2.200';
    for (let i = 0; i < VERIFY_RATE_LIMIT.max; i++) expect((await verify(token, { ip: flood })).statusCode).toBe(200);
    const limited = await verify(token, { ip: flood });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toEqual({ error: { code: 'RATE_LIMITED', message: expect.any(String) } });
    expect((await verify(token, { ip: flood, lang: 'en' })).json().error.message).toMatch(/Too many requests/);
    expect((await verify(token, { ip: '192.0.2.201' })).statusCode).toBe(200);
    const logged = await t.deps.db.selectFrom('scan_log').select((eb) => eb.fn.countAll<number>().as('n')).where('token_hash', '=', tokenHash(token)).executeTakeFirstOrThrow();
    expect(Number(logged.n)).toBe(VERIFY_RATE_LIMIT.max + 1);
  });

  it('returns the private key from no route and documents the code routes', async () => {
    const rows = await t.deps.db.selectFrom('code_signing_keys').select(['private_key_sealing']).execute();
    expect(rows.every((r) => r.private_key_sealing === 'none' || r.private_key_sealing === 'aes-256-gcm')).toBe(true);
    const docs = await t.app.inject({ url: '/api/docs/json' });
    expect(docs.body).toContain('/api/v1/codes/{token}');
    expect(docs.body).not.toMatch(/private_?key/i);
  });
});

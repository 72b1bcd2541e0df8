import { createPublicKey, generateKeyPairSync, sign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isValidUscc } from '../enterprise/index.ts';
import { base32Decode, base32Encode } from './base32.ts';
import { keyPair, TYPICAL } from './fixtures.test-helper.ts';
import { SIGNATURE_BYTES } from './layout.ts';
import { codeCoversVisit, openCode, signCode, verifyCode } from './sign.ts';

const k1 = keyPair();
const k2 = keyPair();
const keys = new Map([
  [1, k1.publicKey],
  [2, k2.publicKey],
]);
const today = '2025-10-13';
const token = signCode(TYPICAL, k1.privateKey, 1);
const FORGED = { valid: false, reason: 'MALFORMED_OR_FORGED' };
const bytesOf = (t: string) => Buffer.from(base32Decode(t)!);

describe('signCode / verifyCode', () => {
  it('round-trips a typical code', () => {
    expect(isValidUscc(TYPICAL.enterpriseUscc)).toBe(true);
    expect(verifyCode(token, keys, { today })).toEqual({ valid: true, payload: { version: 1, keyId: 1, ...TYPICAL } });
    expect(verifyCode(token, (id) => keys.get(id), { today, enterpriseUscc: TYPICAL.enterpriseUscc }).valid).toBe(true);
  });

  it('refuses a code signed by another key under a known key id', () => {
    const attacker = keyPair();
    expect(verifyCode(signCode(TYPICAL, attacker.privateKey, 1), keys, { today })).toEqual(FORGED);
    expect(verifyCode(signCode(TYPICAL, k2.privateKey, 1), keys, { today })).toEqual(FORGED);
  });

  it('refuses an altered payload re-signed by anyone but the jurisdiction', () => {
    const attacker = keyPair();
    const altered = { ...TYPICAL, enterpriseUscc: '91331125MA2A1B2C4C', validTo: '2026-06-30', inspectors: [{ name: '假冒', certificateNumber: '浙K00000000' }] };
    for (const kid of [1, 2, 3]) expect(verifyCode(signCode(altered, attacker.privateKey, kid), keys, { today })).toEqual(FORGED);
  });

  it('refuses every single-bit change of the signed bytes, with the same answer', () => {
    const raw = bytesOf(token);
    for (let i = 0; i < raw.length; i++) {
      for (let bit = 0; bit < 8; bit++) {
        const copy = Buffer.from(raw);
        copy[i] ^= 1 << bit;
        expect(verifyCode(base32Encode(copy), keys, { today }), `byte ${i} bit ${bit}`).toEqual(FORGED);
      }
    }
  }, 60_000); // exhaustive: thousands of Ed25519 verifications

  it('refuses every changed character of the token text, with the same answer', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    for (let i = 0; i < token.length; i++) {
      for (const replacement of [alphabet[(alphabet.indexOf(token[i]) + 1) % 32], token[i].toLowerCase(), '=', '8']) {
        if (replacement === token[i]) continue;
        const changed = token.slice(0, i) + replacement + token.slice(i + 1);
        expect(verifyCode(changed, keys, { today }), `char ${i} → ${replacement}`).toEqual(FORGED);
      }
    }
  }, 60_000); // exhaustive: thousands of Ed25519 verifications

  it('refuses truncation, extension and garbage', () => {
    for (let n = 0; n < token.length; n++) expect(verifyCode(token.slice(0, n), keys, { today }), `prefix ${n}`).toEqual(FORGED);
    for (const extra of ['A', 'AA', 'AAAAAAAA', '2']) expect(verifyCode(token + extra, keys, { today })).toEqual(FORGED);
    const raw = bytesOf(token);
    for (const cut of [1, 8, SIGNATURE_BYTES, raw.length - 10]) {
      expect(verifyCode(base32Encode(raw.subarray(0, raw.length - cut)), keys, { today })).toEqual(FORGED);
      expect(verifyCode(base32Encode(raw.subarray(cut)), keys, { today })).toEqual(FORGED);
    }
    for (const junk of ['', 'keys', '../../etc/passwd', ' '.repeat(100), 'A'.repeat(5000), '\u0000', '测试'])
      expect(verifyCode(junk, keys, { today })).toEqual(FORGED);
  }, 60_000); // exhaustive: thousands of Ed25519 verifications

  it('refuses a malleated signature (S + L) and a signature made without the code context', () => {
    const raw = bytesOf(token);
    const body = raw.subarray(0, raw.length - SIGNATURE_BYTES);
    const sig = Buffer.from(raw.subarray(raw.length - SIGNATURE_BYTES));
    // L = 2^252 + 27742317777372353535851937790883648493, little-endian, added to S (bytes 32..63).
    const L = Buffer.from('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010', 'hex');
    let carry = 0;
    for (let i = 0; i < 32; i++) {
      const sum = sig[32 + i] + L[i] + carry;
      sig[32 + i] = sum & 0xff;
      carry = sum >> 8;
    }
    expect(verifyCode(base32Encode(Buffer.concat([body, sig])), keys, { today })).toEqual(FORGED);
    const bare = sign(null, body, k1.privateKey);
    expect(verifyCode(base32Encode(Buffer.concat([body, bare])), keys, { today })).toEqual(FORGED);
  });

  it('answers NOT_YET_VALID before the window and EXPIRED after it (both ends inclusive)', () => {
    expect(verifyCode(token, keys, { today: '2025-10-12' })).toMatchObject({ valid: false, reason: 'NOT_YET_VALID' });
    expect(verifyCode(token, keys, { today: '2025-10-13' }).valid).toBe(true);
    expect(verifyCode(token, keys, { today: '2025-10-14' }).valid).toBe(true);
    const expired = verifyCode(token, keys, { today: '2025-10-15' });
    expect(expired).toMatchObject({ valid: false, reason: 'EXPIRED', payload: { subject: TYPICAL.subject } });
  });

  it('keeps a rotated (retired) key verifying while it is published, and drops it after', () => {
    const old = signCode(TYPICAL, k1.privateKey, 1);
    const fresh = signCode({ ...TYPICAL, issuedAt: '2025-10-01T00:00:00Z' }, k2.privateKey, 2);
    expect(verifyCode(old, keys, { today }).valid).toBe(true);
    expect(verifyCode(fresh, keys, { today }).valid).toBe(true);
    const afterRetirement = new Map([[2, k2.publicKey]]);
    expect(verifyCode(old, afterRetirement, { today })).toEqual(FORGED);
    expect(verifyCode(fresh, afterRetirement, { today }).valid).toBe(true);
  });

  it('answers MALFORMED_OR_FORGED for an unknown key id, and for a key that is not Ed25519 or not public', () => {
    expect(verifyCode(signCode(TYPICAL, k1.privateKey, 7), keys, { today })).toEqual(FORGED);
    expect(verifyCode(token, new Map(), { today })).toEqual(FORGED);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey;
    expect(verifyCode(token, new Map([[1, rsa]]), { today })).toEqual(FORGED);
    expect(verifyCode(token, new Map([[1, k1.privateKey]]), { today })).toEqual(FORGED);
    expect(verifyCode(token, new Map([[1, createPublicKey(k1.privateKey)]]), { today }).valid).toBe(true);
  });

  it('answers WRONG_ENTERPRISE for another enterprise, before the window', () => {
    expect(verifyCode(token, keys, { today, enterpriseUscc: '91331125MA2A1B2C4C' })).toMatchObject({ valid: false, reason: 'WRONG_ENTERPRISE' });
    expect(verifyCode(token, keys, { today: '2030-01-01', enterpriseUscc: '91331125MA2A1B2C4C' })).toMatchObject({ reason: 'WRONG_ENTERPRISE' });
  });

  it('lets the caller refuse a replayed genuine code for a different visit', () => {
    // An old code is genuine, so verifyCode alone cannot tell it from the right one while its window
    // is open: the caller compares it with the visit it expects (its notice, its task), and online
    // the old inspection is completed (COMPLETED) or replaced (SUPERSEDED).
    const payload = openCode(token, keys)!;
    expect(codeCoversVisit(payload, { kind: 'joint_visit', id: 48213, date: '2025-10-13' })).toBe(true);
    expect(codeCoversVisit(payload, { kind: 'joint_visit', id: 48214, date: '2025-10-13' })).toBe(false);
    expect(codeCoversVisit(payload, { kind: 'inspection', id: 48213, date: '2025-10-13' })).toBe(false);
    expect(codeCoversVisit(payload, { kind: 'joint_visit', id: 48213, date: '2025-11-03' })).toBe(false);
  });

  it('refuses to sign content outside the format', () => {
    const bad = [
      { ...TYPICAL, enterpriseUscc: '91331125ma2a1b2c3e' },
      { ...TYPICAL, items: [] },
      { ...TYPICAL, items: Array.from({ length: 65 }, (_, i) => ({ code: `x${i}`, name: '事项' })) },
      { ...TYPICAL, inspectors: [{ name: '张\u202e伟', certificateNumber: '1' }] },
      { ...TYPICAL, legalBasis: '法'.repeat(301) },
      { ...TYPICAL, validTo: '2025-10-12' },
      { ...TYPICAL, validTo: '2027-01-01' },
      { ...TYPICAL, validFrom: '2025-02-30' },
      { ...TYPICAL, subject: { kind: 'toString' as 'inspection', id: 1 } },
      { ...TYPICAL, subject: { kind: 'inspection' as const, id: 0 } },
      { ...TYPICAL, issuedAt: 'yesterday' },
    ];
    for (const content of bad) expect(() => signCode(content, k1.privateKey, 1)).toThrow(expect.objectContaining({ code: 'CODE_CONTENT_INVALID' }));
    expect(() => signCode(TYPICAL, k1.publicKey, 1)).toThrow(TypeError);
    expect(() => signCode(TYPICAL, k1.privateKey, 0)).toThrow(RangeError);
  });

  it('produces the same verdict whatever the time zone (dates are plain dates)', () => {
    expect(verifyCode(token, keys, { today: '2025-10-14' }).valid).toBe(true);
    expect(openCode(token, keys)?.validTo).toBe('2025-10-14');
  });
});

describe('tokenKeyId', () => {
  it('reads the key id without verifying, and nothing from garbage', async () => {
    const { tokenKeyId } = await import('./sign.ts');
    expect(tokenKeyId(token)).toBe(1);
    expect(tokenKeyId(signCode(TYPICAL, k1.privateKey, 300_000))).toBe(300_000);
    for (const junk of ['', 'A', 'keys', '测试', 'A'.repeat(5000)]) expect(tokenKeyId(junk)).toBeNull();
  });
});

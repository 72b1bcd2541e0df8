/**
 * Signing and verifying inspection codes with Ed25519 (node:crypto). Pure: keys come in as KeyObjects,
 * `today` comes in as a date; no clock, no database.
 *
 * Verification checks the signature over the raw bytes before reading anything but the version and
 * the key id, and gives one answer, MALFORMED_OR_FORGED, for every token that is not authentic —
 * bad characters, a wrong length, an unknown key, a flipped bit, a signature by another key — so a
 * forger learns nothing from the answer. Cancellation and replacement are checked online by the caller.
 */
import { sign, verify, type KeyObject } from 'node:crypto';
import { invalid } from '../errors.ts';
import { base32Decode, base32Encode } from './base32.ts';
import { contentProblem, decodeBody, encodeBody, readHeader, SIGNATURE_BYTES, SIGNING_CONTEXT } from './layout.ts';
import { CODE_LIMITS, type CodeContent, type CodePayload, type VerifyOptions, type VerifyResult } from './types.ts';

export type PublicKeys = ReadonlyMap<number, KeyObject> | ((keyId: number) => KeyObject | undefined);


function message(body: Uint8Array): Buffer {
  return Buffer.concat([SIGNING_CONTEXT, body]);
}

function assertEd25519(key: KeyObject, type: 'private' | 'public') {
  if (key.type !== type || key.asymmetricKeyType !== 'ed25519') throw new TypeError(`an Ed25519 ${type} key is required`);
}

/** Signs the content with the key `keyId` and returns the token (base32 text). Refuses content outside the format's limits. */
export function signCode(content: CodeContent, privateKey: KeyObject, keyId: number): string {
  assertEd25519(privateKey, 'private');
  const problem = contentProblem(content);
  if (problem) {
    throw invalid('CODE_CONTENT_INVALID', `检查码内容不符合要求：${problem}`, `The code content is not acceptable: ${problem}`, { field: problem });
  }
  const body = encodeBody(keyId, content);
  const signature = sign(null, message(body), privateKey);
  return base32Encode(Buffer.concat([body, signature]));
}

/** The key id a token names, unverified: only for finding the key (e.g. reloading keys rotated elsewhere). */
export function tokenKeyId(token: string): number | null {
  if (typeof token !== 'string' || token.length > CODE_LIMITS.tokenChars) return null;
  const raw = base32Decode(token.length > 16 ? token.slice(0, 16) : token); // 16 characters: 10 bytes, enough for the header
  return raw ? (readHeader(raw)?.keyId ?? null) : null;
}

/** The authentic payload of a token, or null (same for every kind of failure). */
export function openCode(token: string, publicKeys: PublicKeys): CodePayload | null {
  if (typeof token !== 'string' || token.length > CODE_LIMITS.tokenChars) return null;
  const raw = base32Decode(token);
  if (!raw || raw.length <= SIGNATURE_BYTES + 20) return null;
  const body = raw.subarray(0, raw.length - SIGNATURE_BYTES);
  const signature = raw.subarray(raw.length - SIGNATURE_BYTES);
  const header = readHeader(body);
  if (!header) return null;
  const key = typeof publicKeys === 'function' ? publicKeys(header.keyId) : publicKeys.get(header.keyId);
  if (!key || key.type !== 'public' || key.asymmetricKeyType !== 'ed25519') return null;
  let authentic = false;
  try {
    authentic = verify(null, message(body), key, signature);
  } catch {
    authentic = false;
  }
  return authentic ? decodeBody(body) : null;
}

/**
 * Verifies a token offline: authentic, for this enterprise (when one is named), inside its window
 * today. The caller then checks online that the inspection is neither cancelled nor replaced.
 */
export function verifyCode(token: string, publicKeys: PublicKeys, options: VerifyOptions): VerifyResult {
  const payload = openCode(token, publicKeys);
  if (!payload) return { valid: false, reason: 'MALFORMED_OR_FORGED' };
  if (options.enterpriseUscc !== undefined && options.enterpriseUscc !== payload.enterpriseUscc) {
    return { valid: false, reason: 'WRONG_ENTERPRISE', payload };
  }
  if (options.today < payload.validFrom) return { valid: false, reason: 'NOT_YET_VALID', payload };
  if (options.today > payload.validTo) return { valid: false, reason: 'EXPIRED', payload };
  return { valid: true, payload };
}

/**
 * Replay guard for the caller that knows which visit it expects (the enterprise's notice, the
 * inspector's task): a genuine code for another inspection, or outside the day of the visit, does
 * not admit this visit even though its signature is good.
 */
export function codeCoversVisit(payload: CodePayload, visit: { kind: CodePayload['subject']['kind']; id: number; date: string }): boolean {
  return payload.subject.kind === visit.kind && payload.subject.id === visit.id && payload.validFrom <= visit.date && visit.date <= payload.validTo;
}

/**
 * Recently verified authentic tokens, so a code scanned again (at the door, by several people, or
 * refreshed) is not checked against its Ed25519 signature each time. An entry is the offline
 * verdict for one exact token text on one day for one enterprise (or none), and holds the public
 * key object it was verified with: it is used only while that very key is still among the keys that
 * verify today (a revoked or expired key drops out of that set, and the entry with it). Forged or
 * altered tokens are never cached: they always take the full check and the same answer.
 */
import type { KeyObject } from 'node:crypto';
import { verifyCode, type VerifyOptions, type VerifyResult } from '../../domain/codes/index.ts';

const MAX_ENTRIES = 5000;

interface Entry {
  key: KeyObject;
  result: VerifyResult;
}

const cache = new Map<string, Entry>();

export function verifyCodeCached(token: string, keys: ReadonlyMap<number, KeyObject>, options: VerifyOptions): VerifyResult {
  const id = `${options.today}\u0000${options.enterpriseUscc ?? ''}\u0000${token}`;
  const hit = cache.get(id);
  if (hit && hit.result.payload && keys.get(hit.result.payload.keyId) === hit.key) {
    cache.delete(id);
    cache.set(id, hit);
    return hit.result;
  }
  const result = verifyCode(token, keys, options);
  const key = result.payload ? keys.get(result.payload.keyId) : undefined;
  if (key) {
    cache.set(id, { key, result });
    if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
  }
  return result;
}

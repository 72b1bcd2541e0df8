/**
 * Key material in memory, per database: the public keys that verify today (reloaded every minute,
 * at once after a rotation here, and at most every few seconds when a token names a key id not
 * known yet — rotated elsewhere), and opened private keys by id (signing is rare; opening is not free).
 */
import { createPublicKey, type KeyObject } from 'node:crypto';
import type { Database } from '../../db/connection.ts';
import type { Deps } from '../deps.ts';
import { verifyingKeys } from './repository.ts';

const TTL_MS = 60_000;
const UNKNOWN_KEY_RELOAD_MS = 5_000;

interface Cache {
  today: string;
  loadedAt: number;
  keys: Map<number, KeyObject>;
  loading?: Promise<Map<number, KeyObject>>;
}

const verifying = new WeakMap<Database, Cache>();
const privateKeys = new WeakMap<Database, Map<number, KeyObject>>();

export const publicKeyObject = (raw: Uint8Array): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(raw).toString('base64url') }, format: 'jwk' });

async function load(deps: Deps, today: string): Promise<Map<number, KeyObject>> {
  const rows = await verifyingKeys(deps.db, today);
  return new Map(rows.map((r) => [r.id, publicKeyObject(r.public_key)]));
}

/** The public keys that verify codes today, by key id. */
export async function verificationKeys(deps: Deps, today: string, wantedKeyId?: number): Promise<ReadonlyMap<number, KeyObject>> {
  const now = deps.now().getTime();
  const cache = verifying.get(deps.db);
  const fresh = cache && cache.today === today && now - cache.loadedAt < TTL_MS;
  const missing = cache && wantedKeyId !== undefined && !cache.keys.has(wantedKeyId) && now - cache.loadedAt >= UNKNOWN_KEY_RELOAD_MS;
  if (cache && fresh && !missing) return cache.keys;
  if (cache?.loading) return cache.loading;
  const loading = load(deps, today);
  const entry: Cache = { today, loadedAt: now, keys: cache?.keys ?? new Map(), loading };
  verifying.set(deps.db, entry);
  try {
    entry.keys = await loading;
    return entry.keys;
  } catch (error) {
    verifying.delete(deps.db);
    throw error;
  } finally {
    delete entry.loading;
  }
}

/** After a rotation: the next verification reloads. */
export function forgetVerificationKeys(db: Database): void {
  verifying.delete(db);
}

export function cachedPrivateKey(db: Database, id: number, open: () => KeyObject): KeyObject {
  let byId = privateKeys.get(db);
  if (!byId) privateKeys.set(db, (byId = new Map()));
  let key = byId.get(id);
  if (!key) byId.set(id, (key = open()));
  return key;
}

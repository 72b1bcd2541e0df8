/**
 * The jurisdiction's active signing key: created on first need (first code issued, `yqs codes
 * ensure-key`, or the first rotation), audited, never shown.
 */
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../audit/index.ts';
import type { Deps } from '../deps.ts';
import { cachedPrivateKey } from './key-store.ts';
import { keyEncryptionSecret, openPrivateKey, rawPublicKey, sealPrivateKey } from './key-sealing.ts';
import { insertKey, signingKeyRow } from './repository.ts';

export interface SigningKey {
  id: number;
  privateKey: KeyObject;
}

/** Generates a key pair and stores it as the active key (the caller has retired the previous one). */
export async function createKey(deps: Deps, trx: Transaction<DB>, actor: Actor, action: string): Promise<number | null> {
  const { privateKey } = generateKeyPairSync('ed25519');
  const publicRaw = rawPublicKey(privateKey);
  const sealed = sealPrivateKey(privateKey, publicRaw, keyEncryptionSecret(deps.config));
  const row = await insertKey(trx, { publicKey: publicRaw, privateKey: sealed.value, sealing: sealed.sealing, createdBy: actor.userId });
  if (!row) return null; // another process created one first
  await recordAudit(trx, actor, {
    action,
    entity: 'code_signing_key',
    entityId: row.id,
    after: { id: row.id, algorithm: 'Ed25519', publicKey: publicRaw.toString('base64url'), sealing: sealed.sealing },
  });
  return row.id;
}

/** The active key, created if there is none, locked for share until `trx` ends (a rotation waits for it). */
export async function activeSigningKey(deps: Deps, trx: Transaction<DB>, actor: Actor = { userId: null, label: 'system' }): Promise<SigningKey> {
  let row = await signingKeyRow(trx, 'share');
  if (!row) {
    await createKey(deps, trx, actor, 'code_key.create');
    row = await signingKeyRow(trx, 'share');
    if (!row) throw new Error('no active code signing key after creating one');
  }
  const { id, private_key, private_key_sealing, public_key } = row;
  const privateKey = cachedPrivateKey(deps.db, id, () => openPrivateKey(private_key, private_key_sealing, public_key, keyEncryptionSecret(deps.config)));
  return { id, privateKey };
}

/** Makes sure a signing key exists; returns its id and whether it was created now. */
export async function ensureSigningKey(deps: Deps): Promise<{ id: number; created: boolean }> {
  return deps.db.transaction().execute(async (trx) => {
    const existing = await signingKeyRow(trx, 'share');
    if (existing) return { id: existing.id, created: false };
    const key = await activeSigningKey(deps, trx);
    return { id: key.id, created: true };
  });
}

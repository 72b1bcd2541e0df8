/**
 * Key rotation (coordinator or CLI, audited): the active key is retired and a new one signs from now
 * on. The retired key keeps verifying the codes it signed until their windows have ended; with
 * `revoke` (a compromised key) it verifies nothing from now on, and its codes must be issued again.
 */
import { forbidden, invalid } from '../../domain/errors.ts';
import type { Actor } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { createKey } from './ensure-signing-key.ts';
import { forgetVerificationKeys } from './key-store.ts';
import { lastWindowEnd, retireKey, signingKeyRow } from './repository.ts';
import { recordAudit } from '../audit/index.ts';

export interface RotateInput {
  /** Revoke the current key (compromised): its codes stop verifying now. A reason is then required. */
  revoke?: boolean;
  reason?: string;
}

export interface RotateResult {
  keyId: number;
  retiredKeyId: number | null;
  verifiesUntil: string | null;
  revoked: boolean;
}

export async function rotateSigningKey(deps: Deps, by: Principal | 'cli', input: RotateInput = {}): Promise<RotateResult> {
  if (by !== 'cli' && by.role !== 'coordinator') throw forbidden('只有县综合执法办可以轮换检查码签名密钥。', 'Only the coordinator may rotate the code signing key.');
  const reason = input.reason?.trim() || null;
  if (input.revoke && !reason) throw invalid('REASON_REQUIRED', '吊销密钥须说明原因。', 'Revoking a key needs a reason.');
  const actor: Actor = by === 'cli' ? { userId: null, label: 'cli' } : { userId: by.id, label: by.username };
  const today = todayOf(deps);
  const at = deps.now();
  const result = await deps.db.transaction().execute(async (trx) => {
    const current = await signingKeyRow(trx, 'update');
    let verifiesUntil: string | null = null;
    if (current) {
      const last = await lastWindowEnd(trx, current.id);
      verifiesUntil = input.revoke ? today : last && last > today ? last : today;
      await retireKey(trx, current.id, at, verifiesUntil, input.revoke ? reason : null);
    }
    const keyId = await createKey(deps, trx, actor, 'code_key.create');
    if (keyId === null) throw new Error('a concurrent rotation created the new key first');
    await recordAudit(trx, actor, {
      action: input.revoke ? 'code_key.revoke' : 'code_key.rotate',
      entity: 'code_signing_key',
      entityId: current?.id ?? keyId,
      before: current ? { activeKeyId: current.id } : null,
      after: { activeKeyId: keyId, retiredKeyId: current?.id ?? null, verifiesUntil, revoked: Boolean(input.revoke), reason },
    });
    return { keyId, retiredKeyId: current?.id ?? null, verifiesUntil, revoked: Boolean(input.revoke) };
  });
  forgetVerificationKeys(deps.db);
  return result;
}

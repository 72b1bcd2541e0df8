/**
 * 企业申请不合并检查: the enterprise asks not to be merged into joint visits (or withdraws the
 * request). Stored as its current wish, audited; the rules' R11 (merge proposals) reads it. Asking
 * for what is already so changes nothing and records nothing.
 */
import { invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { lockMergeOptOut, saveMergeOptOut } from './repository.ts';
import { ownEnterprise } from './visit-history.ts';

export interface MergeOptOutInput {
  optOut: boolean;
  reason?: string;
}

export async function setMergeOptOut(deps: Deps, by: Principal, input: MergeOptOutInput) {
  const enterprise = ownEnterprise(by);
  const reason = input.reason?.trim() || null;
  if (input.optOut && !reason) throw invalid('REASON_REQUIRED', '申请不合并检查须说明理由。', 'Asking not to be merged needs a reason.');
  return deps.db.transaction().execute(async (trx) => {
    const before = await lockMergeOptOut(trx, enterprise.id);
    const was = { optOut: before?.opt_out ?? false, reason: before?.reason ?? null };
    const now = { optOut: input.optOut, reason };
    if (was.optOut === now.optOut && (!now.optOut || was.reason === now.reason)) {
      return { ...was, since: before ? new Date(before.set_at).toISOString() : null, changed: false };
    }
    const at = deps.now();
    await saveMergeOptOut(trx, { enterpriseId: enterprise.id, optOut: now.optOut, reason: now.reason, at, by: by.id });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'enterprise.merge_opt_out',
      entity: 'enterprise',
      entityId: enterprise.id,
      before: was,
      after: now,
    });
    return { ...now, since: at.toISOString(), changed: true };
  });
}

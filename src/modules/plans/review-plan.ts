/**
 * The coordinator reviews a submitted plan: a comment (the plan stays submitted), a return with the
 * reasons (the department changes and resubmits), or acceptance (the department may publish).
 */
import type { PlanStatus } from '../../db/tables/plans.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { insertEvent, updatePlan } from './repository.ts';
import { actorOf, lockForAction } from './steps.ts';

export type ReviewAction = 'comment' | 'return' | 'accept';

export async function reviewPlan(deps: Deps, by: Principal, id: number, action: ReviewAction, comment: string | null) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await lockForAction(trx, id, action, by, comment);
    const text = comment?.trim() || null;
    const to: PlanStatus = action === 'return' ? 'returned' : action === 'accept' ? 'accepted' : plan.status;
    const at = deps.now();
    await updatePlan(trx, id, action === 'comment' ? { review_comment: text } : { status: to, review_comment: text, reviewed_by: by.id, reviewed_at: at });
    await insertEvent(trx, { planId: id, action, from: plan.status, to, comment: text, by: by.id, at });
    await recordAudit(trx, actorOf(by), { action: `plan.${action}`, entity: 'annual_plan', entityId: id, before: { status: plan.status }, after: { status: to, comment: text } });
    return { id, status: to };
  });
}

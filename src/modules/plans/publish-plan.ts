/**
 * A department admin publishes its accepted plan: it becomes public, and the revision published
 * before it (if any) becomes 'superseded' in the same transaction.
 */
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { insertEvent, plansOfYear, updatePlan } from './repository.ts';
import { actorOf, lockForAction } from './steps.ts';

export async function publishPlan(deps: Deps, by: Principal, id: number) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await lockForAction(trx, id, 'publish', by);
    const at = deps.now();
    const previous = (await plansOfYear(trx, plan.department_id, plan.year)).find((p) => p.status === 'published' && p.id !== id);
    if (previous) {
      await updatePlan(trx, previous.id, { status: 'superseded' });
      await insertEvent(trx, { planId: previous.id, action: 'supersede', from: 'published', to: 'superseded', comment: `被第${plan.revision}版替代`, by: by.id, at });
      await recordAudit(trx, actorOf(by), {
        action: 'plan.supersede',
        entity: 'annual_plan',
        entityId: previous.id,
        before: { status: 'published' },
        after: { status: 'superseded', supersededBy: id },
      });
    }
    await updatePlan(trx, id, { status: 'published', published_at: at });
    await insertEvent(trx, { planId: id, action: 'publish', from: plan.status, to: 'published', comment: null, by: by.id, at });
    await recordAudit(trx, actorOf(by), {
      action: 'plan.publish',
      entity: 'annual_plan',
      entityId: id,
      before: { status: plan.status },
      after: { status: 'published', revision: plan.revision, supersedes: previous?.id ?? null },
    });
    return { id, status: 'published' as const, superseded: previous?.id ?? null };
  });
}

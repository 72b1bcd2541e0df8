/** A department admin submits its draft (or returned) plan to the coordinator for review. */
import { invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { insertEvent, tasksOf, updatePlan } from './repository.ts';
import { actorOf, lockForAction } from './steps.ts';

export async function submitPlan(deps: Deps, by: Principal, id: number) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await lockForAction(trx, id, 'submit', by);
    const tasks = await tasksOf(trx, [id]);
    if (tasks.length === 0) throw invalid('PLAN_EMPTY', '计划中没有检查任务，不能提交。', 'The plan has no tasks to submit.');
    const retired = tasks.flatMap((t, i) => t.items.filter((item) => item.status === 'retired').map((item) => `第${i + 1}项任务的“${item.name}”（${item.code}）`));
    if (retired.length > 0) {
      throw invalid('ITEM_RETIRED', `${retired.join('、')}已停用，请先修改计划再提交。`, 'Some items of the plan have been retired since it was saved; change the plan first.', { items: retired });
    }
    const at = deps.now();
    await updatePlan(trx, id, { status: 'submitted', submitted_at: at });
    await insertEvent(trx, { planId: id, action: 'submit', from: plan.status, to: 'submitted', comment: null, by: by.id, at });
    await recordAudit(trx, actorOf(by), { action: 'plan.submit', entity: 'annual_plan', entityId: id, before: { status: plan.status }, after: { status: 'submitted' } });
    return { id, status: 'submitted' as const };
  });
}

/** A department admin changes the tasks of its draft or returned plan (the tasks are replaced as a whole). */
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { insertEvent, replaceTasks, tasksOf } from './repository.ts';
import { resolveTasks } from './resolve-tasks.ts';
import type { TaskInput } from './schemas.ts';
import { actorOf, lockForAction, taskSnapshot } from './steps.ts';

export async function updatePlan(deps: Deps, by: Principal, id: number, input: { tasks: TaskInput[] }) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await lockForAction(trx, id, 'update', by);
    const department = { id: plan.department_id, name: by.department!.name };
    const tasks = await resolveTasks(trx, department, input.tasks);
    const before = taskSnapshot(await tasksOf(trx, [id]));
    await replaceTasks(trx, id, tasks);
    const at = deps.now();
    await insertEvent(trx, { planId: id, action: 'update', from: plan.status, to: plan.status, comment: null, by: by.id, at });
    await recordAudit(trx, actorOf(by), { action: 'plan.update', entity: 'annual_plan', entityId: id, before: { tasks: before }, after: { tasks: input.tasks } });
    return { id };
  });
}

/** A department admin deletes its plan while still a draft or returned (never once accepted); audited. */
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { deletePlan as deleteRow, tasksOf } from './repository.ts';
import { actorOf, lockForAction, taskSnapshot } from './steps.ts';

export async function deletePlan(deps: Deps, by: Principal, id: number) {
  await deps.db.transaction().execute(async (trx) => {
    const plan = await lockForAction(trx, id, 'delete', by);
    const tasks = taskSnapshot(await tasksOf(trx, [id]));
    await deleteRow(trx, id);
    await recordAudit(trx, actorOf(by), {
      action: 'plan.delete',
      entity: 'annual_plan',
      entityId: id,
      before: { year: plan.year, revision: plan.revision, status: plan.status, tasks },
    });
  });
}

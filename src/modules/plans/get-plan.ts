/** One plan with its tasks, history and what the caller may do now; a department sees only its own. */
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { eventsOf, findPlan, tasksOf } from './repository.ts';
import { planNotFound } from './steps.ts';
import { planView } from './views.ts';

export async function getPlan(deps: Deps, by: Principal, id: number) {
  const plan = await findPlan(deps.db, id);
  if (!plan) throw planNotFound(id);
  assertDepartmentScope(by, plan.department_id);
  const [tasks, events] = await Promise.all([tasksOf(deps.db, [id]), eventsOf(deps.db, id)]);
  return planView(plan, tasks, events, by);
}

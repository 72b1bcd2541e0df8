/** Plans by year, department and status, paged. A department's users list their own department's. */
import type { PlanStatus } from '../../db/tables/plans.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import { departmentByCode } from '../catalog/index.ts';
import type { Deps } from '../deps.ts';
import { listPlans as listRows } from './repository.ts';
import { planSummary } from './views.ts';

export async function listPlans(deps: Deps, by: Principal, q: { year?: number; department?: string; status?: PlanStatus; limit: number; offset: number }) {
  let departmentId: number | undefined;
  if (q.department) {
    departmentId = (await departmentByCode(deps, q.department)).id;
    assertDepartmentScope(by, departmentId);
  } else if (by.role !== 'coordinator' && by.role !== 'supervisor') {
    departmentId = by.department?.id ?? -1;
  }
  const { rows, total } = await listRows(deps.db, { departmentId, year: q.year, status: q.status, limit: q.limit, offset: q.offset });
  return { items: rows.map(planSummary), total };
}

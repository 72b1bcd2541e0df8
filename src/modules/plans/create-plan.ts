/** A department admin drafts the department's annual plan for a year (revision 1, status draft). */
import { conflict, forbidden } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import { departmentByCode } from '../catalog/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { insertEvent, insertPlan, lockDepartment, plansOfYear, replaceTasks } from './repository.ts';
import { resolveTasks } from './resolve-tasks.ts';
import type { TaskInput } from './schemas.ts';
import { actorOf, assertOpenYear } from './steps.ts';

export async function createPlan(deps: Deps, by: Principal, input: { department: string; year: number; tasks: TaskInput[] }) {
  const department = await departmentByCode(deps, input.department);
  assertDepartmentScope(by, department.id);
  if (by.role !== 'dept_admin') throw forbidden('只有本部门的管理员可以编制年度计划。', 'Only an admin of the department may draft its annual plan.');
  assertOpenYear(input.year, todayOf(deps));
  return deps.db.transaction().execute(async (trx) => {
    await lockDepartment(trx, department.id);
    const existing = await plansOfYear(trx, department.id, input.year);
    if (existing.length > 0) {
      throw conflict('PLAN_EXISTS', `${department.name}${input.year}年度计划已存在（编号 ${existing[0].id}），请修改该计划或在公布后修订。`, `${department.name} already has a ${input.year} plan (id ${existing[0].id}); change it, or revise it once published.`, {
        planId: existing[0].id,
      });
    }
    const tasks = await resolveTasks(trx, department, input.tasks);
    const at = deps.now();
    const { id } = await insertPlan(trx, { departmentId: department.id, year: input.year, revision: 1, reason: null, by: by.id, at });
    await replaceTasks(trx, id, tasks);
    await insertEvent(trx, { planId: id, action: 'create', from: null, to: 'draft', comment: null, by: by.id, at });
    await recordAudit(trx, actorOf(by), {
      action: 'plan.create',
      entity: 'annual_plan',
      entityId: id,
      after: { department: department.code, year: input.year, revision: 1, status: 'draft', tasks: input.tasks },
    });
    return { id };
  });
}

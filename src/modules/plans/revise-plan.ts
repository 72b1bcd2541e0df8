/**
 * A change after publication is a new revision: a draft copy of the published plan with the
 * reason, reviewed and published again; the published revision stays in force until then.
 */
import { conflict } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { insertEvent, insertPlan, plansOfYear, replaceTasks, tasksOf } from './repository.ts';
import { actorOf, assertOpenYear, lockForAction } from './steps.ts';

const OPEN: readonly string[] = ['draft', 'submitted', 'returned', 'accepted'];

export async function revisePlan(deps: Deps, by: Principal, id: number, input: { reason: string }) {
  return deps.db.transaction().execute(async (trx) => {
    const plan = await lockForAction(trx, id, 'revise', by, input.reason);
    assertOpenYear(plan.year, todayOf(deps));
    const year = await plansOfYear(trx, plan.department_id, plan.year);
    const open = year.find((p) => OPEN.includes(p.status));
    if (open) {
      throw conflict('PLAN_REVISION_OPEN', `该年度计划已有进行中的修订（第${open.revision}版，编号 ${open.id}），请在该修订上继续。`, `A revision of this plan is already open (revision ${open.revision}, id ${open.id}).`, {
        planId: open.id,
      });
    }
    const revision = Math.max(...year.map((p) => p.revision)) + 1;
    const reason = input.reason.trim();
    const at = deps.now();
    const created = await insertPlan(trx, { departmentId: plan.department_id, year: plan.year, revision, reason, by: by.id, at });
    const tasks = await tasksOf(trx, [id]);
    await replaceTasks(
      trx,
      created.id,
      tasks.map((t) => ({
        kind: t.kind,
        title: t.title,
        months: t.months,
        targetRule: t.target_rule,
        targetCount: t.target_count,
        basis: t.basis,
        itemIds: t.items.map((i) => i.id),
        enterpriseIds: t.enterprises.map((e) => e.id),
      })),
    );
    await insertEvent(trx, { planId: created.id, action: 'create', from: null, to: 'draft', comment: `修订理由：${reason}`, by: by.id, at });
    await recordAudit(trx, actorOf(by), {
      action: 'plan.revise',
      entity: 'annual_plan',
      entityId: created.id,
      after: { revises: id, revision, reason, status: 'draft' },
    });
    return { id: created.id, revision };
  });
}

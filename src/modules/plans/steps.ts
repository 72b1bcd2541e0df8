/** What every plan use case shares: loading and locking a plan for an action, the actor, the year rule. */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, notFound } from '../../domain/errors.ts';
import type { Actor } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { lockDepartment, lockPlan, planDepartment } from './repository.ts';
import { assertMay, type PlanAction } from './state-machine.ts';

export const planNotFound = (id: number) => notFound('PLAN_NOT_FOUND', `年度计划（编号 ${id}）不存在。`, `No annual plan with id ${id}.`);

export const actorOf = (p: Principal): Actor => ({ userId: p.id, label: p.username });

/**
 * Locks the plan's department, then the plan (always in that order, so concurrent changes of one
 * department's plans queue instead of deadlocking), and refuses the action unless the caller may
 * take it now (see state-machine.ts).
 */
export async function lockForAction(trx: Transaction<DB>, id: number, action: PlanAction, by: Principal, text?: string | null) {
  const owner = await planDepartment(trx, id);
  if (owner === undefined) throw planNotFound(id);
  await lockDepartment(trx, owner);
  const plan = await lockPlan(trx, id);
  if (!plan) throw planNotFound(id);
  assertMay(action, plan, by, text);
  return plan;
}

/** Plans are drafted and revised for the current or the next calendar year only. */
export function assertOpenYear(year: number, today: string): void {
  const current = Number(today.slice(0, 4));
  if (year < current) {
    throw conflict('PLAN_YEAR_CLOSED', `${year} 年已过，不能再编制或修订该年度的计划。`, `${year} is over; its plan can no longer be drafted or revised.`, { year });
  }
  if (year > current + 1) {
    throw conflict('PLAN_YEAR_TOO_EARLY', `只能编制本年度（${current}）或下一年度（${current + 1}）的计划。`, `Plans are drafted for ${current} or ${current + 1} only.`, { year });
  }
}

/** A compact snapshot of tasks for the audit trail. */
export const taskSnapshot = (tasks: readonly { kind: string; title: string; months: number[]; items: readonly { code: string }[]; enterprises: readonly { uscc: string }[] }[]) =>
  tasks.map((t) => ({ kind: t.kind, title: t.title, months: t.months, items: t.items.map((i) => i.code), enterprises: t.enterprises.map((e) => e.uscc) }));

/** The only SQL of annual plans (年度入企检查计划), their tasks and their history. */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';
import type { InspectionKind, PlanEventAction, PlanStatus } from '../../db/tables/plans.ts';

type Trx = Transaction<DB>;

const planColumns = [
  'p.id',
  'p.department_id',
  'p.year',
  'p.revision',
  'p.status',
  'p.revision_reason',
  'p.review_comment',
  'p.created_at',
  'p.submitted_at',
  'p.reviewed_at',
  'p.published_at',
  'd.code as department_code',
  'd.name as department_name',
] as const;

export type PlanRow = NonNullable<Awaited<ReturnType<typeof findPlan>>>;

export async function findPlan(db: Database, id: number) {
  return db
    .selectFrom('annual_plans as p')
    .innerJoin('departments as d', 'd.id', 'p.department_id')
    .select(planColumns)
    .select((eb) => eb.selectFrom('plan_tasks as t').whereRef('t.plan_id', '=', 'p.id').select(eb.fn.countAll<number>().as('n')).as('task_count'))
    .where('p.id', '=', id)
    .executeTakeFirst();
}

export async function planDepartment(db: Database, id: number) {
  return (await db.selectFrom('annual_plans').select('department_id').where('id', '=', id).executeTakeFirst())?.department_id;
}

/** The plan row locked for the rest of the transaction (state changes are serialised per plan). */
export async function lockPlan(trx: Trx, id: number) {
  return trx.selectFrom('annual_plans').select(['id', 'department_id', 'year', 'revision', 'status']).where('id', '=', id).forUpdate().executeTakeFirst();
}

export interface PlanFilter {
  departmentId?: number;
  year?: number;
  status?: PlanStatus;
  limit: number;
  offset: number;
}

export async function listPlans(db: Database, f: PlanFilter) {
  let base = db.selectFrom('annual_plans as p').innerJoin('departments as d', 'd.id', 'p.department_id');
  if (f.departmentId !== undefined) base = base.where('p.department_id', '=', f.departmentId);
  if (f.year !== undefined) base = base.where('p.year', '=', f.year);
  if (f.status) base = base.where('p.status', '=', f.status);
  const [rows, count] = await Promise.all([
    base
      .select(planColumns)
      .select((eb) => eb.selectFrom('plan_tasks as t').whereRef('t.plan_id', '=', 'p.id').select(eb.fn.countAll<number>().as('n')).as('task_count'))
      .orderBy('p.year', 'desc')
      .orderBy('d.id')
      .orderBy('p.revision', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The tasks of some plans, with their items and named enterprises. */
export async function tasksOf(db: Database, planIds: readonly number[]) {
  if (planIds.length === 0) return [];
  const tasks = await db.selectFrom('plan_tasks').selectAll().where('plan_id', 'in', [...planIds]).orderBy('plan_id').orderBy('id').execute();
  const taskIds = tasks.map((t) => t.id);
  if (taskIds.length === 0) return [];
  const [items, enterprises] = await Promise.all([
    db
      .selectFrom('plan_task_items as ti')
      .innerJoin('inspection_items as i', 'i.id', 'ti.item_id')
      .select(['ti.task_id', 'i.id', 'i.code', 'i.name', 'i.status'])
      .where('ti.task_id', 'in', taskIds)
      .orderBy('i.code')
      .execute(),
    db
      .selectFrom('plan_task_enterprises as te')
      .innerJoin('enterprises as e', 'e.id', 'te.enterprise_id')
      .select(['te.task_id', 'e.id', 'e.uscc', 'e.name'])
      .where('te.task_id', 'in', taskIds)
      .orderBy('e.id')
      .execute(),
  ]);
  return tasks.map((t) => ({ ...t, items: items.filter((i) => i.task_id === t.id), enterprises: enterprises.filter((e) => e.task_id === t.id) }));
}

export async function eventsOf(db: Database, planId: number) {
  return db
    .selectFrom('plan_events as e')
    .leftJoin('users as u', 'u.id', 'e.by_user')
    .select(['e.action', 'e.from_status', 'e.to_status', 'e.comment', 'e.at', 'u.username', 'u.display_name'])
    .where('e.plan_id', '=', planId)
    .orderBy('e.id')
    .execute();
}

/** Serialises the creation of plan rows (drafts, revisions) per department across concurrent requests. */
export async function lockDepartment(trx: Trx, departmentId: number) {
  await trx.selectFrom('departments').select('id').where('id', '=', departmentId).forUpdate().execute();
}

/** Every plan row of a department's year (any revision, any status), locked. */
export async function plansOfYear(trx: Trx, departmentId: number, year: number) {
  return trx.selectFrom('annual_plans').select(['id', 'revision', 'status']).where('department_id', '=', departmentId).where('year', '=', year).orderBy('revision').forUpdate().execute();
}

export async function insertPlan(trx: Trx, row: { departmentId: number; year: number; revision: number; reason: string | null; by: number; at: Date }) {
  return trx
    .insertInto('annual_plans')
    .values({ department_id: row.departmentId, year: row.year, revision: row.revision, revision_reason: row.reason, created_by: row.by, created_at: row.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export interface PlanChange {
  status?: PlanStatus;
  review_comment?: string | null;
  submitted_at?: Date;
  reviewed_by?: number;
  reviewed_at?: Date;
  published_at?: Date;
}

export async function updatePlan(trx: Trx, id: number, change: PlanChange) {
  await trx.updateTable('annual_plans').set(change).where('id', '=', id).execute();
}

export async function deletePlan(trx: Trx, id: number) {
  await trx.deleteFrom('annual_plans').where('id', '=', id).execute();
}

export async function insertEvent(trx: Trx, e: { planId: number; action: PlanEventAction; from: PlanStatus | null; to: PlanStatus; comment: string | null; by: number | null; at: Date }) {
  await trx.insertInto('plan_events').values({ plan_id: e.planId, action: e.action, from_status: e.from, to_status: e.to, comment: e.comment, by_user: e.by, at: e.at }).execute();
}

export interface ResolvedTask {
  kind: InspectionKind;
  title: string;
  months: number[];
  targetRule: string | null;
  targetCount: number | null;
  basis: string | null;
  itemIds: number[];
  enterpriseIds: number[];
}

/** Replaces all tasks of a plan (a draft's tasks are edited as a whole). */
export async function replaceTasks(trx: Trx, planId: number, tasks: readonly ResolvedTask[]) {
  await trx.deleteFrom('plan_tasks').where('plan_id', '=', planId).execute();
  for (const t of tasks) {
    const row = await trx
      .insertInto('plan_tasks')
      .values({ plan_id: planId, kind: t.kind, title: t.title, months: t.months, target_rule: t.targetRule, target_count: t.targetCount, basis: t.basis })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (t.itemIds.length > 0) await trx.insertInto('plan_task_items').values(t.itemIds.map((item_id) => ({ task_id: row.id, item_id }))).execute();
    if (t.enterpriseIds.length > 0) {
      await trx.insertInto('plan_task_enterprises').values(t.enterpriseIds.map((enterprise_id) => ({ task_id: row.id, enterprise_id }))).execute();
    }
  }
}

export async function enterprisesByUscc(db: Database, usccs: readonly string[]) {
  if (usccs.length === 0) return [];
  return db.selectFrom('enterprises').select(['id', 'uscc', 'name']).where('uscc', 'in', [...usccs]).execute();
}

/** Published plans of a year (optionally one department's), for the public. */
export async function publishedPlans(db: Database, f: { year: number; departmentId?: number; limit: number; offset: number }) {
  let base = db.selectFrom('annual_plans as p').innerJoin('departments as d', 'd.id', 'p.department_id').where('p.status', '=', 'published').where('p.year', '=', f.year);
  if (f.departmentId !== undefined) base = base.where('p.department_id', '=', f.departmentId);
  const [rows, count] = await Promise.all([
    base.select(planColumns).orderBy('d.id').limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/**
 * R2: a task of the department's published plan for the date's year that runs in the date's month,
 * contains every one of the items, and names the enterprise or names none (a sampling rule).
 * Tasks naming the enterprise come first.
 */
export async function findCoveringTask(
  db: Database,
  q: { departmentId: number; enterpriseId: number; itemIds: readonly number[]; year: number; month: number; kind?: InspectionKind; taskId?: number },
) {
  const ids = [...new Set(q.itemIds)];
  let query = db
    .selectFrom('plan_tasks as t')
    .innerJoin('annual_plans as p', 'p.id', 't.plan_id')
    .where('p.department_id', '=', q.departmentId)
    .where('p.year', '=', q.year)
    .where('p.status', '=', 'published')
    .where(sql<boolean>`${q.month}::int = any(t.months)`)
    .where((eb) =>
      eb(eb.selectFrom('plan_task_items as ti').whereRef('ti.task_id', '=', 't.id').where('ti.item_id', 'in', ids).select(eb.fn.countAll<number>().as('n')), '=', ids.length),
    )
    .where((eb) =>
      eb.or([
        eb.not(eb.exists(eb.selectFrom('plan_task_enterprises as te').whereRef('te.task_id', '=', 't.id').select('te.task_id'))),
        eb.exists(eb.selectFrom('plan_task_enterprises as te').whereRef('te.task_id', '=', 't.id').where('te.enterprise_id', '=', q.enterpriseId).select('te.task_id')),
      ]),
    );
  if (q.kind) query = query.where('t.kind', '=', q.kind);
  if (q.taskId !== undefined) query = query.where('t.id', '=', q.taskId);
  return query
    .select(['t.id', 't.kind', 't.title', 't.basis', 'p.id as plan_id', 'p.revision'])
    .select((eb) => eb.exists(eb.selectFrom('plan_task_enterprises as te').whereRef('te.task_id', '=', 't.id').select('te.task_id')).as('names_enterprises'))
    .orderBy('names_enterprises', 'desc')
    .orderBy('t.id')
    .limit(1)
    .executeTakeFirst();
}

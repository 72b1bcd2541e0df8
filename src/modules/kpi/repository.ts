/**
 * The KPI dashboard's only SQL. Every figure is counted in the database, set-based and grouped
 * (GROUPING SETS), so the dashboard stays fast at province scale: nothing is loaded row by row.
 *
 * A visit is a lead filing plus the filings that join it (joins_filing_id = lead id): one visit,
 * keyed coalesce(joins_filing_id, id), dated by its earliest planned date. It is joint when two or
 * more departments take part or any of its items is delegated (filing_items.delegate_department_id).
 * "done": in progress or completed (the visit happened); "planned": filed and not yet carried out.
 * Drafts, returned and cancelled filings never count.
 */
import { sql } from 'kysely';
import type { Database } from '../../db/connection.ts';

export const DONE_STATES = ['in_progress', 'completed'] as const;
export const PLANNED_STATES = ['submitted', 'head_approved', 'accepted', 'merge_required', 'notified'] as const;

export interface Scope {
  /** First and last day counted (both years). */
  from: string;
  to: string;
  departmentId: number | null;
  townId: number | null;
}

export interface Counts {
  visits: number;
  jointVisits: number;
  tasks: number;
  jointTasks: number;
}

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

export interface VisitRow extends Counts {
  class: 'done' | 'planned';
  /** 'year' | 'month' | 'town' (both classes); 'department' | 'enterprise' (visits that happened). */
  level: string;
  year: number;
  month: number | null;
  townId: number | null;
  departmentId: number | null;
  /** On 'enterprise' rows (visits = enterprises visited): enterprises visited once, twice, 3+ times; A/B ones more than once. */
  one: number | null;
  two: number | null;
  threePlus: number | null;
  compliantRepeat: number | null;
}

/**
 * Every visit figure in one statement, one pass over the filings and no join between derived tables
 * (so the plan does not hang on row estimates of aggregates): f the counted filings with their
 * enterprise's town and grade; h one row per visit and department (its tasks, any delegated item);
 * w the same rows with the visit's attributes as window aggregates (joint when two or more
 * departments or a delegated item; its day, enterprise, town, grade; the tasks in scope), no second
 * sort since h comes out grouped by visit; vv one row per visit. Then the grouped figures by year,
 * month and town (vv), by department (w) and per enterprise (n). With a department in scope: the
 * visits it took part in, and only its own tasks.
 */
export function visitFiguresQuery(s: Scope) {
  const ofDept = s.departmentId === null ? sql`true` : sql`department_id = ${s.departmentId}`;
  const inTown = s.townId === null ? sql`true` : sql`e.town_id = ${s.townId}`;
  return sql<VisitRow>`
    with f as (
      select coalesce(f.joins_filing_id, f.id) as visit_id, f.department_id, f.planned_date, f.enterprise_id, e.town_id, e.grade,
        case when f.state in (${list(DONE_STATES)}) then 'done' else 'planned' end as class,
        dl.filing_id is not null as delegated
      from filings f join enterprises e on e.id = f.enterprise_id
        left join (select distinct filing_id from filing_items where delegate_department_id is not null) dl on dl.filing_id = f.id
      where f.mode = 'onsite' and f.state in (${list([...DONE_STATES, ...PLANNED_STATES])})
        and f.planned_date >= ${s.from}::date and f.planned_date <= ${s.to}::date and ${inTown}
    ),
    h as (
      select class, visit_id, department_id, count(*)::int as tasks, bool_or(delegated) as delegated, min(planned_date) as day,
        min(enterprise_id) as enterprise_id, min(town_id) as town_id, min(grade) as grade
      from f group by class, visit_id, department_id
    ),
    w as (
      select h.class, h.visit_id, h.department_id, h.tasks, extract(year from min(h.day) over v)::int as year,
        (count(*) over v >= 2 or bool_or(h.delegated) over v) as joint, row_number() over v as rn,
        min(h.day) over v as day, min(h.enterprise_id) over v as enterprise_id, min(h.town_id) over v as town_id, min(h.grade) over v as grade,
        coalesce(sum(h.tasks) filter (where ${ofDept}) over v, 0)::int as visit_tasks
      from h window v as (partition by h.class, h.visit_id)
    ),
    vv as (
      select class, visit_id, joint, year, extract(month from day)::int as month, enterprise_id, town_id, grade, visit_tasks as tasks
      from w where rn = 1 and visit_tasks > 0
    ),
    n as (select year, enterprise_id, min(grade) as grade, count(*) as n from vv where class = 'done' group by year, enterprise_id)
    select class, case grouping(month, town_id) when 3 then 'year' when 1 then 'month' else 'town' end as level,
      year, month, town_id as "townId", null::int as "departmentId",
      count(*)::int as visits, count(*) filter (where joint)::int as "jointVisits",
      sum(tasks)::int as tasks, coalesce(sum(tasks) filter (where joint), 0)::int as "jointTasks",
      null::int as one, null::int as two, null::int as "threePlus", null::int as "compliantRepeat"
    from vv group by grouping sets ((class, year), (class, year, month), (class, year, town_id))
    union all
    select 'done', 'department', year, null, null, department_id,
      count(*)::int, count(*) filter (where joint)::int, sum(tasks)::int, coalesce(sum(tasks) filter (where joint), 0)::int,
      null, null, null, null
    from w
    where class = 'done' and ${ofDept}
    group by year, department_id
    union all
    select 'done', 'enterprise', year, null, null, null, count(*)::int, 0, 0, 0,
      count(*) filter (where n = 1)::int, count(*) filter (where n = 2)::int, count(*) filter (where n >= 3)::int,
      count(*) filter (where n >= 2 and grade in ('A', 'B'))::int
    from n group by year`;
}

export const visitFigures = async (db: Database, s: Scope) => (await visitFiguresQuery(s).execute(db)).rows;

export interface OffsiteRow {
  year: number;
  month: number | null;
  townId: number | null;
  departmentId: number | null;
  level: string;
  offsite: number;
}

/**
 * Off-site checks: offsite_checks by checked_on, plus off-site filings carried out (by planned date)
 * that no offsite_checks row records already (counted once).
 */
export const offsiteCounts = async (db: Database, s: Scope) => (await offsiteCountsQuery(s).execute(db)).rows;
export function offsiteCountsQuery(s: Scope) {
  const inTown = s.townId === null ? sql`true` : sql`e.town_id = ${s.townId}`;
  const ofDept = (alias: string) => (s.departmentId === null ? sql`true` : sql`${sql.ref(`${alias}.department_id`)} = ${s.departmentId}`);
  return sql<OffsiteRow>`
    with o as (
      select c.department_id, e.town_id, c.checked_on as day
      from offsite_checks c join enterprises e on e.id = c.enterprise_id
      where c.checked_on >= ${s.from}::date and c.checked_on <= ${s.to}::date and ${ofDept('c')} and ${inTown}
      union all
      select f.department_id, e.town_id, f.planned_date
      from filings f join enterprises e on e.id = f.enterprise_id
      where f.mode = 'offsite' and f.state in (${list(DONE_STATES)})
        and f.planned_date >= ${s.from}::date and f.planned_date <= ${s.to}::date and ${ofDept('f')} and ${inTown}
        and not exists (select 1 from offsite_checks c where c.filing_id = f.id)
    ),
    x as (select extract(year from day)::int as year, extract(month from day)::int as month, town_id, department_id from o)
    select year, month, town_id as "townId", department_id as "departmentId",
      case grouping(month, town_id, department_id) when 7 then 'year' when 3 then 'month' when 5 then 'town' else 'department' end as level,
      count(*)::int as offsite
    from x
    group by grouping sets ((year), (year, month), (year, town_id), (year, department_id))`;
}

/**
 * For the report's few large grouped statements, inside its read-only transaction: no JIT (its
 * compile time exceeds what it saves on one-off aggregates) and room to sort in memory.
 */
export async function tuneForReport(trx: Database): Promise<void> {
  await sql`set local jit = off`.execute(trx);
  await sql`set local work_mem = '32MB'`.execute(trx);
}

/** Enterprises on the register (in the town in scope): the base of the "never visited" bar. */
export async function enterpriseCount(db: Database, townId: number | null): Promise<number> {
  let q = db.selectFrom('enterprises').select((eb) => eb.fn.countAll<number>().as('n'));
  if (townId !== null) q = q.where('town_id', '=', townId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export const listDepartments = (db: Database) => db.selectFrom('departments').select(['id', 'code', 'name']).orderBy('id').execute();
export const listTowns = (db: Database) => db.selectFrom('towns').select(['id', 'code', 'name']).orderBy('id').execute();

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
  /** Grades counted as compliant for "最多查一次" (from the policy: compliantGrades). */
  compliantGrades: readonly string[];
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
  /** On 'enterprise' rows (visits = enterprises visited): enterprises visited once, twice, 3+ times; compliant ones (policy grades) more than once. */
  one: number | null;
  two: number | null;
  threePlus: number | null;
  compliantRepeat: number | null;
}

/**
 * Every visit figure in one statement, without sorting or grouping every filing by visit (at a
 * million filings that alone took seconds; docs/benchmarks.md): l the counted leads (filings that
 * join no other), with their enterprise's town and grade and whether an item is delegated; j the
 * counted joiners grouped by the lead they join (few); v one row per visit — a lead full-joined by
 * hash with its joiners' group, or joiners whose lead does not count (cancelled, another class): its
 * year and month (earliest day), enterprise, town and grade (the least of its filings'), its lowest
 * and highest department, its filings, any delegated item, the tasks in scope. It is joint when two or
 * more departments take part (lowest <> highest) or an item is delegated. Then the figures by year,
 * month and town (g, rolled up by GROUPING SETS), per enterprise (n) and by department (d): a visit of
 * one department counts for it with all its filings; a visit of two filings of two departments for
 * each with one task; a larger visit of several departments (rare) by its filings looked up again.
 * With a department in scope: only the visits it took part in (k, found through its own filings, each
 * visit whole), and only its own tasks. With a town or a department in scope the leads are planned on
 * their own (materialized) so that they are read by index, not by scanning every filing.
 */
export function visitFiguresQuery(s: Scope) {
  const compliant = s.compliantGrades.length > 0 ? sql`grade in (${sql.join([...s.compliantGrades])})` : sql`false`;
  const ofDept = (ref: string) => (s.departmentId === null ? sql`true` : sql`${sql.ref(ref)} = ${s.departmentId}`);
  const inTown = s.townId === null ? sql`true` : sql`e.town_id = ${s.townId}`;
  const counted = (states: readonly string[]) => sql`f.mode = 'onsite' and f.state in (${list(states)})
    and f.planned_date >= ${s.from}::date and f.planned_date <= ${s.to}::date and ${inTown}`;
  const members = (on: ReturnType<typeof sql>) => sql`select f.department_id from filings f join enterprises e on e.id = f.enterprise_id
    where ${on} and ${counted(DONE_STATES)} and ${ofDept('f.department_id')}`;
  const filing = sql`f.state in (${list(DONE_STATES)}) as done, f.id, f.joins_filing_id, f.department_id, f.planned_date, f.enterprise_id,
    e.town_id, e.grade, f.id in (select filing_id from filing_items where delegate_department_id is not null) as delegated`;
  // With a department in scope only the visits it took part in count (k: found through its own filings), each whole.
  const dept = s.departmentId !== null;
  const ofVisit = (visit: string) => (dept ? sql`(${sql.ref(visit)}, f.state in (${list(DONE_STATES)})) in (select visit_id, done from k)` : sql`true`);
  return sql<VisitRow>`
    with ${dept ? sql`k as (
      select distinct coalesce(f.joins_filing_id, f.id) as visit_id, f.state in (${list(DONE_STATES)}) as done
      from filings f join enterprises e on e.id = f.enterprise_id
      where f.department_id = ${s.departmentId} and ${counted([...DONE_STATES, ...PLANNED_STATES])}
    ),` : sql``}
    l as ${s.townId === null && !dept ? sql`` : sql`materialized`} (
      select ${filing} from filings f join enterprises e on e.id = f.enterprise_id
      where f.joins_filing_id is null and ${counted([...DONE_STATES, ...PLANNED_STATES])} and ${ofVisit('f.id')}
    ),
    j as (
      select done, joins_filing_id as visit_id, min(planned_date) as day, min(enterprise_id) as enterprise_id, min(town_id) as town_id,
        min(grade) as grade, min(department_id) as d1, max(department_id) as d2, count(*)::int as filings, bool_or(delegated) as delegated,
        (count(*) filter (where ${ofDept('department_id')}))::int as tasks
      from (
        select ${filing} from filings f join enterprises e on e.id = f.enterprise_id
        where f.joins_filing_id is not null and ${counted([...DONE_STATES, ...PLANNED_STATES])} and ${ofVisit('f.joins_filing_id')}
      ) f
      group by done, joins_filing_id
    ),
    v as (
      select coalesce(l.done, j.done) as done, coalesce(l.id, j.visit_id) as visit_id,
        extract(year from least(l.planned_date, j.day))::int as year, extract(month from least(l.planned_date, j.day))::int as month,
        least(l.enterprise_id, j.enterprise_id) as enterprise_id, least(l.town_id, j.town_id) as town_id, least(l.grade, j.grade) as grade,
        least(l.department_id, j.d1) as d1, greatest(l.department_id, j.d2) as d2, (l.id is not null)::int + coalesce(j.filings, 0) as filings,
        (least(l.department_id, j.d1) <> greatest(l.department_id, j.d2) or coalesce(l.delegated, false) or coalesce(j.delegated, false)) as joint,
        (l.id is not null and ${ofDept('l.department_id')})::int + coalesce(j.tasks, 0) as tasks
      from l full join j on j.done = l.done and j.visit_id = l.id
    ),
    n as (select year, min(grade) as grade, count(*) as n from v where done and tasks > 0 group by year, enterprise_id),
    d as (
      select year, d1 as department_id, count(*) as visits, count(*) filter (where joint) as joint_visits,
        sum(case when d1 = d2 then filings else 1 end) as tasks, sum(case when d1 = d2 then filings else 1 end) filter (where joint) as joint_tasks
      from v where done and (d1 = d2 or filings = 2) and ${ofDept('d1')} group by year, d1
      union all
      select year, d2, count(*), count(*), count(*), count(*)
      from v where done and d1 <> d2 and filings = 2 and ${ofDept('d2')} group by year, d2
      union all
      select v.year, x.department_id, 1, 1, x.tasks, x.tasks from v cross join lateral (
        select department_id, count(*)::int as tasks from (
          ${members(sql`f.id = v.visit_id and f.joins_filing_id is null`)}
          union all
          ${members(sql`f.joins_filing_id = v.visit_id`)}
        ) m group by department_id
      ) as x
      where v.done and v.d1 <> v.d2 and v.filings > 2
    ),
    g as (
      select done, year, month, town_id, count(*) as visits, count(*) filter (where joint) as joint_visits,
        sum(tasks) as tasks, sum(tasks) filter (where joint) as joint_tasks
      from v where tasks > 0 group by done, year, month, town_id
    )
    select case when done then 'done' else 'planned' end as class, case grouping(month, town_id) when 3 then 'year' when 1 then 'month' else 'town' end as level,
      year, month, town_id as "townId", null::int as "departmentId",
      sum(visits)::int as visits, sum(joint_visits)::int as "jointVisits", sum(tasks)::int as tasks, coalesce(sum(joint_tasks), 0)::int as "jointTasks",
      null::int as one, null::int as two, null::int as "threePlus", null::int as "compliantRepeat"
    from g group by grouping sets ((done, year), (done, year, month), (done, year, town_id))
    union all
    select 'done', 'department', year, null, null, department_id,
      sum(visits)::int, sum(joint_visits)::int, sum(tasks)::int, coalesce(sum(joint_tasks), 0)::int,
      null, null, null, null
    from d group by year, department_id
    union all
    select 'done', 'enterprise', year, null, null, null, count(*)::int, 0, 0, 0,
      count(*) filter (where n = 1)::int, count(*) filter (where n = 2)::int, count(*) filter (where n >= 3)::int,
      count(*) filter (where n >= 2 and ${compliant})::int
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
 * compile time exceeds what it saves on one-off aggregates) and room for the hash tables by visit
 * and by enterprise in memory (PostgreSQL lets a hash use twice work_mem).
 */
export async function tuneForReport(trx: Database): Promise<void> {
  await sql`set local jit = off`.execute(trx);
  await sql`set local work_mem = '64MB'`.execute(trx);
}

/** Enterprises on the register (in the town in scope): the base of the "never visited" bar. */
export async function enterpriseCount(db: Database, townId: number | null): Promise<number> {
  let q = db.selectFrom('enterprises').select((eb) => eb.fn.countAll<number>().as('n'));
  if (townId !== null) q = q.where('town_id', '=', townId);
  return Number((await q.executeTakeFirstOrThrow()).n);
}

export const listDepartments = (db: Database) => db.selectFrom('departments').select(['id', 'code', 'name']).orderBy('id').execute();
export const listTowns = (db: Database) => db.selectFrom('towns').select(['id', 'code', 'name']).orderBy('id').execute();

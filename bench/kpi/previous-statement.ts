/**
 * The KPI dashboard's visit statement as it was before the hash-join rewrite (commit e729ef0: every
 * on-site filing of both years sorted by visit, window aggregates), kept for bench/kpi/compare.ts only.
 */
import { sql } from 'kysely';
import { DONE_STATES, PLANNED_STATES, type Scope, type VisitRow } from '../../src/modules/kpi/repository.ts';

const list = (values: readonly string[]) => sql.join(values.map((v) => sql.lit(v)));

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
export function previousVisitFiguresQuery(s: Scope) {
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


/**
 * The SQL of alerts (预警). Every alert is computed from the filings in one set-based query (no loop
 * per enterprise), so the list stays fast at province scale; only the coordinator's handling is stored
 * (alert_acknowledgements). An alert's key is stable: <KIND>:<enterprise USCC>:<what makes it one>.
 *
 * On-site visits: on-site filings neither drafts nor cancelled; a joint visit (a lead filing and the
 * filings whose joins_filing_id is the lead's id) is one visit, dated by its earliest filing.
 */
import { sql, type Kysely, type RawBuilder, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addDays, GRADES, yearOf } from '../../domain/calendar/index.ts';
import type { AlertParams } from './context.ts';

type Q = Kysely<DB> | Transaction<DB>;

export interface AlertFilter {
  kinds?: string[];
  townId?: number;
  departmentId?: number;
  /** Enterprise name (part) or USCC. */
  q?: string;
  status?: 'open' | 'handled' | 'all';
  key?: string;
}

export interface AlertRow {
  key: string;
  kind: string;
  uscc: string;
  enterprise_name: string;
  grade: 'A' | 'B' | 'C' | 'D' | null;
  town_code: string | null;
  town_name: string | null;
  date: string;
  dates: string[];
  depts: number[];
  filing_id: number | null;
  data: Record<string, unknown>;
  ack_note: string | null;
  ack_at: Date | string | null;
  ack_by: string | null;
  total: number;
}

const emptyValues = (types: string[]) => sql.raw(`select ${types.map((t) => `null::${t}`).join(', ')} where false`);

/** The CTEs down to `keyed`: every alert of the period, one row each, with its key and enterprise. */
function alertsQuery(p: AlertParams): RawBuilder<unknown> {
  const pol = p.policy;
  const W = pol.alerts.multiDepartmentWindowDays;
  const ys = `${yearOf(p.from)}-01-01`;
  const ye = `${yearOf(p.to)}-12-31`;
  const hi = addDays(p.to, W) > ye ? addDays(p.to, W) : ye;
  const ent = (alias: string) => (p.enterpriseId === undefined ? sql`` : sql`and ${sql.ref(`${alias}.enterprise_id`)} = ${p.enterpriseId}`);
  const caps = GRADES.flatMap((g) => (pol.gradeOnsiteCaps[g] === null ? [] : [sql`(${g}::text, ${pol.gradeOnsiteCaps[g]}::int)`]));
  const quiet = GRADES.flatMap((g) => {
    const w = pol.quietPeriods[g];
    return w ? [sql`(${g}::text, ${w.startDay}::int, ${w.endDay ?? 31}::int)`] : [];
  });
  return sql`with recursive
ov as (
  select f.id, coalesce(f.joins_filing_id, f.id) as visit_id, f.enterprise_id, coalesce(e.grade, 'C')::text as grade,
    f.department_id, f.planned_date, f.exception_case
  from filings f join enterprises e on e.id = f.enterprise_id
  where f.mode = 'onsite' and f.state not in ('draft', 'cancelled')
    and f.planned_date between ${ys}::date and ${hi}::date ${ent('f')}
),
vd as (
  -- one row per filing of a visit, dated by the visit's earliest filing
  select visit_id, enterprise_id, grade, min(planned_date) over (partition by visit_id) as date, department_id from ov
),
pairs as (
  -- each day a visit starts in the period, with every visit of the window that opens on it
  select a.enterprise_id, a.date, w.visit_id, w.department_id, w.date as wdate
  from (select distinct enterprise_id, date from vd where date between ${p.from}::date and ${p.to}::date) a
  join vd w on w.enterprise_id = a.enterprise_id and w.date between a.date and a.date + ${W}::int
),
cand as (
  -- cheap necessary condition first (two visits, two departments), exact counts below
  select enterprise_id, date from pairs group by enterprise_id, date
  having min(visit_id) <> max(visit_id) and min(department_id) <> max(department_id)
),
anchor as (
  select p.enterprise_id, p.date, count(distinct p.visit_id)::int as visits,
    array_agg(distinct p.department_id) as depts, array_agg(distinct p.wdate) as dates
  from pairs p join cand c on c.enterprise_id = p.enterprise_id and c.date = p.date
  group by p.enterprise_id, p.date
  having count(distinct p.department_id) >= ${pol.alerts.multiDepartmentMinDepartments}::int
),
nxt as (
  -- for each qualifying window, the next one opening after it closes
  select a.enterprise_id, a.date, min(b.date) as next_date
  from anchor a left join anchor b on b.enterprise_id = a.enterprise_id and b.date > a.date + ${W}::int
  group by a.enterprise_id, a.date
),
picked as (
  -- one alert per cluster: the earliest qualifying window, then the first one opening after it closes
  select enterprise_id, min(date) as date from anchor group by enterprise_id
  union all
  select n.enterprise_id, n.next_date from picked p join nxt n on n.enterprise_id = p.enterprise_id and n.date = p.date
  where n.next_date is not null
),
gcap(grade, cap) as (${caps.length ? sql`values ${sql.join(caps)}` : emptyValues(['text', 'int'])}),
r5 as (
  select w.enterprise_id, extract(year from w.date)::int as year, g.cap, count(distinct w.visit_id)::int as n, min(w.date) as date,
    array_agg(distinct w.date) as dates, array_agg(distinct w.department_id) as depts
  from vd w join gcap g on g.grade = w.grade
  where w.date between ${ys}::date and ${ye}::date
  group by w.enterprise_id, extract(year from w.date), g.cap
  having g.cap - count(distinct w.visit_id) <= ${pol.alerts.capRemainingAlert}::int
),
r4 as (
  select w.enterprise_id, w.department_id, extract(year from w.date)::int as year, count(distinct w.visit_id)::int as n,
    min(w.date) as date, array_agg(distinct w.date) as dates
  from vd w where w.date between ${ys}::date and ${ye}::date
  group by w.enterprise_id, w.department_id, extract(year from w.date)
  having ${pol.departmentOnsiteCap}::int - count(distinct w.visit_id) <= ${pol.alerts.capRemainingAlert}::int
),
qp(grade, s, e) as (${quiet.length ? sql`values ${sql.join(quiet)}` : emptyValues(['text', 'int', 'int'])}),
quiet as (
  select o.visit_id, o.enterprise_id, min(o.planned_date) as date, array_agg(distinct o.department_id) as depts,
    array_agg(distinct o.id) as filings
  from ov o join qp on qp.grade = o.grade
  where o.exception_case is null and o.planned_date between ${p.from}::date and ${p.to}::date
    and extract(day from o.planned_date) between qp.s and qp.e
  group by o.visit_id, o.enterprise_id
),
dl as (
  select f.enterprise_id, f.id as filing_id, f.department_id, d.code, d.due_on, d.outcome
  from filing_deadlines d join filings f on f.id = d.filing_id
  where d.met_at is null and d.due_on < ${p.today}::date and d.due_on between ${p.from}::date and ${p.to}::date
    and (d.outcome is null or d.outcome <> 'NOT_APPLICABLE')
    and not exists (select 1 from filing_flags g where g.filing_id = d.filing_id and g.code = d.outcome) ${ent('f')}
),
fl as (
  select f.enterprise_id, f.id as filing_id, f.department_id, g.code, g.note, g.raised_at, f.planned_date
  from filing_flags g join filings f on f.id = g.filing_id
  where f.planned_date between ${p.from}::date and ${p.to}::date ${ent('f')}
),
alerts as (
  select 'MULTI_DEPARTMENT'::text as kind, a.enterprise_id, a.date::text as suffix, a.date, to_jsonb(a.dates) as dates,
    to_jsonb(a.depts) as depts, null::bigint as filing_id, jsonb_build_object('visits', a.visits, 'windowDays', ${W}::int) as data
  from picked p join anchor a on a.enterprise_id = p.enterprise_id and a.date = p.date
  union all
  select 'CAP_NEAR', r5.enterprise_id, r5.year::text || ':R5:' || r5.n::text, r5.date, to_jsonb(r5.dates),
    to_jsonb(r5.depts), null, jsonb_build_object('rule', 'R5', 'year', r5.year, 'count', r5.n, 'cap', r5.cap)
  from r5
  union all
  select 'CAP_NEAR', r4.enterprise_id, r4.year::text || ':R4:' || dep.code || ':' || r4.n::text, r4.date, to_jsonb(r4.dates),
    jsonb_build_array(r4.department_id), null, jsonb_build_object('rule', 'R4', 'year', r4.year, 'count', r4.n, 'cap', ${pol.departmentOnsiteCap}::int)
  from r4 join departments dep on dep.id = r4.department_id
  union all
  select 'QUIET_PERIOD_BREACH', enterprise_id, visit_id::text, date, jsonb_build_array(date), to_jsonb(depts), visit_id,
    jsonb_build_object('filings', to_jsonb(filings))
  from quiet
  union all
  select 'DEADLINE_MISSED', enterprise_id, filing_id::text || ':' || code, due_on, jsonb_build_array(due_on),
    jsonb_build_array(department_id), filing_id, jsonb_build_object('code', code, 'outcome', outcome)
  from dl
  union all
  select code, enterprise_id, filing_id::text, planned_date, jsonb_build_array(planned_date), jsonb_build_array(department_id),
    filing_id, jsonb_build_object('note', note, 'raisedAt', raised_at)
  from fl
),
keyed as (
  select a.*, a.kind || ':' || e.uscc || ':' || a.suffix as key, e.uscc, e.name as enterprise_name, e.grade, e.town_id
  from alerts a join enterprises e on e.id = a.enterprise_id
)`;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function conditions(f: AlertFilter, withKindAndStatus: boolean) {
  const c: RawBuilder<unknown>[] = [sql`true`];
  if (withKindAndStatus && f.kinds?.length) c.push(sql`k.kind in (${sql.join(f.kinds)})`);
  if (withKindAndStatus && f.status === 'open') c.push(sql`ack.alert_key is null`);
  if (withKindAndStatus && f.status === 'handled') c.push(sql`ack.alert_key is not null`);
  if (f.townId !== undefined) c.push(sql`k.town_id = ${f.townId}`);
  if (f.departmentId !== undefined) c.push(sql`k.depts @> ${JSON.stringify([f.departmentId])}::jsonb`);
  if (f.q) c.push(sql`(k.enterprise_name like ${`%${escapeLike(f.q)}%`} or k.uscc = ${f.q.toUpperCase()})`);
  if (f.key) c.push(sql`k.key = ${f.key}`);
  return sql.join(c, sql` and `);
}

/**
 * Runs one alert query in a read transaction with settings for a large report: no JIT (compiling it
 * costs seconds on a query this size) and enough memory to sort in memory.
 */
async function reportQuery<T>(db: Q, query: RawBuilder<T>): Promise<T[]> {
  const run = async (trx: Transaction<DB>) => {
    await sql`set local jit = off`.execute(trx);
    await sql`set local work_mem = '64MB'`.execute(trx);
    return (await query.execute(trx)).rows;
  };
  return db.isTransaction ? run(db as Transaction<DB>) : db.transaction().execute(run);
}

export async function listAlerts(db: Q, p: AlertParams, f: AlertFilter, page: { limit: number; offset: number }): Promise<AlertRow[]> {
  const rows = await reportQuery(db, sql<AlertRow>`${alertsQuery(p)}
select k.key, k.kind, k.uscc, k.enterprise_name, k.grade, t.code as town_code, t.name as town_name, k.date::text as date,
  k.dates, k.depts, k.filing_id, k.data, ack.note as ack_note, ack.acknowledged_at as ack_at, u.display_name as ack_by,
  count(*) over () as total
from keyed k
left join towns t on t.id = k.town_id
left join alert_acknowledgements ack on ack.alert_key = k.key
left join users u on u.id = ack.acknowledged_by
where ${conditions(f, true)}
order by k.date desc, k.key
limit ${page.limit} offset ${page.offset}`);
  return rows.map((r) => ({ ...r, total: Number(r.total), filing_id: r.filing_id === null ? null : Number(r.filing_id) }));
}

export async function countAlerts(db: Q, p: AlertParams, f: AlertFilter) {
  const rows = await reportQuery(db, sql<{ kind: string; open: number; handled: number }>`${alertsQuery(p)}
select k.kind, count(*) filter (where ack.alert_key is null) as open, count(*) filter (where ack.alert_key is not null) as handled
from keyed k left join alert_acknowledgements ack on ack.alert_key = k.key
where ${conditions(f, false)}
group by k.kind order by k.kind`);
  return rows.map((r) => ({ kind: r.kind, open: Number(r.open), handled: Number(r.handled) }));
}

export async function departmentsById(db: Q) {
  const rows = await db.selectFrom('departments').select(['id', 'code', 'name']).execute();
  return new Map(rows.map((d) => [d.id, { code: d.code, name: d.name }]));
}

export const departmentByCode = (db: Q, code: string) => db.selectFrom('departments').select('id').where('code', '=', code).executeTakeFirst();
export const townByCode = (db: Q, code: string) => db.selectFrom('towns').select('id').where('code', '=', code).executeTakeFirst();
export const enterpriseByUscc = (db: Q, uscc: string) => db.selectFrom('enterprises').select(['id']).where('uscc', '=', uscc).executeTakeFirst();

export async function findAcknowledgement(db: Q, key: string) {
  return db.selectFrom('alert_acknowledgements').select(['alert_key']).where('alert_key', '=', key).executeTakeFirst();
}

export async function insertAcknowledgement(trx: Transaction<DB>, a: { key: string; kind: string; enterpriseId: number; by: number; at: Date; note: string }) {
  await trx
    .insertInto('alert_acknowledgements')
    .values({ alert_key: a.key, kind: a.kind, enterprise_id: a.enterpriseId, acknowledged_by: a.by, acknowledged_at: a.at, note: a.note })
    .execute();
}

/**
 * The SQL of joint visits (联合检查): a lead filing (its own joins_filing_id is null) and the filings
 * that joined it, however formed; the joint_visits row (accepted from a proposal) is optional
 * metadata, left-joined by the lead filing.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Q = Kysely<DB>;

export interface VisitFilter {
  q?: string;
  departmentId?: number;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

function visitBase(db: Q) {
  return db
    .selectFrom('filings as f')
    .innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .leftJoin('joint_visits as jv', 'jv.lead_filing_id', 'f.id')
    .where('f.joins_filing_id', 'is', null)
    .where('f.state', '<>', 'cancelled')
    .where((eb) => eb.or([eb('jv.state', 'is', null), eb('jv.state', '=', 'active')]))
    .where((eb) => eb.exists(eb.selectFrom('filings as m').whereRef('m.joins_filing_id', '=', 'f.id').where('m.state', '<>', 'cancelled').select('m.id')));
}

/** A member filing of the visit led by f (the lead itself or one joining it), not cancelled. */
const memberOf = sql<boolean>`(m.id = f.id or m.joins_filing_id = f.id) and m.state <> 'cancelled'`;

const visitColumns = [
  'f.id',
  'f.planned_date',
  'f.state',
  'f.department_id',
  'e.id as enterprise_id',
  'e.uscc',
  'e.name as enterprise_name',
  'e.grade',
  'jv.id as joint_visit_row',
  'jv.lead_department_id',
  'jv.proposal_id',
  'jv.accepted_at',
  'jv.reason',
] as const;

function withDetails<T extends ReturnType<typeof visitBase>>(q: T) {
  return q
    .innerJoin('departments as ld', (j) => j.on(sql<boolean>`ld.id = coalesce(jv.lead_department_id, f.department_id)`))
    .leftJoin('users as au', 'au.id', 'jv.accepted_by')
    .select(visitColumns)
    .select(['ld.code as lead_code', 'ld.name as lead_name', 'au.username as accepted_by'])
    .select(
      sql<{ code: string; name: string }[]>`(select coalesce(json_agg(json_build_object('code', x.code, 'name', x.name) order by x.code), '[]'::json)
        from (select distinct d.code, d.name from filings m join departments d on d.id = m.department_id where ${memberOf}) x)`.as('departments'),
    )
    .select(sql<string[]>`(select coalesce(array_agg(m.state order by m.id), '{}') from filings m where ${memberOf})`.as('member_states'))
    .select(
      sql<boolean>`exists (select 1 from inspection_codes c where c.subject_kind = 'joint_visit' and c.subject_id = f.id and c.superseded_at is null)`.as('has_code'),
    );
}

export async function listVisits(db: Q, f: VisitFilter) {
  let base = visitBase(db);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([eb('e.name', 'like', like), eb('e.uscc', 'like', like.toUpperCase())]));
  }
  if (f.departmentId !== undefined) {
    const dept = f.departmentId;
    base = base.where(sql<boolean>`exists (select 1 from filings m where ${memberOf} and m.department_id = ${dept})`);
  }
  if (f.from) base = base.where('f.planned_date', '>=', f.from);
  if (f.to) base = base.where('f.planned_date', '<=', f.to);
  const [rows, count] = await Promise.all([
    withDetails(base).orderBy('f.planned_date', 'desc').orderBy('f.id', 'desc').limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export type VisitRow = Awaited<ReturnType<typeof listVisits>>['rows'][number];

export async function findVisit(db: Q, leadId: number) {
  return withDetails(visitBase(db).where('f.id', '=', leadId)).executeTakeFirst();
}

/** Locks the member filings' rows (in id order) for a change of the visit. */
export async function lockFilings(trx: Transaction<DB>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return trx
    .selectFrom('filings')
    .select(['id', 'state', 'planned_date', 'window_end', 'joins_filing_id', 'department_id', 'enterprise_id', 'mode'])
    .where('id', 'in', [...ids])
    .orderBy('id')
    .forUpdate()
    .execute();
}

/** Filings that joined one of these (a filing that is already a lead of a visit). */
export async function joinedBy(trx: Transaction<DB>, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return trx.selectFrom('filings').select(['id', 'joins_filing_id']).where('joins_filing_id', 'in', [...ids]).where('state', '<>', 'cancelled').execute();
}

export async function hasNotice(trx: Transaction<DB>, ids: readonly number[]) {
  if (ids.length === 0) return new Set<number>();
  const rows = await trx.selectFrom('notices').select('filing_id').where('filing_id', 'in', [...ids]).execute();
  return new Set(rows.map((r) => Number(r.filing_id)));
}

export async function lockEnterpriseRow(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('enterprises').select(['id', 'uscc', 'name', 'grade']).where('id', '=', id).forUpdate().executeTakeFirstOrThrow();
}

export async function insertJointVisit(
  trx: Transaction<DB>,
  v: { enterpriseId: number; date: string; leadFilingId: number; leadDepartmentId: number; proposalId: number; by: number; at: Date; reason: string },
) {
  return trx
    .insertInto('joint_visits')
    .values({
      enterprise_id: v.enterpriseId,
      visit_date: v.date,
      lead_filing_id: v.leadFilingId,
      lead_department_id: v.leadDepartmentId,
      proposal_id: v.proposalId,
      accepted_by: v.by,
      accepted_at: v.at,
      reason: v.reason,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

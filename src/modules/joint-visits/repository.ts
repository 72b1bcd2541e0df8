/**
 * The SQL of merge proposals (合并检查建议): the filings a run may merge, what the enterprises already
 * had this year, the runs and proposals themselves. Joint visits' SQL is in repository-visits.ts.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingState } from '../../db/tables/filings.ts';
import type { MergeProposalState } from '../../db/tables/joint-visits.ts';
import { filingItemNames } from '../filings/index.ts';

type Q = Kysely<DB>;

/** Filed on-site inspections that a merge may still move: not yet notified nor begun. */
export const PENDING_STATES: readonly FilingState[] = ['submitted', 'head_approved', 'accepted', 'merge_required'];
/** States in which a filing is a visit that counts (as the rules count them). */
const COUNTED_STATES: readonly FilingState[] = ['accepted', 'notified', 'in_progress', 'completed'];

/**
 * Pending on-site filings whose window (planned_date..window_end) meets the period: not notified, not
 * in a joint visit (neither joining one nor joined by another), not in an open or rejected proposal.
 */
export async function mergeableFilings(db: Q, from: string, to: string, today: string) {
  return db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .where('f.mode', '=', 'onsite')
    .where('f.state', 'in', [...PENDING_STATES])
    .where('f.joins_filing_id', 'is', null)
    .where('f.planned_date', '<=', to)
    .where(sql<boolean>`coalesce(f.window_end, f.planned_date) >= ${from}`)
    .where(sql<boolean>`coalesce(f.window_end, f.planned_date) > ${today}`)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('notices as n').whereRef('n.filing_id', '=', 'f.id').select('n.id'))))
    .where((eb) => eb.not(eb.exists(eb.selectFrom('filings as m').whereRef('m.joins_filing_id', '=', 'f.id').where('m.state', '<>', 'cancelled').select('m.id'))))
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('merge_proposal_filings as pf')
            .innerJoin('merge_proposals as p', 'p.id', 'pf.proposal_id')
            .whereRef('pf.filing_id', '=', 'f.id')
            .where((w) => w.or([w('p.state', '=', 'rejected'), w.and([w('p.state', '=', 'proposed'), w(sql<string>`coalesce(p.due_on, ${today})`, '>=', today)])]))
            .select('pf.filing_id'),
        ),
      ),
    )
    .select(['f.id', 'f.department_id', 'f.enterprise_id', 'f.planned_date', 'f.window_end', 'd.code as department_code', 'e.grade'])
    .orderBy('f.id')
    .execute();
}

/** Enterprises (of these) that asked not to be merged. */
export async function optedOut(db: Q, enterpriseIds: readonly number[]): Promise<Set<number>> {
  if (enterpriseIds.length === 0) return new Set();
  const rows = await db.selectFrom('merge_opt_outs').select('enterprise_id').where('enterprise_id', 'in', [...enterpriseIds]).where('opt_out', '=', true).execute();
  return new Set(rows.map((r) => Number(r.enterprise_id)));
}

/**
 * On-site inspection visits counted this year at these enterprises, without the given filings: one
 * row per (enterprise, department, visit), a joint visit being one visit (keyed by its lead filing).
 */
export async function visitsThisYear(db: Q, enterpriseIds: readonly number[], year: number, exclude: readonly number[]) {
  if (enterpriseIds.length === 0) return [];
  let q = db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .where('f.enterprise_id', 'in', [...enterpriseIds])
    .where('f.mode', '=', 'onsite')
    .where('f.state', 'in', [...COUNTED_STATES])
    .where('f.planned_date', '>=', `${year}-01-01`)
    .where('f.planned_date', '<=', `${year}-12-31`);
  if (exclude.length > 0) q = q.where('f.id', 'not in', [...exclude]);
  return q.select(['f.enterprise_id', 'd.code as department_code', sql<number>`coalesce(f.joins_filing_id, f.id)`.as('visit')]).distinct().execute();
}

export async function insertRun(
  trx: Transaction<DB>,
  r: { from: string; to: string; today: string; by: number; stats: Record<string, number>; unscheduled: unknown[] },
) {
  return trx
    .insertInto('merge_proposal_runs')
    .values({ period_from: r.from, period_to: r.to, run_on: r.today, run_by: r.by, stats: JSON.stringify(r.stats), unscheduled: JSON.stringify(r.unscheduled) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function insertProposal(
  trx: Transaction<DB>,
  p: { runId: number; enterpriseId: number; date: string; leadDepartmentId: number; dueOn: string | null; filings: { filingId: number; byDepartmentId: number }[] },
) {
  const row = await trx
    .insertInto('merge_proposals')
    .values({ run_id: p.runId, enterprise_id: p.enterpriseId, proposed_date: p.date, lead_department_id: p.leadDepartmentId, due_on: p.dueOn })
    .returning('id')
    .executeTakeFirstOrThrow();
  await trx
    .insertInto('merge_proposal_filings')
    .values(p.filings.map((f) => ({ proposal_id: row.id, filing_id: f.filingId, by_department_id: f.byDepartmentId })))
    .execute();
  return row.id;
}

export interface ProposalFilter {
  state?: MergeProposalState;
  q?: string;
  departmentId?: number;
  from?: string;
  to?: string;
  today: string;
  limit: number;
  offset: number;
  ids?: number[];
}

/** The state a proposal is in today: an open one past its MERGE_CONFIRMATION day has expired (NOT_MERGED). */
export const effectiveState = (today: string) =>
  sql<MergeProposalState>`case when p.state = 'proposed' and p.due_on is not null and p.due_on < ${today} then 'expired' else p.state end`;

export async function listProposals(db: Q, f: ProposalFilter) {
  let base = db.selectFrom('merge_proposals as p').innerJoin('enterprises as e', 'e.id', 'p.enterprise_id');
  if (f.ids) base = base.where('p.id', 'in', f.ids.length ? f.ids : [0]);
  if (f.state) base = base.where(effectiveState(f.today), '=', f.state);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    base = base.where((eb) => eb.or([eb('e.name', 'like', like), eb('e.uscc', 'like', like.toUpperCase())]));
  }
  if (f.departmentId !== undefined) {
    const dept = f.departmentId;
    base = base.where((eb) =>
      eb.exists(eb.selectFrom('merge_proposal_filings as pf').innerJoin('filings as x', 'x.id', 'pf.filing_id').whereRef('pf.proposal_id', '=', 'p.id').where('x.department_id', '=', dept).select('pf.filing_id')),
    );
  }
  if (f.from) base = base.where('p.proposed_date', '>=', f.from);
  if (f.to) base = base.where('p.proposed_date', '<=', f.to);
  const [rows, count] = await Promise.all([
    base
      .innerJoin('departments as ld', 'ld.id', 'p.lead_department_id')
      .leftJoin('users as u', 'u.id', 'p.decided_by')
      .leftJoin('joint_visits as jv', 'jv.proposal_id', 'p.id')
      .select([
        'p.id',
        'p.enterprise_id',
        'p.proposed_date',
        'p.due_on',
        'p.created_at',
        'p.decided_at',
        'p.decision_reason',
        'u.username as decided_by',
        'e.uscc',
        'e.name as enterprise_name',
        'e.grade',
        'ld.code as lead_code',
        'ld.name as lead_name',
        'jv.lead_filing_id',
        effectiveState(f.today).as('state'),
      ])
      .orderBy('p.proposed_date')
      .orderBy('p.id')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** The filings of these proposals, with their department, the carrier, state, window and item names. */
export async function proposalFilings(db: Q, proposalIds: readonly number[]) {
  if (proposalIds.length === 0) return [];
  return db
    .selectFrom('merge_proposal_filings as pf')
    .innerJoin('filings as f', 'f.id', 'pf.filing_id')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .innerJoin('departments as bd', 'bd.id', 'pf.by_department_id')
    .where('pf.proposal_id', 'in', [...proposalIds])
    .select([
      'pf.proposal_id',
      'pf.removed',
      'f.id',
      'f.department_id',
      'f.planned_date',
      'f.window_end',
      'f.state',
      'f.joins_filing_id',
      'd.code as department_code',
      'd.name as department_name',
      'bd.code as by_code',
      'bd.name as by_name',
      filingItemNames.as('item_names'),
    ])
    .orderBy('pf.proposal_id')
    .orderBy('f.id')
    .execute();
}

/** The proposal row, locked for the decision. */
export async function lockProposal(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('merge_proposals').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function decideProposal(trx: Transaction<DB>, id: number, d: { state: 'accepted' | 'rejected'; at: Date; by: number; reason: string }) {
  await trx.updateTable('merge_proposals').set({ state: d.state, decided_at: d.at, decided_by: d.by, decision_reason: d.reason }).where('id', '=', id).execute();
}

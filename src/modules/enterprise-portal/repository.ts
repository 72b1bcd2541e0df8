/**
 * The SQL of the enterprise portal: what the enterprise may see of the visits it has had (by every
 * department and type), and its request not to be merged into joint visits.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { filingItemNames } from '../filings/index.ts';

type Q = Kysely<DB>;

/** At most this many rows of each kind (a single enterprise has far fewer). */
const MAX_ROWS = 2000;

/**
 * The enterprise's inspections it may know of, up to `to`: those it was notified of (also when they
 * were cancelled afterwards) and those that have begun. An accepted inspection without notice (a case
 * where notice would defeat its purpose) stays out of sight until it begins.
 */
export async function visibleInspections(db: Q, enterpriseId: number, to: string) {
  return db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .leftJoin('notices as n', 'n.filing_id', 'f.id')
    .leftJoin('inspection_records as r', 'r.filing_id', 'f.id')
    .leftJoin('visit_ratings as vr', 'vr.filing_id', 'f.id')
    .where('f.enterprise_id', '=', enterpriseId)
    .where('f.planned_date', '<=', to)
    .where((eb) => eb.or([eb('f.state', 'in', ['in_progress', 'completed']), eb('n.id', 'is not', null)]))
    .select([
      'f.id',
      'f.kind',
      'f.mode',
      'f.state',
      'f.planned_date',
      'f.window_end',
      'f.joins_filing_id',
      'f.completed_at',
      'd.code as department_code',
      'd.name as department_name',
      'n.id as notice_id',
      'r.outcome',
      'vr.score',
      'vr.comment',
      'vr.rated_at',
      filingItemNames.as('items'),
    ])
    .orderBy('f.planned_date', 'desc')
    .orderBy('f.id', 'desc')
    .limit(MAX_ROWS)
    .execute();
}

export async function offsiteChecksOf(db: Q, enterpriseId: number, to: string) {
  return db
    .selectFrom('offsite_checks as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.checked_on', '<=', to)
    .select(['c.id', 'c.source', 'c.checked_on', 'c.result', 'd.code as department_code', 'd.name as department_name'])
    .orderBy('c.checked_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(MAX_ROWS)
    .execute();
}

export async function officialVisitsOf(db: Q, enterpriseId: number, to: string) {
  return db
    .selectFrom('official_visits as v')
    .leftJoin('departments as d', 'd.id', 'v.department_id')
    .where('v.enterprise_id', '=', enterpriseId)
    .where('v.state', '=', 'reported')
    .where('v.visit_date', '<=', to)
    .select(['v.id', 'v.type', 'v.organiser', 'v.visit_date', 'v.purpose', 'd.code as department_code', 'd.name as department_name'])
    .orderBy('v.visit_date', 'desc')
    .orderBy('v.id', 'desc')
    .limit(MAX_ROWS)
    .execute();
}

export async function findMergeOptOut(db: Q, enterpriseId: number) {
  return db.selectFrom('merge_opt_outs').select(['opt_out', 'reason', 'set_at']).where('enterprise_id', '=', enterpriseId).executeTakeFirst();
}

/** The enterprise's wish, its row locked until the transaction ends. */
export async function lockMergeOptOut(trx: Transaction<DB>, enterpriseId: number) {
  await trx.selectFrom('enterprises').select('id').where('id', '=', enterpriseId).forUpdate().executeTakeFirstOrThrow();
  return trx.selectFrom('merge_opt_outs').select(['opt_out', 'reason', 'set_at']).where('enterprise_id', '=', enterpriseId).executeTakeFirst();
}

export async function saveMergeOptOut(trx: Transaction<DB>, row: { enterpriseId: number; optOut: boolean; reason: string | null; at: Date; by: number }) {
  const values = { opt_out: row.optOut, reason: row.reason, set_at: row.at, set_by: row.by };
  await trx
    .insertInto('merge_opt_outs')
    .values({ enterprise_id: row.enterpriseId, ...values })
    .onConflict((oc) => oc.column('enterprise_id').doUpdateSet(values))
    .execute();
}

/** Enterprises (of these ids) that asked not to be merged: for the merge proposals and the scheduler. */
export async function mergeOptOuts(db: Q, enterpriseIds: readonly number[]): Promise<Set<number>> {
  if (enterpriseIds.length === 0) return new Set();
  const rows = await db.selectFrom('merge_opt_outs').select('enterprise_id').where('opt_out', '=', true).where('enterprise_id', 'in', [...enterpriseIds]).execute();
  return new Set(rows.map((r) => Number(r.enterprise_id)));
}

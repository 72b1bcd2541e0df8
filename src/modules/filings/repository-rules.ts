/**
 * The SQL that loads what the rules need about one enterprise and one department: the catalog,
 * the delegable-item library, the visit history (joint visits counted once),
 * off-site results and the inspectors' certificates and training. Rules never read the database.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Q = Kysely<DB>;

/** Locks the enterprise row for the rest of the transaction: counting and accepting are serialised per enterprise. */
export async function lockEnterprise(trx: Q, enterpriseId: number) {
  return trx.selectFrom('enterprises').select(['id', 'grade']).where('id', '=', enterpriseId).forUpdate().executeTakeFirstOrThrow();
}

export async function departmentCatalog(db: Q, departmentId: number) {
  return db
    .selectFrom('inspection_items')
    .select(['id', 'code', 'name', 'modes', 'delegable', 'version', 'legal_basis'])
    .where('department_id', '=', departmentId)
    .where('status', '=', 'active')
    .orderBy('code')
    .execute();
}

/**
 * The delegable-item library entries for these item codes in force on a date. By code, not id:
 * resolving a department's item codes and R12 (an item of another department not delegated to
 * it) need the entries of codes that do not resolve; the delegations module's `delegatesFor`
 * takes item ids.
 */
export async function delegatesFor(db: Q, itemCodes: readonly string[], date: string) {
  if (itemCodes.length === 0) return [];
  return db
    .selectFrom('delegations as dl')
    .innerJoin('inspection_items as i', 'i.id', 'dl.item_id')
    .innerJoin('departments as od', 'od.id', 'i.department_id')
    .innerJoin('departments as dd', 'dd.id', 'dl.delegate_department_id')
    .where('dl.status', '=', 'active')
    .where('i.status', '=', 'active')
    .where('dl.valid_from', '<=', date)
    .where((eb) => eb.or([eb('dl.valid_until', 'is', null), eb('dl.valid_until', '>=', date)]))
    .where('i.code', 'in', itemCodes)
    .select(['i.id as item_id', 'i.code as item', 'i.department_id as owner_id', 'od.code as owner', 'dd.id as delegate_id', 'dd.code as delegate'])
    .execute();
}

/** Inspectors of a department by username, with their latest certificate and whether training is current on the date. */
export async function inspectorsByUsername(db: Q, departmentId: number, usernames: readonly string[], date: string) {
  if (usernames.length === 0) return [];
  return db
    .selectFrom('users as u')
    .where('u.username', 'in', usernames)
    .where('u.department_id', '=', departmentId)
    .where('u.role', '=', 'inspector')
    .where('u.disabled', '=', false)
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      (eb) => eb.selectFrom('inspector_certificates as c').whereRef('c.user_id', '=', 'u.id').select('c.number').orderBy('c.valid_until', 'desc').limit(1).as('certificate_number'),
      (eb) => eb.selectFrom('inspector_certificates as c').whereRef('c.user_id', '=', 'u.id').select('c.valid_until').orderBy('c.valid_until', 'desc').limit(1).as('certificate_valid_until'),
      (eb) => eb.exists(eb.selectFrom('training_records as t').whereRef('t.user_id', '=', 'u.id').where('t.valid_until', '>=', date).select('t.id')).as('training_current'),
    ])
    .orderBy('u.id')
    .execute();
}

/** States in which a filing is a visit that counts (accepted or later, not cancelled). */
export const COUNTED_STATES = ['accepted', 'notified', 'in_progress', 'completed'] as const;

/** The enterprise's filings in a date range that count as visits, with each one's departments (own and delegating owners). */
export async function countedFilings(db: Q, enterpriseId: number, from: string, to: string) {
  return db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .where('f.enterprise_id', '=', enterpriseId)
    .where('f.state', 'in', [...COUNTED_STATES])
    .where('f.planned_date', '>=', from)
    .where('f.planned_date', '<=', to)
    .select([
      'f.id',
      'f.mode',
      'f.state',
      'f.planned_date',
      'f.joins_filing_id',
      'f.exception_case',
      'd.code as department',
      (eb) =>
        eb
          .selectFrom('filing_items as fi')
          .innerJoin('inspection_items as i', 'i.id', 'fi.item_id')
          .innerJoin('departments as od', 'od.id', 'i.department_id')
          .whereRef('fi.filing_id', '=', 'f.id')
          .select(sql<string[]>`coalesce(array_agg(distinct od.code), '{}')`.as('x'))
          .as('owners'),
      (eb) =>
        eb
          .selectFrom('filing_items as fi')
          .innerJoin('inspection_items as i', 'i.id', 'fi.item_id')
          .whereRef('fi.filing_id', '=', 'f.id')
          .select(sql<string[]>`coalesce(array_agg(i.code order by i.code), '{}')`.as('x'))
          .as('items'),
    ])
    .orderBy('f.planned_date')
    .orderBy('f.id')
    .execute();
}

export async function officialVisitsBetween(db: Q, enterpriseId: number, from: string, to: string) {
  return db
    .selectFrom('official_visits as v')
    .leftJoin('departments as d', 'd.id', 'v.department_id')
    .where('v.enterprise_id', '=', enterpriseId)
    .where('v.state', '=', 'reported')
    .where('v.visit_date', '>=', from)
    .where('v.visit_date', '<=', to)
    .select(['v.id', 'v.type', 'v.visit_date', 'v.organiser', 'd.code as department'])
    .orderBy('v.visit_date')
    .execute();
}

/** Off-site results for the enterprise on or before a date, by item code. */
export async function offsiteResults(db: Q, enterpriseId: number, from: string, to: string) {
  return db
    .selectFrom('offsite_checks as c')
    .innerJoin('offsite_check_items as ci', 'ci.check_id', 'c.id')
    .innerJoin('inspection_items as i', 'i.id', 'ci.item_id')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .where('c.enterprise_id', '=', enterpriseId)
    .where('c.checked_on', '>=', from)
    .where('c.checked_on', '<=', to)
    .select(['c.id', 'i.code as item', 'c.checked_on', 'c.result', 'd.code as department'])
    .execute();
}

/** R11: whether the enterprise has asked not to be merged into joint visits (its current wish). */
export async function mergeOptOutOf(db: Q, enterpriseId: number): Promise<boolean> {
  const row = await db.selectFrom('merge_opt_outs').select('opt_out').where('enterprise_id', '=', enterpriseId).executeTakeFirst();
  return row?.opt_out ?? false;
}

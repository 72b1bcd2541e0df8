/** The SQL of filings: rows, items, inspectors, deadlines, flags, lists and the audit history. */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingState } from '../../db/tables/filings.ts';

type Q = Kysely<DB>;

/** The names of a filing's items in code order, as a column of a query over `filings as f`. */
export const filingItemNames = sql<string[]>`(select coalesce(array_agg(i.name order by i.code), '{}') from filing_items fi join inspection_items i on i.id = fi.item_id where fi.filing_id = f.id)`;

export async function findDepartmentId(db: Q, code: string) {
  return db.selectFrom('departments').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

export async function findEnterpriseByUscc(db: Q, uscc: string) {
  return db.selectFrom('enterprises').select(['id', 'uscc', 'name', 'grade', 'address']).where('uscc', '=', uscc).executeTakeFirst();
}

const filingColumns = [
  'f.id',
  'f.department_id',
  'f.enterprise_id',
  'f.kind',
  'f.path',
  'f.mode',
  'f.planned_date',
  'f.window_end',
  'f.exception_case',
  'f.exception_reason',
  'f.campaign_basis',
  'f.plan_task_id',
  'f.onsite_reason',
  'f.national_rule_basis',
  'f.joins_filing_id',
  'f.state',
  'f.justifications',
  'f.check_result',
  'f.created_at',
  'f.submitted_at',
  'f.head_approved_at',
  'f.reviewed_at',
  'f.review_comment',
  'f.started_at',
  'f.registered_at',
  'f.late_reason',
  'f.cancelled_at',
  'f.cancel_reason',
  'f.completed_at',
  'd.code as department_code',
  'd.name as department_name',
  'e.uscc',
  'e.name as enterprise_name',
  'e.grade',
  'e.address as enterprise_address',
] as const;

function filingQuery(db: Q) {
  return db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .innerJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .select(filingColumns);
}

export type FilingRow = NonNullable<Awaited<ReturnType<typeof findFiling>>>;

export async function findFiling(db: Q, id: number) {
  return filingQuery(db).where('f.id', '=', id).executeTakeFirst();
}

/** The filing, its row locked until the transaction ends (one transition at a time). */
export async function lockFiling(trx: Transaction<DB>, id: number) {
  return filingQuery(trx).where('f.id', '=', id).forUpdate('f').executeTakeFirst();
}

export async function filingItems(db: Q, filingId: number) {
  return db
    .selectFrom('filing_items as fi')
    .innerJoin('inspection_items as i', 'i.id', 'fi.item_id')
    .innerJoin('departments as od', 'od.id', 'i.department_id')
    .leftJoin('inspection_item_versions as v', (j) => j.onRef('v.item_id', '=', 'fi.item_id').onRef('v.version', '=', 'fi.item_version'))
    .where('fi.filing_id', '=', filingId)
    .select([
      'fi.item_id',
      'fi.item_version',
      'fi.delegate_department_id',
      'i.code',
      'i.version as current_version',
      sql<string>`coalesce(v.name, i.name)`.as('name'),
      sql<string>`coalesce(v.legal_basis, i.legal_basis)`.as('legal_basis'),
      sql<unknown>`coalesce(v.checklist, i.checklist)`.as('checklist'),
      'od.code as owner_code',
      'od.name as owner_name',
    ])
    .orderBy('i.code')
    .execute();
}

export async function filingInspectors(db: Q, filingId: number, date: string) {
  return db
    .selectFrom('filing_inspectors as fi')
    .innerJoin('users as u', 'u.id', 'fi.user_id')
    .where('fi.filing_id', '=', filingId)
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

export async function freezeItemVersions(trx: Transaction<DB>, filingId: number) {
  await sql`update filing_items fi set item_version = i.version from inspection_items i where i.id = fi.item_id and fi.filing_id = ${filingId}`.execute(trx);
}

export async function addDeadline(trx: Transaction<DB>, filingId: number, code: string, dueOn: string) {
  await trx
    .insertInto('filing_deadlines')
    .values({ filing_id: filingId, code, due_on: dueOn })
    .onConflict((oc) => oc.columns(['filing_id', 'code']).doUpdateSet({ due_on: dueOn, met_at: null, outcome: null, outcome_at: null }))
    .execute();
}

export async function meetDeadline(trx: Transaction<DB>, filingId: number, code: string) {
  await trx.updateTable('filing_deadlines').set({ met_at: new Date() }).where('filing_id', '=', filingId).where('code', '=', code).where('met_at', 'is', null).where('outcome', 'is', null).execute();
}

export async function deadlinesOf(db: Q, filingId: number) {
  return db.selectFrom('filing_deadlines').select(['code', 'due_on', 'met_at', 'outcome', 'outcome_at']).where('filing_id', '=', filingId).orderBy('due_on').execute();
}

/** Open deadlines that have passed by `today` (a deadline is met by the end of its day). */
export async function passedDeadlines(db: Q, today: string) {
  return db
    .selectFrom('filing_deadlines')
    .select(['id', 'filing_id', 'code', 'due_on'])
    .where('met_at', 'is', null)
    .where('outcome', 'is', null)
    .where('due_on', '<', today)
    .orderBy('due_on')
    .orderBy('id')
    .execute();
}

export async function closeDeadline(trx: Transaction<DB>, id: number, outcome: string) {
  await trx.updateTable('filing_deadlines').set({ outcome, outcome_at: new Date() }).where('id', '=', id).execute();
}

export async function raiseFlag(trx: Transaction<DB>, filingId: number, code: string, note: string) {
  await trx.insertInto('filing_flags').values({ filing_id: filingId, code, note }).onConflict((oc) => oc.columns(['filing_id', 'code']).doNothing()).execute();
}

export async function flagsOf(db: Q, filingId: number) {
  return db.selectFrom('filing_flags').select(['code', 'raised_at', 'note']).where('filing_id', '=', filingId).orderBy('id').execute();
}

export async function auditHistory(db: Q, filingId: number) {
  return db
    .selectFrom('audit_log')
    .select(['id', 'at', 'actor_label', 'action', 'after'])
    .where('entity', '=', 'filing')
    .where('entity_id', '=', String(filingId))
    .orderBy('id')
    .execute();
}

export interface FilingFilter {
  departmentId?: number;
  enterpriseId?: number;
  states?: FilingState[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export async function listFilings(db: Q, f: FilingFilter) {
  let base = db.selectFrom('filings as f').innerJoin('departments as d', 'd.id', 'f.department_id').innerJoin('enterprises as e', 'e.id', 'f.enterprise_id');
  if (f.departmentId !== undefined) base = base.where('f.department_id', '=', f.departmentId);
  if (f.enterpriseId !== undefined) base = base.where('f.enterprise_id', '=', f.enterpriseId);
  if (f.states && f.states.length > 0) base = base.where('f.state', 'in', f.states);
  if (f.from) base = base.where('f.planned_date', '>=', f.from);
  if (f.to) base = base.where('f.planned_date', '<=', f.to);
  const [rows, count] = await Promise.all([
    base
      .select(filingColumns)
      .select(filingItemNames.as('item_names'))
      .orderBy('f.planned_date', 'desc')
      .orderBy('f.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

/** Everything done at an enterprise in a period, by every department (for the inspector's look before a visit). */
export async function enterpriseActivity(db: Q, enterpriseId: number, from: string, to: string) {
  const [filings, offsite, visits] = await Promise.all([
    db
      .selectFrom('filings as f')
      .innerJoin('departments as d', 'd.id', 'f.department_id')
      .leftJoin('inspection_records as r', 'r.filing_id', 'f.id')
      .where('f.enterprise_id', '=', enterpriseId)
      .where('f.planned_date', '>=', from)
      .where('f.planned_date', '<=', to)
      .where('f.state', '<>', 'draft')
      .select([
        'f.id',
        'f.kind',
        'f.mode',
        'f.planned_date',
        'f.state',
        'd.code as department_code',
        'd.name as department_name',
        'r.outcome',
        filingItemNames.as('items'),
      ])
      .orderBy('f.planned_date', 'desc')
      .execute(),
    db
      .selectFrom('offsite_checks as c')
      .innerJoin('departments as d', 'd.id', 'c.department_id')
      .where('c.enterprise_id', '=', enterpriseId)
      .where('c.checked_on', '>=', from)
      .where('c.checked_on', '<=', to)
      .select(['c.id', 'c.source', 'c.checked_on', 'c.result', 'c.summary', 'd.name as department_name'])
      .orderBy('c.checked_on', 'desc')
      .execute(),
    db
      .selectFrom('official_visits as v')
      .where('v.enterprise_id', '=', enterpriseId)
      .where('v.state', '=', 'reported')
      .where('v.visit_date', '>=', from)
      .where('v.visit_date', '<=', to)
      .select(['v.id', 'v.type', 'v.organiser', 'v.visit_date', 'v.purpose'])
      .orderBy('v.visit_date', 'desc')
      .execute(),
  ]);
  return { filings, offsite, visits };
}

/**
 * On-site filings in a code state whose window has not ended and whose current code is missing or
 * signed by a revoked key.
 */
export async function filingsNeedingCodes(db: Q, today: string, states: readonly FilingState[]) {
  return db
    .selectFrom('filings as f')
    .leftJoin('inspection_codes as c', (j) => j.onRef('c.subject_id', '=', 'f.id').on('c.subject_kind', '=', 'inspection').on('c.superseded_at', 'is', null))
    .leftJoin('code_signing_keys as k', 'k.id', 'c.key_id')
    .where('f.state', 'in', [...states])
    .where('f.mode', '=', 'onsite')
    .where(sql<boolean>`greatest(coalesce(f.window_end, f.planned_date), coalesce(c.valid_to, f.planned_date)) >= ${today}`)
    .where((eb) => eb.or([eb('c.id', 'is', null), eb('k.revoked_at', 'is not', null)]))
    .select(['f.id', 'c.id as code_id'])
    .orderBy('f.id')
    .execute();
}

/** Whether any code of the inspection was shown: scanned and found valid by a user of its enterprise. */
export async function codeWasShown(db: Q, filingId: number): Promise<boolean> {
  const row = await db
    .selectFrom('inspection_codes')
    .select('id')
    .where('subject_kind', '=', 'inspection')
    .where('subject_id', '=', filingId)
    .where('shown_at', 'is not', null)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

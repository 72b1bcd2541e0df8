/** The only SQL of departments and their inspection item catalogs. */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB, InspectionMode } from '../../db/schema.ts';

export type ItemStatus = 'active' | 'retired';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** A department with the number of its active items: the same columns for the list and for one. */
const departmentColumns = [
  'd.id',
  'd.code',
  'd.name',
  'd.head_name',
  sql<number>`(select count(*) from inspection_items i where i.department_id = d.id and i.status = 'active')`.as('item_count'),
] as const;

export async function listDepartments(db: Database, q: { q?: string; limit: number; offset: number }) {
  let base = db.selectFrom('departments as d');
  if (q.q) base = base.where((eb) => eb.or([eb('d.name', 'ilike', like(q.q!)), eb('d.code', 'ilike', like(q.q!))]));
  const [rows, count] = await Promise.all([
    base
      .select(departmentColumns)
      .orderBy('d.id')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findDepartment(db: Database | Transaction<DB>, code: string) {
  return db
    .selectFrom('departments as d')
    .select(departmentColumns)
    .where('d.code', '=', code)
    .executeTakeFirst();
}

export interface ItemFilter {
  departmentId?: number;
  q?: string;
  /** Default: active items only (what is published and usable). */
  status?: ItemStatus | 'all';
  /** 'offsite': the off-site item list (items that may be checked off site). */
  mode?: InspectionMode;
  limit: number;
  offset: number;
}

export async function listItems(db: Database, f: ItemFilter) {
  let base = db.selectFrom('inspection_items as i').innerJoin('departments as d', 'd.id', 'i.department_id');
  const status = f.status ?? 'active';
  if (status !== 'all') base = base.where('i.status', '=', status);
  if (f.mode) base = base.where(sql<boolean>`${f.mode} = any(i.modes)`);
  if (f.departmentId !== undefined) base = base.where('i.department_id', '=', f.departmentId);
  if (f.q) base = base.where((eb) => eb.or([eb('i.name', 'ilike', like(f.q!)), eb('i.code', 'ilike', like(f.q!)), eb('i.legal_basis', 'ilike', like(f.q!))]));
  const [rows, count] = await Promise.all([
    base
      .select(['i.id', 'i.code', 'i.name', 'i.legal_basis', 'i.modes', 'i.delegable', 'i.version', 'i.checklist', 'i.status', 'i.updated_at', 'd.code as department_code', 'd.name as department_name'])
      .orderBy('d.id')
      .orderBy('i.code')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findItemForUpdate(trx: Transaction<DB>, departmentId: number, code: string) {
  return trx.selectFrom('inspection_items').selectAll().where('department_id', '=', departmentId).where('code', '=', code).forUpdate().executeTakeFirst();
}

export async function countInspectors(db: Database, departmentId: number) {
  return db.selectFrom('users').where('department_id', '=', departmentId).where('role', '=', 'inspector').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
}

export async function listInspectors(db: Database, departmentId: number, today: string) {
  return db
    .selectFrom('users as u')
    .where('u.department_id', '=', departmentId)
    .where('u.role', '=', 'inspector')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      (eb) =>
        eb
          .selectFrom('inspector_certificates as c')
          .whereRef('c.user_id', '=', 'u.id')
          .select(sql<string>`json_agg(json_build_object('number', c.number, 'issuedOn', c.issued_on, 'validUntil', c.valid_until) order by c.valid_until desc)`.as('x'))
          .as('certificates'),
      (eb) =>
        eb
          .selectFrom('training_records as t')
          .whereRef('t.user_id', '=', 'u.id')
          .select(sql<string>`json_agg(json_build_object('course', t.course, 'completedOn', t.completed_on, 'hours', t.hours, 'validUntil', t.valid_until) order by t.completed_on desc)`.as('x'))
          .as('training'),
      (eb) =>
        eb
          .exists(eb.selectFrom('inspector_certificates as c').whereRef('c.user_id', '=', 'u.id').where('c.valid_until', '>=', today).select('c.id'))
          .as('certificate_valid'),
      (eb) =>
        eb
          .exists(eb.selectFrom('training_records as t').whereRef('t.user_id', '=', 'u.id').where('t.valid_until', '>=', today).select('t.id'))
          .as('training_current'),
    ])
    .orderBy('u.id')
    .execute();
}

const itemColumns = [
  'i.id',
  'i.code',
  'i.name',
  'i.legal_basis',
  'i.modes',
  'i.delegable',
  'i.version',
  'i.checklist',
  'i.status',
  'i.department_id',
  'd.code as department_code',
  'd.name as department_name',
] as const;

/** Items by id, whatever their status (callers decide what a retired one means). */
export async function itemsByIds(db: Database, ids: readonly number[]) {
  if (ids.length === 0) return [];
  return db.selectFrom('inspection_items as i').innerJoin('departments as d', 'd.id', 'i.department_id').select(itemColumns).where('i.id', 'in', [...ids]).orderBy('i.id').execute();
}

/** A department's items by code, whatever their status. */
export async function itemsByCodes(db: Database, departmentId: number, codes: readonly string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('inspection_items as i')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .select(itemColumns)
    .where('i.department_id', '=', departmentId)
    .where('i.code', 'in', [...codes])
    .orderBy('i.code')
    .execute();
}

export async function setItemStatus(trx: Transaction<DB>, itemId: number, status: ItemStatus, at: Date) {
  await trx.updateTable('inspection_items').set({ status, updated_at: at }).where('id', '=', itemId).execute();
}

export async function insertStatusChange(trx: Transaction<DB>, row: { itemId: number; status: ItemStatus; reason: string; byUser: number; at: Date }) {
  await trx.insertInto('item_status_changes').values({ item_id: row.itemId, status: row.status, reason: row.reason, by_user: row.byUser, at: row.at }).execute();
}

/**
 * A department's active items with their last use: the latest planned date of a filing that went
 * beyond a draft and was not cancelled, and the latest off-site check of the item; and when the
 * item was created or last reactivated (an item never used counts as unused since then).
 */
export async function itemUsage(db: Database, departmentId: number) {
  return db
    .selectFrom('inspection_items as i')
    .where('i.department_id', '=', departmentId)
    .where('i.status', '=', 'active')
    .select([
      'i.id',
      'i.code',
      'i.name',
      'i.modes',
      'i.created_at',
      (eb) =>
        eb
          .selectFrom('filing_items as fi')
          .innerJoin('filings as f', 'f.id', 'fi.filing_id')
          .whereRef('fi.item_id', '=', 'i.id')
          .where('f.state', 'not in', ['draft', 'cancelled'])
          .select(sql<string | null>`max(f.planned_date)::text`.as('x'))
          .as('last_filed_on'),
      (eb) =>
        eb
          .selectFrom('offsite_check_items as oi')
          .innerJoin('offsite_checks as o', 'o.id', 'oi.check_id')
          .whereRef('oi.item_id', '=', 'i.id')
          .select(sql<string | null>`max(o.checked_on)::text`.as('x'))
          .as('last_offsite_on'),
      (eb) =>
        eb
          .selectFrom('item_status_changes as c')
          .whereRef('c.item_id', '=', 'i.id')
          .where('c.status', '=', 'active')
          .select(sql<Date | null>`max(c.at)`.as('x'))
          .as('reactivated_at'),
    ])
    .orderBy('i.code')
    .execute();
}

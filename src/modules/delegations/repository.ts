/** The only SQL of the delegable-item library (委托检查事项清单库). */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

const base = (db: Database) =>
  db
    .selectFrom('delegations as dl')
    .innerJoin('inspection_items as i', 'i.id', 'dl.item_id')
    .innerJoin('departments as od', 'od.id', 'i.department_id')
    .innerJoin('departments as dd', 'dd.id', 'dl.delegate_department_id');

const columns = [
  'dl.id',
  'dl.item_id',
  'dl.delegate_department_id',
  'dl.valid_from',
  'dl.valid_until',
  'dl.status',
  'dl.note',
  'dl.created_at',
  'dl.withdrawn_at',
  'dl.withdrawal_reason',
  'i.code as item_code',
  'i.name as item_name',
  'i.legal_basis as item_legal_basis',
  'i.department_id as owner_id',
  'od.code as owner_code',
  'od.name as owner_name',
  'dd.code as delegate_code',
  'dd.name as delegate_name',
] as const;

export interface DelegationFilter {
  status?: 'active' | 'withdrawn' | 'all';
  ownerId?: number;
  delegateId?: number;
  q?: string;
  /** Only entries in force on or after this date, of active items (what the public sees). */
  currentOn?: string;
  limit: number;
  offset: number;
}

export async function listDelegations(db: Database, f: DelegationFilter) {
  let q = base(db);
  const status = f.status ?? 'active';
  if (status !== 'all') q = q.where('dl.status', '=', status);
  if (f.ownerId !== undefined) q = q.where('i.department_id', '=', f.ownerId);
  if (f.delegateId !== undefined) q = q.where('dl.delegate_department_id', '=', f.delegateId);
  if (f.q) q = q.where((eb) => eb.or([eb('i.name', 'ilike', like(f.q!)), eb('i.code', 'ilike', like(f.q!))]));
  if (f.currentOn) {
    const on = f.currentOn;
    q = q.where('i.status', '=', 'active').where((eb) => eb.or([eb('dl.valid_until', 'is', null), eb('dl.valid_until', '>=', on)]));
  }
  const [rows, count] = await Promise.all([
    q.select(columns).orderBy('od.id').orderBy('i.code').orderBy('dd.id').orderBy('dl.id').limit(f.limit).offset(f.offset).execute(),
    q.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export type DelegationRow = Awaited<ReturnType<typeof listDelegations>>['rows'][number];

export async function findDelegation(db: Database, id: number) {
  return base(db).select(columns).where('dl.id', '=', id).executeTakeFirst();
}

export async function lockDelegation(trx: Transaction<DB>, id: number) {
  return trx.selectFrom('delegations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function activeDelegationOf(trx: Transaction<DB>, itemId: number, delegateId: number) {
  return trx.selectFrom('delegations').select('id').where('item_id', '=', itemId).where('delegate_department_id', '=', delegateId).where('status', '=', 'active').executeTakeFirst();
}

export async function insertDelegation(
  trx: Transaction<DB>,
  row: { itemId: number; delegateId: number; validFrom: string; validUntil: string | null; note: string | null; by: number; at: Date },
) {
  return trx
    .insertInto('delegations')
    .values({ item_id: row.itemId, delegate_department_id: row.delegateId, valid_from: row.validFrom, valid_until: row.validUntil, note: row.note, created_by: row.by, created_at: row.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function updateDelegation(
  trx: Transaction<DB>,
  id: number,
  change: { valid_until?: string | null; note?: string | null; status?: 'withdrawn'; withdrawn_at?: Date; withdrawn_by?: number; withdrawal_reason?: string },
) {
  await trx.updateTable('delegations').set(change).where('id', '=', id).execute();
}

/** Active entries in force on a date for these items (of active items), with owner and delegate. */
export async function delegationsInForce(db: Database, itemIds: readonly number[], date: string) {
  if (itemIds.length === 0) return [];
  return base(db)
    .where('dl.status', '=', 'active')
    .where('i.status', '=', 'active')
    .where('dl.item_id', 'in', [...new Set(itemIds)])
    .where('dl.valid_from', '<=', date)
    .where((eb) => eb.or([eb('dl.valid_until', 'is', null), eb('dl.valid_until', '>=', date)]))
    .select(columns)
    .orderBy('dl.item_id')
    .orderBy('dd.id')
    .execute();
}

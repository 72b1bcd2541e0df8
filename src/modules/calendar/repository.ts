/** The only SQL of the calendar's administrator data: override days and per-year publication flags. */
import type { Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';

type Db = Database | Transaction<DB>;

export async function listOverrides(db: Db, year?: number) {
  let q = db.selectFrom('calendar_overrides as o').leftJoin('users as u', 'u.id', 'o.created_by').select(['o.date', 'o.kind', 'o.name', 'o.created_at', 'u.username']);
  if (year !== undefined) q = q.where('o.date', '>=', `${year}-01-01`).where('o.date', '<=', `${year}-12-31`);
  return q.orderBy('o.date').execute();
}

export async function listYears(db: Db) {
  return db
    .selectFrom('calendar_years as y')
    .leftJoin('users as u', 'u.id', 'y.updated_by')
    .select(['y.year', 'y.arrangement_published', 'y.source', 'y.updated_at', 'u.username'])
    .orderBy('y.year')
    .execute();
}

export async function findOverride(trx: Transaction<DB>, date: string) {
  return trx.selectFrom('calendar_overrides').select(['date', 'kind', 'name']).where('date', '=', date).forUpdate().executeTakeFirst();
}

export async function upsertOverride(trx: Transaction<DB>, o: { date: string; kind: 'holiday' | 'workday'; name: string | null; by: number | null }) {
  await trx
    .insertInto('calendar_overrides')
    .values({ date: o.date, kind: o.kind, name: o.name, created_by: o.by })
    .onConflict((oc) => oc.column('date').doUpdateSet({ kind: o.kind, name: o.name, created_by: o.by, created_at: new Date() }))
    .execute();
}

export async function deleteOverride(trx: Transaction<DB>, date: string) {
  await trx.deleteFrom('calendar_overrides').where('date', '=', date).execute();
}

/** Deletes every override in the given years; returns how many went. */
export async function deleteOverridesInYears(trx: Transaction<DB>, years: number[]): Promise<number> {
  let n = 0;
  for (const y of years) {
    const rows = await trx.deleteFrom('calendar_overrides').where('date', '>=', `${y}-01-01`).where('date', '<=', `${y}-12-31`).returning('id').execute();
    n += rows.length;
  }
  return n;
}

export async function findYear(trx: Transaction<DB>, year: number) {
  return trx.selectFrom('calendar_years').select(['year', 'arrangement_published', 'source']).where('year', '=', year).forUpdate().executeTakeFirst();
}

export async function upsertYear(trx: Transaction<DB>, y: { year: number; published: boolean; source: string | null; by: number | null }) {
  await trx
    .insertInto('calendar_years')
    .values({ year: y.year, arrangement_published: y.published, source: y.source, updated_by: y.by })
    .onConflict((oc) => oc.column('year').doUpdateSet({ arrangement_published: y.published, source: y.source, updated_by: y.by, updated_at: new Date() }))
    .execute();
}

export async function countOverridesInYear(db: Db, year: number): Promise<number> {
  const row = await db
    .selectFrom('calendar_overrides')
    .where('date', '>=', `${year}-01-01`)
    .where('date', '<=', `${year}-12-31`)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

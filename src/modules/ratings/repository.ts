/** The SQL of ratings: the visit being rated, the ratings themselves, and the scores behind aggregates. */
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';

type Q = Kysely<DB>;

/** The filing to rate, its row locked until the transaction ends (one rating at a time). */
export async function lockVisit(trx: Transaction<DB>, filingId: number) {
  return trx.selectFrom('filings').select(['id', 'enterprise_id', 'department_id', 'state', 'mode']).where('id', '=', filingId).forUpdate().executeTakeFirst();
}

export async function ratingOf(db: Q, filingId: number) {
  return db.selectFrom('visit_ratings').select(['id']).where('filing_id', '=', filingId).executeTakeFirst();
}

export async function insertRating(
  trx: Transaction<DB>,
  r: { filingId: number; enterpriseId: number; departmentId: number; score: number; comment: string | null; by: number; at: Date },
) {
  return trx
    .insertInto('visit_ratings')
    .values({ filing_id: r.filingId, enterprise_id: r.enterpriseId, department_id: r.departmentId, score: r.score, comment: r.comment, rated_by: r.by, rated_at: r.at })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** Scores given before `before`, oldest first, of one department or all. */
export async function scoresBefore(db: Q, before: Date, departmentId?: number) {
  let q = db.selectFrom('visit_ratings').select(['department_id', 'score']).where('rated_at', '<', before);
  if (departmentId !== undefined) q = q.where('department_id', '=', departmentId);
  return q.orderBy('rated_at').orderBy('id').execute();
}

/** Every score of one department or all (for the coordinator and supervisors). */
export async function allScores(db: Q, departmentId?: number) {
  let q = db.selectFrom('visit_ratings').select(['department_id', 'score']);
  if (departmentId !== undefined) q = q.where('department_id', '=', departmentId);
  return q.orderBy('rated_at').orderBy('id').execute();
}

export async function departments(db: Q, id?: number) {
  let q = db.selectFrom('departments').select(['id', 'code', 'name']);
  if (id !== undefined) q = q.where('id', '=', id);
  return q.orderBy('code').execute();
}

export async function departmentByCode(db: Q, code: string) {
  return db.selectFrom('departments').select(['id', 'code', 'name']).where('code', '=', code).executeTakeFirst();
}

export interface RatingFilter {
  departmentId?: number;
  enterpriseId?: number;
  /** Instants, inclusive from, exclusive to. */
  from?: Date;
  to?: Date;
  limit: number;
  offset: number;
}

export async function listRatings(db: Q, f: RatingFilter) {
  let base = db
    .selectFrom('visit_ratings as r')
    .innerJoin('filings as f', 'f.id', 'r.filing_id')
    .innerJoin('departments as d', 'd.id', 'r.department_id')
    .innerJoin('enterprises as e', 'e.id', 'r.enterprise_id');
  if (f.departmentId !== undefined) base = base.where('r.department_id', '=', f.departmentId);
  if (f.enterpriseId !== undefined) base = base.where('r.enterprise_id', '=', f.enterpriseId);
  if (f.from) base = base.where('r.rated_at', '>=', f.from);
  if (f.to) base = base.where('r.rated_at', '<', f.to);
  const [rows, count] = await Promise.all([
    base
      .select(['r.id', 'r.filing_id', 'r.score', 'r.comment', 'r.rated_at', 'f.planned_date', 'd.code as department_code', 'd.name as department_name', 'e.uscc', 'e.name as enterprise_name'])
      .orderBy('r.rated_at', 'desc')
      .orderBy('r.id', 'desc')
      .limit(f.limit)
      .offset(f.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.n) };
}

export async function enterpriseIdByUscc(db: Q, uscc: string) {
  return (await db.selectFrom('enterprises').select('id').where('uscc', '=', uscc).executeTakeFirst())?.id;
}

/** The only SQL of the enterprise register. */
import type { Database } from '../../db/connection.ts';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export interface EnterpriseFilter {
  grade?: 'A' | 'B' | 'C' | 'D';
  town?: string;
  q?: string;
  limit: number;
  offset: number;
}

const columns = [
  'e.id',
  'e.uscc',
  'e.name',
  'e.grade',
  'e.grade_year',
  'e.industry',
  'e.above_scale',
  'e.key_enterprise',
  'e.address',
  'e.legal_representative',
  't.code as town_code',
  't.name as town_name',
] as const;

export async function searchEnterprises(db: Database, f: EnterpriseFilter) {
  let base = db.selectFrom('enterprises as e').leftJoin('towns as t', 't.id', 'e.town_id');
  if (f.grade) base = base.where('e.grade', '=', f.grade);
  if (f.town) base = base.where('t.code', '=', f.town);
  if (f.q) {
    const q = f.q.trim();
    base = /^[0-9A-Z]{18}$/.test(q) ? base.where('e.uscc', '=', q) : base.where((eb) => eb.or([eb('e.name', 'ilike', like(q)), eb('e.uscc', 'like', `${q.toUpperCase()}%`)]));
  }
  const [rows, count] = await Promise.all([
    base.select(columns).orderBy('e.id').limit(f.limit).offset(f.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(count.total) };
}

export async function findEnterprise(db: Database, uscc: string) {
  return db.selectFrom('enterprises as e').leftJoin('towns as t', 't.id', 'e.town_id').select(columns).where('e.uscc', '=', uscc).executeTakeFirst();
}

export async function listTowns(db: Database) {
  return db.selectFrom('towns').select(['code', 'name']).orderBy('id').execute();
}

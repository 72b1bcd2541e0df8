/** The only SQL of departments and their inspection item catalogs. */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';

const like = (q: string) => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export async function listDepartments(db: Database, q: { q?: string; limit: number; offset: number }) {
  let base = db.selectFrom('departments as d');
  if (q.q) base = base.where((eb) => eb.or([eb('d.name', 'ilike', like(q.q!)), eb('d.code', 'ilike', like(q.q!))]));
  const [rows, count] = await Promise.all([
    base
      .select([
        'd.id',
        'd.code',
        'd.name',
        'd.head_name',
        (eb) =>
          eb
            .selectFrom('inspection_items as i')
            .whereRef('i.department_id', '=', 'd.id')
            .where('i.status', '=', 'active')
            .select(eb.fn.countAll<number>().as('n'))
            .as('item_count'),
      ])
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
    .select([
      'd.id',
      'd.code',
      'd.name',
      'd.head_name',
      (eb) =>
        eb
          .selectFrom('inspection_items as i')
          .whereRef('i.department_id', '=', 'd.id')
          .where('i.status', '=', 'active')
          .select(eb.fn.countAll<number>().as('n'))
          .as('item_count'),
    ])
    .where('d.code', '=', code)
    .executeTakeFirst();
}

export interface ItemFilter {
  departmentId?: number;
  q?: string;
  limit: number;
  offset: number;
}

export async function listItems(db: Database, f: ItemFilter) {
  let base = db.selectFrom('inspection_items as i').innerJoin('departments as d', 'd.id', 'i.department_id').where('i.status', '=', 'active');
  if (f.departmentId !== undefined) base = base.where('i.department_id', '=', f.departmentId);
  if (f.q) base = base.where((eb) => eb.or([eb('i.name', 'ilike', like(f.q!)), eb('i.code', 'ilike', like(f.q!)), eb('i.legal_basis', 'ilike', like(f.q!))]));
  const [rows, count] = await Promise.all([
    base
      .select(['i.id', 'i.code', 'i.name', 'i.legal_basis', 'i.modes', 'i.delegable', 'i.version', 'i.checklist', 'i.updated_at', 'd.code as department_code', 'd.name as department_name'])
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

/** The only SQL of the rule check: what the rules need about the enterprise, department, items and history. */
import type { Database } from '../../db/connection.ts';

/** A department with its active items (its published catalog), in one look-up; undefined when unknown. */
export async function departmentCatalog(db: Database, code: string) {
  const rows = await db
    .selectFrom('departments as d')
    .leftJoin('inspection_items as i', (j) => j.onRef('i.department_id', '=', 'd.id').on('i.status', '=', 'active'))
    .select(['d.id', 'd.code', 'd.name', 'i.code as item_code', 'i.name as item_name', 'i.modes', 'i.delegable'])
    .where('d.code', '=', code)
    .orderBy('i.code')
    .execute();
  if (rows.length === 0) return undefined;
  const { id, name } = rows[0];
  const items = rows.flatMap((r) => (r.item_code === null ? [] : [{ code: r.item_code, name: r.item_name ?? r.item_code, modes: r.modes ?? [], delegable: r.delegable ?? false }]));
  return { department: { id, code: rows[0].code, name }, items };
}

export async function findEnterpriseForCheck(db: Database, uscc: string) {
  return db
    .selectFrom('enterprises as e')
    .innerJoin('jurisdictions as j', 'j.id', 'e.jurisdiction_id')
    .select(['e.id', 'e.uscc', 'e.name', 'e.grade', 'j.division_code as jurisdiction'])
    .where('e.uscc', '=', uscc)
    .executeTakeFirst();
}

/** Items with these codes in any department (active or retired), with their department. */
export async function itemsWithCodes(db: Database, codes: string[]) {
  if (codes.length === 0) return [];
  return db
    .selectFrom('inspection_items as i')
    .innerJoin('departments as d', 'd.id', 'i.department_id')
    .select(['i.id', 'i.code', 'i.name', 'i.status', 'i.department_id', 'd.code as department_code', 'd.name as department_name'])
    .where('i.code', 'in', codes)
    .execute();
}

/** Items delegated to a department on a date (the delegable-item library, R12). */
export async function delegatedTo(db: Database, departmentId: number, itemIds: number[], date: string) {
  if (itemIds.length === 0) return [];
  return db
    .selectFrom('delegations')
    .select('item_id')
    .where('delegate_department_id', '=', departmentId)
    .where('item_id', 'in', itemIds)
    .where('status', '=', 'active')
    .where('valid_from', '<=', date)
    .where((eb) => eb.or([eb('valid_until', 'is', null), eb('valid_until', '>=', date)]))
    .execute();
}

/**
 * Use cases of the inspection item catalog (检查事项清单): read, add, change. A change of an item's
 * content makes a new version and keeps the old one, so an inspection can freeze the version in force.
 */
import { notFound } from '../../domain/errors.ts';
import type { ChecklistQuestion, InspectionMode } from '../../db/schema.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { findDepartment, findItemForUpdate, listItems, type ItemFilter } from './repository.ts';

export interface ItemInput {
  code: string;
  name: string;
  legalBasis: string;
  modes: InspectionMode[];
  delegable: boolean;
  checklist: string[];
}

export const departmentNotFound = (code: string) =>
  notFound('DEPARTMENT_NOT_FOUND', `部门“${code}”不存在。`, `No department with code “${code}”.`);

export async function departmentByCode(deps: Deps, code: string) {
  const department = await findDepartment(deps.db, code);
  if (!department) throw departmentNotFound(code);
  return department;
}

type ItemRow = Awaited<ReturnType<typeof listItems>>['rows'][number];

export const itemView = (r: ItemRow) => ({
  code: r.code,
  name: r.name,
  legalBasis: r.legal_basis,
  modes: r.modes,
  delegable: r.delegable,
  version: r.version,
  checklist: r.checklist as ChecklistQuestion[],
  status: r.status,
  department: { code: r.department_code, name: r.department_name },
});

export async function searchItems(deps: Deps, filter: ItemFilter) {
  const { rows, total } = await listItems(deps.db, filter);
  return { items: rows.map(itemView), total };
}

const toChecklist = (questions: string[]): ChecklistQuestion[] => questions.map((text, i) => ({ id: `q${i + 1}`, text }));

export async function addItem(deps: Deps, by: Principal, departmentCode: string, input: ItemInput) {
  const department = await departmentByCode(deps, departmentCode);
  assertDepartmentScope(by, department.id);
  const checklist = toChecklist(input.checklist);
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('inspection_items')
      .values({
        department_id: department.id,
        code: input.code,
        name: input.name,
        legal_basis: input.legalBasis,
        modes: input.modes,
        delegable: input.delegable,
        checklist: JSON.stringify(checklist),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('inspection_item_versions')
      .values({ item_id: row.id, version: 1, name: input.name, legal_basis: input.legalBasis, modes: input.modes, delegable: input.delegable, checklist: JSON.stringify(checklist) })
      .execute();
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'item.create',
      entity: 'inspection_item',
      entityId: `${department.code}/${input.code}`,
      after: { ...input, checklist, version: 1 },
    });
  });
}

export async function changeItem(deps: Deps, by: Principal, departmentCode: string, itemCode: string, input: Omit<ItemInput, 'code'>) {
  const department = await departmentByCode(deps, departmentCode);
  assertDepartmentScope(by, department.id);
  const checklist = toChecklist(input.checklist);
  return deps.db.transaction().execute(async (trx) => {
    const current = await findItemForUpdate(trx, department.id, itemCode);
    if (!current) throw notFound('ITEM_NOT_FOUND', `检查事项“${itemCode}”不存在。`, `No inspection item “${itemCode}”.`);
    const before = {
      name: current.name,
      legalBasis: current.legal_basis,
      modes: current.modes,
      delegable: current.delegable,
      checklist: current.checklist,
      version: current.version,
    };
    const version = current.version + 1;
    const now = deps.now();
    await trx
      .updateTable('inspection_items')
      .set({ name: input.name, legal_basis: input.legalBasis, modes: input.modes, delegable: input.delegable, checklist: JSON.stringify(checklist), version, updated_at: now })
      .where('id', '=', current.id)
      .execute();
    await trx
      .insertInto('inspection_item_versions')
      .values({ item_id: current.id, version, name: input.name, legal_basis: input.legalBasis, modes: input.modes, delegable: input.delegable, checklist: JSON.stringify(checklist) })
      .execute();
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'item.update',
      entity: 'inspection_item',
      entityId: `${department.code}/${itemCode}`,
      before,
      after: { ...input, checklist, version },
    });
    return { version };
  });
}

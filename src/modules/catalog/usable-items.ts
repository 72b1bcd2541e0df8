/**
 * What other modules (plans, filings) call before they put items into something new: only active
 * items of the catalog may be used; a retired or unknown item is refused with a clear message.
 */
import { invalid } from '../../domain/errors.ts';
import type { ChecklistQuestion, InspectionMode } from '../../db/schema.ts';
import type { Database } from '../../db/connection.ts';
import { itemsByCodes, itemsByIds } from './repository.ts';

export interface UsableItem {
  id: number;
  code: string;
  name: string;
  legalBasis: string;
  modes: InspectionMode[];
  delegable: boolean;
  version: number;
  checklist: ChecklistQuestion[];
  department: { id: number; code: string; name: string };
}

type Row = Awaited<ReturnType<typeof itemsByIds>>[number];

const usable = (r: Row): UsableItem => ({
  id: r.id,
  code: r.code,
  name: r.name,
  legalBasis: r.legal_basis,
  modes: r.modes,
  delegable: r.delegable,
  version: r.version,
  checklist: r.checklist as ChecklistQuestion[],
  department: { id: r.department_id, code: r.department_code, name: r.department_name },
});

function refuseRetired(rows: Row[]) {
  const retired = rows.filter((r) => r.status === 'retired');
  if (retired.length === 0) return;
  const names = retired.map((r) => `${r.code}（${r.name}）`).join('、');
  throw invalid('ITEM_RETIRED', `检查事项 ${names} 已停用，不能用于新的计划或备案。`, `Items ${retired.map((r) => r.code).join(', ')} are retired and cannot be used in new plans or filings.`, {
    items: retired.map((r) => r.code),
  });
}

/** The active items with these ids, in the order given; throws ITEM_NOT_FOUND / ITEM_RETIRED otherwise. */
export async function usableItems(db: Database, itemIds: readonly number[]): Promise<UsableItem[]> {
  const ids = [...new Set(itemIds)];
  const rows = await itemsByIds(db, ids);
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length > 0) {
    throw invalid('ITEM_NOT_FOUND', `检查事项（编号 ${missing.join('、')}）不存在。`, `No inspection items with ids ${missing.join(', ')}.`, { ids: missing });
  }
  refuseRetired(rows);
  return ids.map((id) => usable(rows.find((r) => r.id === id)!));
}

/** A department's active items by code (its own catalog, R1); throws ITEM_NOT_IN_CATALOG / ITEM_RETIRED otherwise. */
export async function usableItemsByCode(db: Database, department: { id: number; name: string }, codes: readonly string[]): Promise<UsableItem[]> {
  const unique = [...new Set(codes)];
  const rows = await itemsByCodes(db, department.id, unique);
  const missing = unique.filter((c) => !rows.some((r) => r.code === c));
  if (missing.length > 0) {
    throw invalid('ITEM_NOT_IN_CATALOG', `检查事项 ${missing.join('、')} 不在${department.name}的检查事项清单中。`, `Items ${missing.join(', ')} are not in the catalog of ${department.name}.`, {
      items: missing,
    });
  }
  refuseRetired(rows);
  return unique.map((c) => usable(rows.find((r) => r.code === c)!));
}

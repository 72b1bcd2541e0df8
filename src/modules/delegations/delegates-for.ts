/**
 * For the filings module (R12): the library's entries in force on a date for some items: per item,
 * its owner and the departments that may inspect it on the owner's behalf. Items with no entry in
 * force (or retired) are left out. Shaped to feed the rules' DelegableItem directly.
 */
import type { Database } from '../../db/connection.ts';
import { delegationsInForce } from './repository.ts';

export interface ItemDelegates {
  itemId: number;
  /** Item code (DelegableItem.item). */
  item: string;
  ownerDepartmentId: number;
  /** Owner's department code (DelegableItem.ownerDepartment). */
  ownerDepartment: string;
  /** Delegate department codes (DelegableItem.delegates); never empty. */
  delegates: string[];
  delegateDepartmentIds: number[];
}

export async function delegatesFor(db: Database, itemIds: readonly number[], date: string): Promise<ItemDelegates[]> {
  const rows = await delegationsInForce(db, itemIds, date);
  const byItem = new Map<number, ItemDelegates>();
  for (const r of rows) {
    const entry = byItem.get(r.item_id) ?? { itemId: r.item_id, item: r.item_code, ownerDepartmentId: r.owner_id, ownerDepartment: r.owner_code, delegates: [], delegateDepartmentIds: [] };
    entry.delegates.push(r.delegate_code);
    entry.delegateDepartmentIds.push(r.delegate_department_id);
    byItem.set(r.item_id, entry);
  }
  return [...byItem.values()];
}

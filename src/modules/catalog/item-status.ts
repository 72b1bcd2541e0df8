/**
 * The status change behind retiring and reactivating a catalog item (检查事项清单动态调整, 54号):
 * one transaction with the history row and the audit entry.
 */
import { conflict, notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { departmentByCode } from './items.ts';
import { findItemForUpdate, insertStatusChange, setItemStatus, type ItemStatus } from './repository.ts';

const itemNotFound = (code: string) => notFound('ITEM_NOT_FOUND', `检查事项“${code}”不存在。`, `No inspection item “${code}”.`);

export async function changeItemStatus(deps: Deps, by: Principal, departmentCode: string, itemCode: string, reason: string, to: ItemStatus) {
  const department = await departmentByCode(deps, departmentCode);
  assertDepartmentScope(by, department.id);
  return deps.db.transaction().execute(async (trx) => {
    const item = await findItemForUpdate(trx, department.id, itemCode);
    if (!item) throw itemNotFound(itemCode);
    if (item.status === to) {
      throw to === 'retired'
        ? conflict('ITEM_ALREADY_RETIRED', `检查事项“${itemCode}”已停用。`, `Item “${itemCode}” is already retired.`)
        : conflict('ITEM_ALREADY_ACTIVE', `检查事项“${itemCode}”在用，无需恢复。`, `Item “${itemCode}” is already active.`);
    }
    const at = deps.now();
    await setItemStatus(trx, item.id, to, at);
    await insertStatusChange(trx, { itemId: item.id, status: to, reason, byUser: by.id, at });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: to === 'retired' ? 'item.retire' : 'item.reactivate',
      entity: 'inspection_item',
      entityId: `${department.code}/${itemCode}`,
      before: { status: item.status },
      after: { status: to, reason },
    });
    return { code: itemCode, status: to };
  });
}

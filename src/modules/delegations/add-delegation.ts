/**
 * The coordinator adds an entry to the delegable-item library: a simple item of one department
 * (flagged delegable in its catalog) that another department may inspect on the owner's behalf.
 */
import { conflict, invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { departmentByCode, usableItemsByCode } from '../catalog/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { activeDelegationOf, insertDelegation } from './repository.ts';
import { assertValidity } from './rules.ts';

export interface DelegationInput {
  department: string;
  item: string;
  delegate: string;
  validFrom: string;
  validUntil?: string;
  note?: string;
}

export async function addDelegation(deps: Deps, by: Principal, input: DelegationInput) {
  const owner = await departmentByCode(deps, input.department);
  const delegate = await departmentByCode(deps, input.delegate);
  if (owner.id === delegate.id) {
    throw invalid('DELEGATE_IS_OWNER', `${owner.name}不能委托给本部门自己。`, `${owner.name} cannot delegate to itself.`);
  }
  const today = todayOf(deps);
  assertValidity(input.validFrom, input.validUntil ?? null, today);
  if (input.validFrom < today) {
    throw invalid('DELEGATION_DATES_INVALID', `生效日期（${input.validFrom}）不能早于今天（${today}）。`, `The start (${input.validFrom}) is in the past.`);
  }
  return deps.db.transaction().execute(async (trx) => {
    const [item] = await usableItemsByCode(trx, owner, [input.item]);
    if (!item.delegable) {
      throw invalid('ITEM_NOT_DELEGABLE', `检查事项“${item.name}”未被${owner.name}列为可委托的简单事项，不能入库。`, `Item “${item.code}” is not marked delegable by ${owner.name}.`);
    }
    const existing = await activeDelegationOf(trx, item.id, delegate.id);
    if (existing) {
      throw conflict('DELEGATION_EXISTS', `“${item.name}”已委托${delegate.name}（编号 ${existing.id}），请修改该条目。`, `Item “${item.code}” is already delegated to ${delegate.name} (id ${existing.id}).`, {
        id: existing.id,
      });
    }
    const note = input.note?.trim() || null;
    const { id } = await insertDelegation(trx, { itemId: item.id, delegateId: delegate.id, validFrom: input.validFrom, validUntil: input.validUntil ?? null, note, by: by.id, at: deps.now() });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'delegation.create',
      entity: 'delegation',
      entityId: id,
      after: { item: `${owner.code}/${item.code}`, delegate: delegate.code, validFrom: input.validFrom, validUntil: input.validUntil ?? null, note },
    });
    return { id };
  });
}

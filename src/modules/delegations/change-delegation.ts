/** The coordinator changes an active entry's end date or note (item and delegate never change: withdraw and add). */
import { conflict } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { lockDelegation, updateDelegation } from './repository.ts';
import { assertValidity, delegationNotFound } from './rules.ts';

export async function changeDelegation(deps: Deps, by: Principal, id: number, input: { validUntil: string | null; note: string | null }) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockDelegation(trx, id);
    if (!row) throw delegationNotFound(id);
    if (row.status !== 'active') throw conflict('DELEGATION_WITHDRAWN', '该委托已撤回，不能修改；如需恢复请重新新增。', 'The delegation was withdrawn; add a new one instead.');
    assertValidity(row.valid_from, input.validUntil, todayOf(deps));
    const note = input.note?.trim() || null;
    await updateDelegation(trx, id, { valid_until: input.validUntil, note });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'delegation.update',
      entity: 'delegation',
      entityId: id,
      before: { validUntil: row.valid_until, note: row.note },
      after: { validUntil: input.validUntil, note },
    });
  });
}

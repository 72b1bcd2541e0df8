/**
 * The coordinator withdraws an entry. It takes effect at once: from then on no new filing may
 * carry the item for that delegate (delegatesFor no longer returns it, whatever the date); filings
 * made before keep the delegation they recorded. The entry stays in the library's record, with
 * when, by whom and why it was withdrawn; a withdrawal cannot be undone (add a new entry instead).
 */
import { conflict } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { lockDelegation, updateDelegation } from './repository.ts';
import { delegationNotFound } from './rules.ts';

export async function withdrawDelegation(deps: Deps, by: Principal, id: number, input: { reason: string }) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await lockDelegation(trx, id);
    if (!row) throw delegationNotFound(id);
    if (row.status !== 'active') throw conflict('DELEGATION_WITHDRAWN', '该委托已撤回。', 'The delegation was already withdrawn.');
    const reason = input.reason.trim();
    await updateDelegation(trx, id, { status: 'withdrawn', withdrawn_at: deps.now(), withdrawn_by: by.id, withdrawal_reason: reason });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'delegation.withdraw',
      entity: 'delegation',
      entityId: id,
      before: { status: 'active' },
      after: { status: 'withdrawn', reason },
    });
  });
}

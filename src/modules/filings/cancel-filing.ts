/**
 * A department withdraws its filing (撤销) before the inspection begins; open deadlines close with
 * it, and a joint visit it belonged to goes on without it (leaveJointVisit).
 */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { leaveJointVisit } from './leave-joint-visit.ts';
import { runTransition } from './transition.ts';

export async function cancelFiling(deps: Deps, by: Principal, id: number, reason: string) {
  return runTransition(deps, by, id, 'cancel', async ({ trx, row, at, actor }) => {
    await trx
      .updateTable('filing_deadlines')
      .set({ outcome: 'CANCELLED', outcome_at: at })
      .where('filing_id', '=', row.id)
      .where('met_at', 'is', null)
      .where('outcome', 'is', null)
      .execute();
    return {
      set: { cancelled_at: at, cancel_reason: reason },
      audit: { comment: reason },
      after: () => leaveJointVisit(deps, trx, row, { userId: actor.id, label: actor.username }, at),
    };
  });
}

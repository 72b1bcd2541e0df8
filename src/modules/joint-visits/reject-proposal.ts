/** The coordinator rejects a merge proposal (不合并), with a reason: the filings go on as filed. Audited. */
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { openProposal } from './accept-proposal.ts';
import { decideProposal, proposalFilings } from './repository.ts';

export async function rejectProposal(deps: Deps, by: Principal, id: number, reason: string) {
  const today = todayOf(deps);
  return deps.db.transaction().execute(async (trx) => {
    const p = await openProposal(trx, id, today);
    const filings = (await proposalFilings(trx, [id])).map((f) => Number(f.id));
    await decideProposal(trx, id, { state: 'rejected', at: deps.now(), by: by.id, reason });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'merge_proposal.reject',
      entity: 'merge_proposal',
      entityId: id,
      before: { state: 'proposed', date: p.proposed_date, filings },
      after: { state: 'rejected', comment: reason },
    });
  });
}

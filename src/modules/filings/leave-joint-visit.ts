/**
 * A filing of a joint visit is cancelled: the visit goes on without it. A cancelled lead hands the
 * lead to the earliest remaining filing (the others now join that one; the joint_visits row and, if
 * it was the cancelled filing's, the lead department follow); a visit left with one filing is a
 * single inspection again (its joint_visits row is cancelled). The joint code names every department
 * and inspector, so it is withdrawn and, while two or more filings remain and all are accepted,
 * issued again for the visit as it now stands. Runs after the filing's state is set to cancelled.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type Actor } from '../audit/index.ts';
import { withdrawCode } from '../codes/index.ts';
import type { Deps } from '../deps.ts';
import { jointCodeAfterAccept } from './issue-joint-code.ts';
import { jointMembers } from './repository-merge.ts';
import { lockEnterprise } from './repository-rules.ts';
import type { FilingRow } from './repository.ts';

export async function leaveJointVisit(deps: Deps, trx: Transaction<DB>, row: FilingRow, actor: Actor, at: Date): Promise<void> {
  const leadId = row.joins_filing_id ?? row.id;
  await lockEnterprise(trx, row.enterprise_id);
  const remaining = await jointMembers(trx, leadId); // the cancelled filing is no longer among them
  const wasJoint = remaining.length > 0 && (row.joins_filing_id !== null || remaining.some((m) => m.id !== row.id));
  if (!wasJoint) return;
  const lead = leadId === row.id ? remaining[0] : remaining.find((m) => m.id === leadId)!;
  if (lead.id !== leadId) {
    await trx.updateTable('filings').set({ joins_filing_id: null, updated_at: at }).where('id', '=', lead.id).execute();
    await trx.updateTable('filings').set({ joins_filing_id: lead.id, updated_at: at }).where('joins_filing_id', '=', leadId).where('state', '<>', 'cancelled').execute();
  }
  const visit = await trx.selectFrom('joint_visits').select(['id', 'lead_department_id']).where('lead_filing_id', '=', leadId).where('state', '=', 'active').executeTakeFirst();
  if (visit) {
    await trx
      .updateTable('joint_visits')
      .set({
        lead_filing_id: lead.id,
        lead_department_id: visit.lead_department_id === row.department_id ? lead.department_id : visit.lead_department_id,
        ...(remaining.length < 2 ? { state: 'cancelled' as const } : {}),
      })
      .where('id', '=', visit.id)
      .execute();
  }
  await withdrawCode(trx, { kind: 'joint_visit', id: leadId }, at);
  const code = remaining.length >= 2 ? await jointCodeAfterAccept(deps, trx, lead.id, actor) : null;
  await recordAudit(trx, actor, {
    action: 'joint_visit.member_left',
    entity: 'joint_visit',
    entityId: leadId,
    before: { leadFilingId: leadId, filings: [row.id, ...remaining.map((m) => m.id)].sort((a, b) => a - b) },
    after: { leadFilingId: lead.id, filings: remaining.map((m) => m.id), joint: remaining.length >= 2, cancelledFiling: row.id, codeIssued: code !== null },
  });
}

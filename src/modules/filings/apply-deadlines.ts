/**
 * Every deadline of the chain has the policy's default outcome once it passes. A scheduled job or
 * the CLI calls applyDeadlines(deps, today); each passed deadline is settled in its own transaction,
 * audited, and closed with the outcome's code, so running it twice changes nothing more.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Deps } from '../deps.ts';
import { closeDeadline, findFiling, passedDeadlines, raiseFlag } from './repository.ts';
import { defaultOutcome, loadRuleContexts, todayOf } from './rule-context.ts';
import { acceptFiling, returnFiling } from './review-filing.ts';
import { runTransition } from './transition.ts';

export interface DeadlineOutcome {
  filingId: number;
  code: string;
  dueOn: string;
  outcome: string;
}

type Passed = Awaited<ReturnType<typeof passedDeadlines>>[number];

/** The flag each deadline raises when it passes unmet (alerts for the coordinator and supervisors). */
const FLAG_ONLY = new Set(['URGENT_APPROVAL_RECORD', 'EXCEPTION_FILING', 'EMERGENCY_REGISTRATION']);

export async function applyDeadlines(deps: Deps, today: string): Promise<DeadlineOutcome[]> {
  // The job acts as of `today` (a run that catches up after downtime issues notices dated today).
  if (todayOf(deps) !== today) deps = { ...deps, now: () => new Date(`${today}T04:00:00.000Z`) };
  const out: DeadlineOutcome[] = [];
  for (const d of await passedDeadlines(deps.db, today)) {
    const outcome = await settle(deps, d, today);
    out.push({ filingId: d.filing_id, code: d.code, dueOn: d.due_on, outcome });
  }
  return out;
}

async function settle(deps: Deps, d: Passed, today: string): Promise<string> {
  const filing = await findFiling(deps.db, d.filing_id);
  const rules = await loadRuleContexts(deps);
  const policyOutcome = defaultOutcome(rules(filing?.planned_date ?? today), d.code);
  const note = `${d.code} 期限 ${d.due_on} 已过：${policyOutcome.zh}`;
  if (d.code === 'COORDINATOR_REVIEW' || d.code === 'MERGE_CONFIRMATION') {
    try {
      await deps.db.transaction().execute(async (trx) => {
        await acceptFiling(deps, 'system', d.filing_id, { comment: note }, { trx, rules });
        await finish(trx, d, policyOutcome.code, note);
        await raiseFlag(trx, d.filing_id, policyOutcome.code, note);
      });
      return policyOutcome.code;
    } catch (e) {
      if (!(e instanceof DomainError)) throw e;
      // The rules block it now (e.g. the year's cap is used up): it cannot be deemed accepted.
      const reason = `期限已过但不能视为通过：${e.messages.zh}`;
      return deps.db.transaction().execute(async (trx) => {
        const state = (await trx.selectFrom('filings').select('state').where('id', '=', d.filing_id).executeTakeFirstOrThrow()).state;
        if (state === 'head_approved') {
          await returnFiling(deps, 'system', d.filing_id, reason, { trx, rules });
          await finish(trx, d, 'RETURNED_BLOCKED', reason);
          return 'RETURNED_BLOCKED';
        }
        await finish(trx, d, 'NOT_APPLICABLE', reason);
        return 'NOT_APPLICABLE';
      });
    }
  }
  return deps.db.transaction().execute(async (trx) => {
    if (d.code === 'HEAD_APPROVAL' && filing?.state === 'submitted') {
      await runTransition(deps, 'system', d.filing_id, 'cancel', async ({ at }) => ({ set: { cancelled_at: at, cancel_reason: note }, audit: { deadline: d.code, outcome: policyOutcome.code } }), { trx, rules });
    } else if (d.code === 'NOTICE_ACK') {
      await trx.updateTable('notices').set({ deemed_delivered_at: deps.now() }).where('filing_id', '=', d.filing_id).where('acknowledged_at', 'is', null).execute();
    } else if (FLAG_ONLY.has(d.code)) {
      await raiseFlag(trx, d.filing_id, policyOutcome.code, note);
    } else {
      await finish(trx, d, 'NOT_APPLICABLE', note);
      return 'NOT_APPLICABLE';
    }
    await finish(trx, d, policyOutcome.code, note);
    return policyOutcome.code;
  });
}

async function finish(trx: Transaction<DB>, d: Passed, outcome: string, note: string) {
  await closeDeadline(trx, d.id, outcome);
  await recordAudit(trx, { userId: null, label: 'system' }, {
    action: 'filing.deadline',
    entity: 'filing',
    entityId: d.filing_id,
    after: { deadline: d.code, dueOn: d.due_on, outcome, note },
  });
}

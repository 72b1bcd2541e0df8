/**
 * The coordinator's review (县综合执法办审核): accept, return with a reason, or require merging with
 * another filing. Accepting locks the enterprise row, so two filings racing for its last allowed
 * visit of the year are counted one after the other: exactly one wins. Acceptance issues the notice
 * (预告) unless the case lifts R9 (notice would defeat the purpose) or the check is off site, and
 * the inspection code (检查码) of an on-site inspection, in the same transaction; when it is the last
 * filing of a joint visit to be accepted, the joint visit's code too.
 */
import { invalid } from '../../domain/errors.ts';
import { findExceptionCase } from '../../domain/policy/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { factsOf } from './facts.ts';
import { codeAudit, issueFilingCode } from './issue-code.ts';
import { jointCodeAfterAccept } from './issue-joint-code.ts';
import { issueNotice } from './issue-notice.ts';
import { lockEnterprise } from './repository-rules.ts';
import { addDeadline, meetDeadline } from './repository.ts';
import { deadlineFrom } from './rule-context.ts';
import { blockingError, checkFiling, enforce, snapshot } from './run-rules.ts';
import type { StepInput } from './schemas.ts';
import { runTransition, type Actor, type InTransaction } from './transition.ts';

export async function acceptFiling(deps: Deps, by: Actor, id: number, input: StepInput, inTx?: InTransaction) {
  return runTransition(
    deps,
    by,
    id,
    'accept',
    async ({ trx, row, today, at, actor, rules }) => {
      if (row.path === 'emergency') {
        if (row.reviewed_at) throw invalid('ALREADY_REVIEWED', '该紧急检查已审核备案。', 'This emergency inspection is already reviewed.');
        await meetDeadline(trx, row.id, 'EXCEPTION_FILING');
        return { set: { reviewed_at: at, reviewed_by: actor.id, review_comment: input.comment ?? null }, audit: { afterwards: true } };
      }
      await lockEnterprise(trx, row.enterprise_id);
      const ctx = rules(row.planned_date);
      const noNotice = row.mode === 'offsite' || Boolean(findExceptionCase(ctx.policy, row.exception_case ?? undefined)?.lifts.includes('R9'));
      const facts = await factsOf(trx, row, noNotice ? {} : { noticeDate: today });
      const check = await checkFiling(trx, facts, rules);
      let justifications = row.justifications;
      if (by === 'system') {
        if (check.verdict === 'block') throw blockingError(check.findings);
      } else {
        justifications = enforce(check, row.justifications, input.justifications, { username: actor.username, at: at.toISOString() });
      }
      await meetDeadline(trx, row.id, 'COORDINATOR_REVIEW');
      await meetDeadline(trx, row.id, 'MERGE_CONFIRMATION');
      const code = await issueFilingCode(deps, trx, row.id, { userId: actor.id, label: actor.username });
      return {
        set: {
          reviewed_at: at,
          reviewed_by: actor.id,
          review_comment: input.comment ?? null,
          justifications: JSON.stringify(justifications),
          check_result: JSON.stringify(snapshot('accept', at.toISOString(), check)),
        },
        audit: { verdict: check.verdict, comment: input.comment ?? null, notice: !noNotice, ...codeAudit(code) },
        result: check,
        after: async () => {
          if (!noNotice) await issueNotice(deps, trx, rules, row, today);
          // The last member of a joint visit accepted: the visit's one code (null while others wait).
          const lead = row.joins_filing_id ?? row.id;
          if (row.mode === 'onsite') await jointCodeAfterAccept(deps, trx, lead, { userId: actor.id, label: actor.username });
        },
      };
    },
    inTx,
  );
}

export async function returnFiling(deps: Deps, by: Actor, id: number, reason: string, inTx?: InTransaction) {
  return runTransition(
    deps,
    by,
    id,
    'return',
    async ({ trx, row, at, actor }) => {
      await meetDeadline(trx, row.id, 'COORDINATOR_REVIEW');
      return { set: { reviewed_at: at, reviewed_by: actor.id, review_comment: reason }, audit: { comment: reason } };
    },
    inTx,
  );
}

export async function requireMerge(deps: Deps, by: Principal, id: number, reason: string) {
  return runTransition(deps, by, id, 'require_merge', async ({ trx, row, today, at, actor, rules }) => {
    await meetDeadline(trx, row.id, 'COORDINATOR_REVIEW');
    const due = deadlineFrom(rules(today), 'MERGE_CONFIRMATION', today);
    if (due) await addDeadline(trx, row.id, 'MERGE_CONFIRMATION', due);
    return { set: { reviewed_at: at, reviewed_by: actor.id, review_comment: reason }, audit: { comment: reason, mergeDue: due } };
  });
}

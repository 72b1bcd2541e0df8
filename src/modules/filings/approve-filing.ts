/**
 * The department head approves (主要负责人批准) or returns a filing. Approval freezes the items'
 * checklist versions. On the emergency path the approval is recorded afterwards.
 */
import { invalid } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { factsOf } from './facts.ts';
import { addDeadline, freezeItemVersions, meetDeadline } from './repository.ts';
import { deadlineFrom } from './rule-context.ts';
import { checkFiling, enforce, snapshot } from './run-rules.ts';
import type { StepInput } from './schemas.ts';
import { runTransition } from './transition.ts';

export async function approveFiling(deps: Deps, by: Principal, id: number, input: StepInput) {
  return runTransition(deps, by, id, 'approve', async ({ trx, row, today, at, actor, rules }) => {
    if (row.path === 'emergency') {
      if (row.head_approved_at) throw invalid('ALREADY_APPROVED', '该紧急检查已补录负责人批准。', 'The head’s approval is already recorded.');
      await meetDeadline(trx, row.id, 'URGENT_APPROVAL_RECORD');
      return { set: { head_approved_at: at, head_approved_by: actor.id }, audit: { afterwards: true, comment: input.comment ?? null } };
    }
    const facts = await factsOf(trx, row, { noticeDate: today, headApprovedOn: today });
    const check = await checkFiling(trx, facts, rules);
    const justifications = enforce(check, row.justifications, input.justifications, { username: actor.username, at: at.toISOString() });
    await freezeItemVersions(trx, row.id);
    await meetDeadline(trx, row.id, 'HEAD_APPROVAL');
    const due = deadlineFrom(rules(today), 'COORDINATOR_REVIEW', today);
    if (due) await addDeadline(trx, row.id, 'COORDINATOR_REVIEW', due);
    return {
      set: {
        head_approved_at: at,
        head_approved_by: actor.id,
        justifications: JSON.stringify(justifications),
        check_result: JSON.stringify(snapshot('approve', at.toISOString(), check)),
      },
      audit: { verdict: check.verdict, comment: input.comment ?? null },
      result: check,
    };
  });
}

export async function rejectFiling(deps: Deps, by: Principal, id: number, reason: string) {
  return runTransition(deps, by, id, 'reject', async ({ trx, row }) => {
    await meetDeadline(trx, row.id, 'HEAD_APPROVAL');
    return { set: { review_comment: reason }, audit: { comment: reason } };
  });
}

/** The department submits its filing to its head (提交备案): the rules run as of today, warnings are justified. */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { factsOf } from './facts.ts';
import { addDeadline, meetDeadline } from './repository.ts';
import { checkFiling, enforce, snapshot } from './run-rules.ts';
import type { StepInput } from './schemas.ts';
import { runTransition } from './transition.ts';

export async function submitFiling(deps: Deps, by: Principal, id: number, input: StepInput) {
  return runTransition(deps, by, id, 'submit', async ({ trx, row, today, at, actor, rules }) => {
    // The notice can go out at the earliest today: a date too close to give it is refused now.
    const facts = await factsOf(trx, row, { filedOn: today, noticeDate: today });
    const check = await checkFiling(trx, facts, rules);
    const justifications = enforce(check, row.justifications, input.justifications, { username: actor.username, at: at.toISOString() });
    await meetDeadline(trx, row.id, 'MERGE_CONFIRMATION');
    await addDeadline(trx, row.id, 'HEAD_APPROVAL', row.planned_date);
    return {
      set: {
        submitted_at: at,
        submitted_by: actor.id,
        plan_task_id: row.plan_task_id ?? check.planTaskId,
        justifications: JSON.stringify(justifications),
        check_result: JSON.stringify(snapshot('submit', at.toISOString(), check)),
      },
      audit: { verdict: check.verdict, justifications: input.justifications ?? {}, comment: input.comment ?? null },
      result: check,
    };
  });
}

/** The rules on a proposal, without storing anything: the findings shown while the user types. */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { joinRequest, proposalFacts } from './create-filing.ts';
import { assertJoinable } from './join-visit.ts';
import { todayOf } from './rule-context.ts';
import { checkFiling } from './run-rules.ts';
import type { FilingInput } from './schemas.ts';

export async function checkProposal(deps: Deps, by: Principal, input: FilingInput) {
  const { facts, rules } = await proposalFacts(deps, by, input);
  // A join that cannot be made is refused here as it would be on filing (JOIN_* codes).
  if (input.joinsFilingId) await assertJoinable(deps.db, joinRequest(facts, input.joinsFilingId, rules));
  const today = todayOf(deps);
  const { verdict, findings, earliestDate, provisional } = await checkFiling(deps.db, input.path === 'emergency' ? facts : { ...facts, noticeDate: today }, rules);
  return { verdict, findings, earliestDate, provisional };
}

/** The policy version in force on a date and the current working calendar: what every rule reads. */
import type { RuleContext } from '../../domain/rules/index.ts';
import { currentCalendar } from '../calendar/index.ts';
import type { Deps } from '../deps.ts';
import { defaultJurisdiction, readRevisions, versionInForce } from '../policy/index.ts';

/** For a validated date; jurisdiction = division code (default: this deployment's). NO_POLICY_IN_FORCE before the first version. */
export async function ruleContextFor(deps: Deps, date: string, jurisdiction?: string): Promise<RuleContext> {
  const revisions = await readRevisions(deps.db);
  const calendar = await currentCalendar(deps, revisions.calendar);
  const version = await versionInForce(deps, date, jurisdiction ?? (await defaultJurisdiction(deps)), revisions.policy);
  return { calendar, policy: version.policy };
}

/**
 * The policy version in force and the working calendar, as the rules need them: the same as
 * `ruleContextFor` (published policy versions of this deployment's jurisdiction, the calendar with
 * the coordinator's overrides), loaded once per use case as a snapshot so that it can be read
 * synchronously inside a transaction. PGlite has one connection: load it before the transaction.
 */
import type { RuleContext } from '../../domain/rules/index.ts';
import { currentCalendar } from '../calendar/index.ts';
import type { Deps } from '../deps.ts';
import { defaultJurisdiction, findInForce, noPolicyInForce, policyVersionsOf, readRevisions } from '../policy/index.ts';

/** The rule context on a date (the policy version in force on it); throws NO_POLICY_IN_FORCE before the first. */
export type RuleContexts = (date: string) => RuleContext;

/** Loads the snapshot (reads deps.db: call it outside any transaction). */
export async function loadRuleContexts(deps: Deps): Promise<RuleContexts> {
  const revisions = await readRevisions(deps.db);
  const calendar = await currentCalendar(deps, revisions.calendar);
  const jurisdiction = await defaultJurisdiction(deps);
  const versions = await policyVersionsOf(deps, jurisdiction, revisions.policy);
  return (date) => {
    const version = findInForce(versions, date);
    if (!version) throw noPolicyInForce(date, jurisdiction);
    return { calendar, policy: version.policy };
  };
}

// Business dates are Beijing dates: one implementation, in the calendar domain and deps.ts.
export { dateInChina } from '../../domain/calendar/index.ts';
export { todayOf } from '../deps.ts';

/** The deadline of a policy code counted from a date (working or calendar days). */
export function deadlineFrom(ctx: RuleContext, code: string, from: string): string | null {
  const d = ctx.policy.deadlines.find((x) => x.code === code);
  if (!d) return null;
  if (d.days === 0) return from;
  if (d.unit === 'working_days') return ctx.calendar.deadlineAfter(from, d.days);
  const t = new Date(`${from}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + d.days);
  return t.toISOString().slice(0, 10);
}

export function defaultOutcome(ctx: RuleContext, code: string): { code: string; zh: string; en: string } {
  const d = ctx.policy.deadlines.find((x) => x.code === code);
  return d ? d.defaultOutcome : { code: 'PASSED', zh: '期限已过', en: 'Deadline passed' };
}

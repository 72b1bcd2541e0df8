/**
 * The policy version in force and the working calendar, as the rules need them. Built-in policy
 * versions and the official holiday data for now; when the policy/calendar module (database
 * versions and overrides) lands, this is the one place to switch.
 */
import { buildCalendar, type WorkingCalendar } from '../../domain/calendar/index.ts';
import { invalid } from '../../domain/errors.ts';
import { BUILT_IN_POLICIES, policyInForce } from '../../domain/policy/index.ts';
import type { RuleContext } from '../../domain/rules/index.ts';
import type { Deps } from '../deps.ts';

let calendar: WorkingCalendar | undefined;

export function workingCalendar(): WorkingCalendar {
  calendar ??= buildCalendar();
  return calendar;
}

export function ruleContext(date: string): RuleContext {
  const policy = policyInForce(BUILT_IN_POLICIES, date);
  if (!policy) {
    throw invalid('NO_POLICY_IN_FORCE', `${date} 没有生效的检查政策版本。`, `No policy version is in force on ${date}.`, { date });
  }
  return { policy, calendar: workingCalendar() };
}

/** Today's date in China (business dates are Beijing time, whatever the server's zone). */
export function todayOf(deps: Deps): string {
  return dateInChina(deps.now());
}

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function dateInChina(instant: Date): string {
  return formatter.format(instant);
}

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

/**
 * What the alert queries read: the period (default: this calendar year) and the numbers of the
 * policy version in force (policy.alerts, the caps, the quiet periods).
 */
import { parseDateRange, yearOf, type IsoDate } from '../../domain/calendar/index.ts';
import { invalid } from '../../domain/errors.ts';
import type { Policy } from '../../domain/policy/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { policyFor } from '../policy/index.ts';

export interface AlertParams {
  from: IsoDate;
  to: IsoDate;
  today: IsoDate;
  policy: Policy;
  /** Only this enterprise (acknowledging one alert). */
  enterpriseId?: number;
}

/** The period asked for, else this year; at most ten years long. */
export function periodOf(today: IsoDate, from?: string, to?: string, anyLength = false): { from: IsoDate; to: IsoDate } {
  const year = yearOf(today);
  const range = parseDateRange(from ?? `${year}-01-01`, to ?? (from ? `${yearOf(from as IsoDate)}-12-31` : `${year}-12-31`));
  if (!anyLength && yearOf(range.to) - yearOf(range.from) > 10) {
    throw invalid('PERIOD_TOO_LONG', '预警查询期间不得超过十年。', 'An alert period is at most ten years long.', range);
  }
  return range;
}

/** enterpriseId: one enterprise only (then the period may be of any length). The version in force on today, or on the period's nearest day when the period is wholly past or future. */
export async function alertParams(deps: Deps, period: { from?: string; to?: string }, enterpriseId?: number): Promise<AlertParams> {
  const today = todayOf(deps);
  const { from, to } = periodOf(today, period.from, period.to, enterpriseId !== undefined);
  const ref = today < from ? from : today > to ? to : today;
  let policy: Policy;
  try {
    policy = await policyFor(deps, ref);
  } catch {
    policy = await policyFor(deps, today); // a period before the first version: judge it by today's
  }
  return { from, to, today, policy, ...(enterpriseId !== undefined ? { enterpriseId } : {}) };
}

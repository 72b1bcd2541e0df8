/**
 * The working days of a range, its holidays and make-up workdays with their names, whether each
 * year is provisional, and each grade's quiet period month by month under the policy in force.
 */
import { daysBetween, endOfMonth, firstOfNextMonth, makeDate, monthOf, parseDateRange, parseIsoDate, quietPeriodsInMonth, yearOf } from '../../domain/calendar/index.ts';
import { invalid } from '../../domain/errors.ts';
import { todayOf, type Deps } from '../deps.ts';
import { defaultJurisdiction, findInForce, policyVersionsOf } from '../policy/index.ts';
import { currentCalendar, dayView } from './working-calendar.ts';

export const MAX_RANGE_DAYS = 366;

export async function getCalendar(deps: Deps, query: { from?: string; to?: string }) {
  const from = query.from === undefined ? `${todayOf(deps).slice(0, 8)}01` : parseIsoDate(query.from);
  const to = query.to === undefined ? endOfMonth(from) : parseIsoDate(query.to);
  parseDateRange(from, to);
  const length = daysBetween(from, to) + 1;
  if (length > MAX_RANGE_DAYS) {
    throw invalid('RANGE_TOO_LONG', `查询范围为 ${length} 天，最多 ${MAX_RANGE_DAYS} 天，请缩小范围。`, `The range spans ${length} days; at most ${MAX_RANGE_DAYS} are allowed.`, {
      days: length,
      max: MAX_RANGE_DAYS,
    });
  }
  const calendar = await currentCalendar(deps);
  const days = calendar.days(from, to).map(dayView);
  const firstYear = yearOf(from);
  const lastYear = yearOf(to);
  const years = calendar.coverage().filter((c) => c.year >= firstYear && c.year <= lastYear);

  const versions = await policyVersionsOf(deps, await defaultJurisdiction(deps));
  const quietPeriods = [];
  for (let first = makeDate(yearOf(from), monthOf(from), 1); first <= to; first = firstOfNextMonth(first)) {
    const version = findInForce(versions, first < from ? from : first);
    const windows = version ? quietPeriodsInMonth(yearOf(first), monthOf(first), version.policy) : null;
    quietPeriods.push({ month: first.slice(0, 7), policy: version?.policy.id ?? null, windows });
  }

  return {
    from,
    to,
    provisional: years.some((y) => y.provisional),
    workingDayCount: days.filter((d) => d.working).length,
    workingDays: days.filter((d) => d.working).map((d) => d.date),
    holidays: days.filter((d) => d.kind === 'holiday'),
    makeupWorkdays: days.filter((d) => d.kind === 'makeup_workday'),
    years,
    quietPeriods,
  };
}

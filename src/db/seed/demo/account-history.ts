/**
 * A hand-made history for the demo enterprise accounts listed on the login page, so that signing in
 * as one shows something: last year's visits (one joint, rated), a completed visit still waiting
 * for its rating, an off-site check and — filed through the real use cases after the seed (live-filings.ts) — a coming
 * visit with a notice to acknowledge. Within the rules like the rest (demo/history.ts).
 */
import type { WorkingCalendar } from '../../../domain/calendar/index.ts';
import { byRelevance, fits, GRADE_VISITS, LAST_CALM_DAY, qualifiedOn, type HistoryEnterprise, type PlannedCheck, type PlannedVisit } from './history.ts';
import type { DemoDepartment } from './types.ts';

export interface UpcomingVisit {
  uscc: string;
  department: string;
  items: string[];
  inspectors: string[];
  date: string;
}

export interface AccountHistory {
  visits: PlannedVisit[];
  /** An off-site check for each account, by a department that does not visit it on site (R8). */
  checks: PlannedCheck[];
  upcoming: UpcomingVisit[];
  /** `${uscc}:${date}` of completed visits left unrated. */
  unrated: string[];
}

const byRelevanceOf = <T,>(list: readonly T[], specific: (x: T) => boolean) => [...list.filter(specific), ...list.filter((x) => !specific(x))];
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** First working day on or after `from` outside the grade's quiet period. */
export function calmDayFrom(calendar: WorkingCalendar, from: string, grade: HistoryEnterprise['grade']): string {
  let date = calendar.nextWorkingDayOnOrAfter(from);
  for (let guard = 0; guard < 400 && (Number(date.slice(8)) > LAST_CALM_DAY[grade] || !calendar.isWorkingDay(date)); guard++) {
    const y = Number(date.slice(0, 4));
    const m = Number(date.slice(5, 7));
    date = Number(date.slice(8)) > LAST_CALM_DAY[grade] ? calendar.nextWorkingDayOnOrAfter(m === 12 ? iso(y + 1, 1, 1) : iso(y, m + 1, 1)) : calendar.nextWorkingDayOnOrAfter(date);
  }
  return date;
}

export function accountHistory(o: {
  accounts: readonly HistoryEnterprise[];
  departments: readonly DemoDepartment[];
  calendar: WorkingCalendar;
  today: string;
  start: string;
  /** How many of the accounts get a coming visit. */
  withUpcoming: number;
}): AccountHistory {
  const out: AccountHistory = { visits: [], checks: [], upcoming: [], unrated: [] };
  const year = Number(o.today.slice(0, 4));
  o.accounts.forEach((e, n) => {
    const cap = GRADE_VISITS[e.grade];
    if (cap === 0) return;
    // departments with items made for the enterprise's industry first
    const fitting = byRelevanceOf(o.departments.filter((d) => d.items.some((i) => fits(i, e, 'onsite'))), (d) => d.items.some((i) => i.modes.includes('onsite') && i.industries.includes(e.industry)));
    let next = n; // each account starts with a different department
    const take = (date: string, count: number) => {
      const chosen: DemoDepartment[] = [];
      for (let k = 0; k < fitting.length && chosen.length < count; k++) {
        const d = fitting[(next + k) % fitting.length];
        if (qualifiedOn(d, date).length >= 2) chosen.push(d);
      }
      next += count;
      return chosen;
    };
    const visit = (date: string, count: number): PlannedVisit | null => {
      const ds = take(date, count);
      if (ds.length < count) return null;
      const notice = o.calendar.subtractWorkingDays(date, 7);
      const approved = o.calendar.subtractWorkingDays(notice, 1);
      return {
        uscc: e.uscc,
        mode: 'onsite',
        date,
        filedOn: o.calendar.subtractWorkingDays(approved, 1),
        approvedOn: approved,
        noticeOn: notice,
        outcome: 'none',
        filings: ds.map((d) => ({
          department: d.code,
          items: byRelevance(d.items.filter((i) => fits(i, e, 'onsite')), e)
            .slice(0, 2)
            .map((i) => ({ code: i.code, owner: d.code, delegated: false })),
          inspectors: qualifiedOn(d, date).slice(0, 2),
        })),
      };
    };
    const push = (v: PlannedVisit | null) => v && v.date >= o.start && v.date < o.today && out.visits.push(v);
    // last year: a joint visit, and a single one when the grade allows two
    push(visit(calmDayFrom(o.calendar, iso(year - 1, 9, 8 + n), e.grade), 2));
    if (cap >= 2) push(visit(calmDayFrom(o.calendar, iso(year - 1, 11, 3 + n), e.grade), 1));
    const upcoming = n < o.withUpcoming;
    const soon = calmDayFrom(o.calendar, o.calendar.earliestAfterNotice(o.today, 5), e.grade);
    // An account with a coming visit has none other this year (so the register's first C-grade
    // enterprise, this one, still has room for a what-if check in the rule-check walkthrough); last
    // year's latest visit is still waiting for its rating. Without one: a visit two months ago, unrated.
    const month = Number(o.today.slice(5, 7)) - 2;
    const recent = !upcoming && month >= 1 ? visit(calmDayFrom(o.calendar, iso(year, month, 2 + n), e.grade), 1) : null;
    if (recent && recent.date < o.today) {
      push(recent);
      out.unrated.push(`${recent.uscc}:${recent.date}`);
    } else {
      const last = out.visits.filter((x) => x.uscc === e.uscc).at(-1);
      if (last) out.unrated.push(`${last.uscc}:${last.date}`);
    }
    if (upcoming) {
      const [d] = take(soon, 1);
      if (d) {
        out.upcoming.push({
          uscc: e.uscc,
          department: d.code,
          date: soon,
          items: byRelevance(d.items.filter((i) => fits(i, e, 'onsite')), e).slice(0, 2).map((i) => i.code),
          inspectors: qualifiedOn(d, soon).slice(0, 2).map((i) => i.username),
        });
      }
    }
    const onsite = new Set([...out.visits.filter((v) => v.uscc === e.uscc).flatMap((v) => v.filings.map((f) => f.department)), ...out.upcoming.filter((u) => u.uscc === e.uscc).map((u) => u.department)]);
    const offsite = o.departments.find((d) => !onsite.has(d.code) && d.items.some((i) => fits(i, e, 'offsite')));
    const checkedOn = o.calendar.nextWorkingDayOnOrAfter(iso(year, Math.max(1, Number(o.today.slice(5, 7)) - 4), 12));
    if (offsite && checkedOn < o.today) {
      out.checks.push({ uscc: e.uscc, department: offsite.code, items: byRelevance(offsite.items.filter((i) => fits(i, e, 'offsite')), e).slice(0, 1).map((i) => i.code), date: checkedOn, source: 'data', result: 'pass' });
    }
  });
  return out;
}

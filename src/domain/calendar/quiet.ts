/**
 * Quiet periods (企业安静期, Y24 二(三), 二(六)): per supervision grade, a window of days in every
 * month during which no on-site inspection and no research visit may enter the enterprise.
 */
import { daysInMonth, firstOfNextMonth, makeDate, monthOf, yearOf, dayOfMonth } from './dates.ts';
import type { IsoDate } from './types.ts';

export type Grade = 'A' | 'B' | 'C' | 'D';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

/** A monthly window, inclusive: from day startDay to day endDay (null = the month's last day). */
export interface QuietWindow {
  startDay: number;
  endDay: number | null;
}

/** The part of a policy the quiet-period functions read. */
export interface QuietPolicy {
  quietPeriods: Record<Grade, QuietWindow | null>;
}

export interface QuietPeriod {
  inQuiet: boolean;
  /** The window in the date's month, or null when the grade has none that month. */
  from: IsoDate | null;
  to: IsoDate | null;
}

/** The grade's quiet window in a given month, clipped to the month (null when empty or none). */
export function quietWindowInMonth(year: number, month: number, grade: Grade, policy: QuietPolicy): { from: IsoDate; to: IsoDate } | null {
  const w = policy.quietPeriods[grade];
  if (!w) return null;
  const last = daysInMonth(year, month);
  const start = Math.max(1, w.startDay);
  const end = Math.min(last, w.endDay ?? last);
  if (start > end) return null;
  return { from: makeDate(year, month, start), to: makeDate(year, month, end) };
}

export function quietPeriodFor(date: IsoDate, grade: Grade, policy: QuietPolicy): QuietPeriod {
  const win = quietWindowInMonth(yearOf(date), monthOf(date), grade, policy);
  if (!win) return { inQuiet: false, from: null, to: null };
  return { inQuiet: date >= win.from && date <= win.to, from: win.from, to: win.to };
}

/**
 * The first day on or after date outside the grade's quiet period (any day, working or not);
 * null when every day of the next twelve months is quiet (a window covering whole months).
 */
export function nextOutsideQuiet(date: IsoDate, grade: Grade, policy: QuietPolicy): IsoDate | null {
  let d = date;
  for (let i = 0; i < 13; i++) {
    const q = quietPeriodFor(d, grade, policy);
    if (!q.inQuiet || !q.to) return d;
    const day = dayOfMonth(q.to);
    d = day === daysInMonth(yearOf(q.to), monthOf(q.to)) ? firstOfNextMonth(q.to) : makeDate(yearOf(q.to), monthOf(q.to), day + 1);
  }
  return null;
}

/** Each grade's quiet window in a month: for the calendar page. */
export function quietPeriodsInMonth(year: number, month: number, policy: QuietPolicy): Record<Grade, { from: IsoDate; to: IsoDate } | null> {
  return {
    A: quietWindowInMonth(year, month, 'A', policy),
    B: quietWindowInMonth(year, month, 'B', policy),
    C: quietWindowInMonth(year, month, 'C', policy),
    D: quietWindowInMonth(year, month, 'D', policy),
  };
}

/**
 * The axis of lawful days, per supervision grade. One pass over the planning horizon (from the
 * earliest day the notice lead allows to the last filing window's end) marks each day working or
 * not and inside the grade's quiet period or not; afterwards every filing window maps to a range
 * of lawful-day ranks in O(1) (two array look-ups), and the scheduler never loops over days.
 */
import { civilFromDays, daysInMonth, fromDayNumber, toDayNumber } from '../calendar/dates.ts';
import type { SchedulerContext } from './types.ts';

export interface GradeAxis {
  /** Number of lawful days in the horizon. */
  count: number;
  /** Offset k (0..length) → rank of the first lawful day at offset ≥ k (count when none). */
  atOrAfter: Int32Array;
  /** Offset k (0..length-1) → rank of the last lawful day at offset ≤ k (-1 when none). */
  atOrBefore: Int32Array;
  /** Rank → day offset. */
  dayOf: Int32Array;
  /** Rank → year index (calendar year minus the year of `today`). */
  yearOf: Int32Array;
  /** Year index y → first rank whose year index ≥ y (count when none); length years + 1. */
  yearFirst: Int32Array;
}

export interface DayAxis {
  /** Day number (days since 1970-01-01) of offset 0: the earliest day the notice lead allows. */
  base: number;
  /** Days in the horizon. */
  length: number;
  /** Calendar year of `today`; year indices count from it. */
  todayYear: number;
  /** Number of year indices covered. */
  years: number;
  /** Per offset: 1 working day, 0 not, 2 unknown (provisional year or outside the calendar). */
  working: Uint8Array;
  grades: GradeAxis[];
  /** The earliest lawful inspection day by the notice lead, or null when outside the calendar. */
  earliest: number | null;
  /** Last day the calendar covers. */
  calendarEnd: number;
}

/** Builds the axis for a horizon ending at `lastDay` (a day number). */
export function buildAxis(today: number, lastDay: number, ctx: SchedulerContext): DayAxis {
  const { calendar, policy } = ctx;
  const todayYear = civilFromDays(today)[0];
  const calendarEnd = toDayNumber(calendar.range.to);
  let earliest: number | null = null;
  try {
    earliest = toDayNumber(calendar.earliestAfterNotice(fromDayNumber(today), policy.noticeLeadWorkingDays));
  } catch {
    earliest = null; // beyond the calendar's range: nothing is lawful
  }
  const base = earliest ?? today + 1;
  const length = earliest === null ? 0 : Math.max(0, Math.min(lastDay, calendarEnd) - base + 1);
  const working = new Uint8Array(length);
  const dayOfMonth = new Uint8Array(length);
  const lastOfMonth = new Uint8Array(length);
  const yearIdx = new Int32Array(length);
  const provisional = new Map<number, boolean>();
  for (let k = 0; k < length; k++) {
    const [y, m, d] = civilFromDays(base + k);
    let prov = provisional.get(y);
    if (prov === undefined) {
      prov = calendar.isProvisional(y);
      provisional.set(y, prov);
    }
    dayOfMonth[k] = d;
    lastOfMonth[k] = daysInMonth(y, m);
    yearIdx[k] = y - todayYear;
    const w = calendar.isWorkingDay(fromDayNumber(base + k));
    working[k] = prov && !ctx.allowProvisional ? 2 : w ? 1 : 0;
  }
  const years = length > 0 ? yearIdx[length - 1] + 1 : 1;
  const grades: GradeAxis[] = [];
  for (const letter of ['A', 'B', 'C', 'D'] as const) {
    const quiet = policy.quietPeriods[letter];
    const dayOf: number[] = [];
    const atOrAfter = new Int32Array(length + 1);
    const atOrBefore = new Int32Array(length);
    for (let k = 0; k < length; k++) {
      const inQuiet = quiet !== null && dayOfMonth[k] >= quiet.startDay && dayOfMonth[k] <= (quiet.endDay ?? lastOfMonth[k]);
      atOrAfter[k] = dayOf.length;
      if (working[k] === 1 && !inQuiet) dayOf.push(k);
      atOrBefore[k] = dayOf.length - 1;
    }
    atOrAfter[length] = dayOf.length; // lawful days before offset k = rank of the first at or after k
    const ranks = Int32Array.from(dayOf);
    const yearOf = new Int32Array(ranks.length);
    for (let r = 0; r < ranks.length; r++) yearOf[r] = yearIdx[ranks[r]];
    const yearFirst = new Int32Array(years + 1);
    let r = 0;
    for (let y = 0; y <= years; y++) {
      while (r < ranks.length && yearOf[r] < y) r++;
      yearFirst[y] = r;
    }
    grades.push({ count: ranks.length, atOrAfter, atOrBefore, dayOf: ranks, yearOf, yearFirst });
  }
  return { base, length, todayYear, years, working, grades, earliest, calendarEnd };
}

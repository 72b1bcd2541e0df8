/**
 * buildCalendar: one pass over a fixed range of years builds an ordinal index of working days;
 * every query after that is O(1) (array look-ups), never a day-by-day loop.
 *
 * Precedence for a day's kind: administrator override > official arrangement > weekday rule.
 * A year is provisional unless the official data covers it or an administrator has marked its
 * arrangement as published (entered in full as overrides).
 */
import { DomainError } from '../errors.ts';
import { daysFromCivil, fromDayNumber, parseDateRange, makeDate, toDayNumber, weekdayOfDayNumber, yearOf } from './dates.ts';
import { chineseDaysArrangements, type OfficialArrangements } from './official.ts';
import type { DayInfo, DayKind, DaySource, IsoDate, WorkingCalendar, YearCoverage, YearSource } from './types.ts';

/** One row of the administrator-edited override table. */
export interface CalendarOverride {
  date: IsoDate;
  /** 'holiday': a day off (even on a weekday); 'workday': a working day (a make-up workday on a weekend). */
  kind: 'holiday' | 'workday';
  name?: string;
}

export interface BuildCalendarOptions {
  /** Official arrangements; default: the chinese-days package data. null: none at all. */
  official?: OfficialArrangements | null;
  /** Restrict official data to these years (e.g. to test a missing year). Default: every year it has. */
  officialYears?: readonly number[];
  overrides?: readonly CalendarOverride[];
  /**
   * Years whose complete arrangement an administrator has entered as overrides and marked
   * "arrangement published": these years are no longer provisional.
   */
  publishedYears?: readonly number[];
  /** Covered range, inclusive. Default 2020–2035. */
  fromYear?: number;
  toYear?: number;
}

export class CalendarRangeError extends DomainError {
  constructor(what: string) {
    super('DATE_OUT_OF_CALENDAR_RANGE', 'invalid', { zh: `日期超出工作日历范围：${what}。`, en: `Date outside the working calendar's range: ${what}.` }, { what });
    this.name = 'CalendarRangeError';
  }
}

const KINDS: DayKind[] = ['workday', 'weekend', 'holiday', 'makeup_workday'];
const SOURCES: DaySource[] = ['official', 'override', 'weekday_rule'];

interface Named {
  name: string;
  nameEn?: string;
}

/** Index into KINDS. A day explicitly marked 'holiday' stays a holiday even on a weekend. */
function kindFor(marked: 'holiday' | 'workday' | undefined, weekend: boolean): number {
  if (marked === 'holiday') return 2;
  if (marked === 'workday') return weekend ? 3 : 0;
  return weekend ? 1 : 0;
}

export function buildCalendar(options: BuildCalendarOptions = {}): WorkingCalendar {
  const fromYear = options.fromYear ?? 2020;
  const toYear = options.toYear ?? 2035;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear) || fromYear > toYear || fromYear < 1) {
    throw new RangeError(`bad calendar range ${fromYear}..${toYear}`);
  }
  const official = options.official === undefined ? chineseDaysArrangements() : options.official;
  const officialYears = new Set<number>(official ? (options.officialYears ?? official.years).filter((y) => official.years.includes(y)) : []);
  const publishedYears = new Set<number>(options.publishedYears ?? []);
  const overrides = new Map<IsoDate, CalendarOverride>();
  for (const o of options.overrides ?? []) {
    toDayNumber(o.date); // validates: throws InvalidDateError
    if (o.kind !== 'holiday' && o.kind !== 'workday') throw new RangeError(`bad override kind for ${o.date}`);
    overrides.set(o.date, o);
  }

  const base = daysFromCivil(fromYear, 1, 1);
  const length = daysFromCivil(toYear, 12, 31) - base + 1;
  const kinds = new Uint8Array(length);
  const sources = new Uint8Array(length);
  const names = new Map<number, Named>();
  const prefix = new Int32Array(length + 1);
  const ordinals: number[] = [];

  for (let i = 0; i < length; i++) {
    const dayNumber = base + i;
    const date = fromDayNumber(dayNumber);
    const wd = weekdayOfDayNumber(dayNumber);
    const weekend = wd === 0 || wd === 6;
    let marked: 'holiday' | 'workday' | undefined;
    let source = 2;
    const o = overrides.get(date);
    const off = officialYears.has(yearOf(date)) ? official?.days.get(date) : undefined;
    if (o) {
      marked = o.kind;
      source = 1;
      if (o.name) names.set(i, { name: o.name });
    } else if (off) {
      marked = off.kind;
      source = 0;
      names.set(i, { name: off.name, nameEn: off.nameEn });
    }
    const kind = kindFor(marked, weekend);
    const working = kind === 0 || kind === 3;
    kinds[i] = kind;
    sources[i] = source;
    prefix[i + 1] = prefix[i] + (working ? 1 : 0);
    if (working) ordinals.push(i);
  }
  const workList = Int32Array.from(ordinals);
  const range = { from: makeDate(fromYear, 1, 1), to: makeDate(toYear, 12, 31) };

  const yearSource = (year: number): YearSource => {
    if (officialYears.has(year)) return 'official';
    if (publishedYears.has(year)) return 'override';
    return 'none';
  };
  const isProvisional = (year: number): boolean => yearSource(year) === 'none';

  const index = (date: IsoDate): number => {
    const i = toDayNumber(date) - base;
    if (i < 0 || i >= length) throw new CalendarRangeError(`${date} (${range.from}..${range.to})`);
    return i;
  };
  const dateAt = (i: number): IsoDate => fromDayNumber(base + i);
  const workingAt = (k: number, what: string): IsoDate => {
    if (k < 0 || k >= workList.length) throw new CalendarRangeError(what);
    return dateAt(workList[k]);
  };
  const checkCount = (n: number): void => {
    if (!Number.isInteger(n) || n < 1) throw new RangeError(`working-day count must be an integer >= 1, got ${n}`);
  };
  const info = (i: number): DayInfo => {
    const date = dateAt(i);
    const kind = KINDS[kinds[i]];
    const named = names.get(i);
    const out: DayInfo = { date, kind, working: kind === 'workday' || kind === 'makeup_workday', provisional: isProvisional(yearOf(date)), source: SOURCES[sources[i]] };
    if (named) {
      out.name = named.name;
      if (named.nameEn) out.nameEn = named.nameEn;
    }
    return out;
  };

  const calendar: WorkingCalendar = {
    range,
    isProvisional,
    isWorkingDay: (date) => {
      const k = kinds[index(date)];
      return k === 0 || k === 3;
    },
    dayInfo: (date) => info(index(date)),
    workingDaysBetween: (a, b) => {
      const ia = index(a);
      const ib = index(b);
      return ib <= ia + 1 ? 0 : prefix[ib] - prefix[ia + 1];
    },
    addWorkingDays: (date, n) => {
      checkCount(n);
      return workingAt(prefix[index(date) + 1] + n - 1, `${n} working days after ${date}`);
    },
    subtractWorkingDays: (date, n) => {
      checkCount(n);
      return workingAt(prefix[index(date)] - n, `${n} working days before ${date}`);
    },
    nextWorkingDayOnOrAfter: (date) => workingAt(prefix[index(date)], `first working day on or after ${date}`),
    earliestAfterNotice: (notice, n) => {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`notice lead must be an integer >= 0, got ${n}`);
      return calendar.addWorkingDays(notice, n + 1);
    },
    latestNoticeFor: (date, n) => {
      if (!Number.isInteger(n) || n < 0) throw new RangeError(`notice lead must be an integer >= 0, got ${n}`);
      if (n === 0) return fromDayNumber(toDayNumber(date) - 1);
      return fromDayNumber(toDayNumber(calendar.subtractWorkingDays(date, n)) - 1);
    },
    deadlineAfter: (date, n) => calendar.addWorkingDays(date, n),
    provisionalBetween: (a, b) => {
      const ya = yearOf(a);
      const yb = yearOf(b);
      for (let y = Math.min(ya, yb); y <= Math.max(ya, yb); y++) if (isProvisional(y)) return true;
      return false;
    },
    days: (from, to) => {
      parseDateRange(from, to);
      const i0 = index(from);
      const i1 = index(to);
      const out: DayInfo[] = [];
      for (let i = i0; i <= i1; i++) out.push(info(i));
      return out;
    },
    coverage: () => {
      const out: YearCoverage[] = [];
      for (let y = fromYear; y <= toYear; y++) out.push({ year: y, source: yearSource(y), provisional: isProvisional(y) });
      return out;
    },
  };
  return calendar;
}

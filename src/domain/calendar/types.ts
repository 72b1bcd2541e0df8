/**
 * Dates in the domain are calendar dates as 'YYYY-MM-DD' strings (ISO 8601), never instants.
 * This file fixes the calendar's contract so that rules and the scheduler can be written against it.
 */
export type IsoDate = string;

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface DayInfo {
  date: IsoDate;
  kind: DayKind;
  working: boolean;
  /** Holiday or make-up name, e.g. 国庆节 */
  name?: string;
  /** English holiday name where known, e.g. National Day */
  nameEn?: string;
  /** True when the year's official arrangement is not known (weekends only, a guess). */
  provisional: boolean;
  /** Where the day's kind comes from: official data, an administrator's override, or the plain weekday rule. */
  source?: DaySource;
}

export type DaySource = 'official' | 'override' | 'weekday_rule';

/** Where a year's arrangement comes from; 'none' means provisional (weekends only). */
export type YearSource = 'official' | 'override' | 'none';

export interface YearCoverage {
  year: number;
  source: YearSource;
  provisional: boolean;
}

export interface WorkingCalendar {
  isWorkingDay(date: IsoDate): boolean;
  dayInfo(date: IsoDate): DayInfo;
  /** Years with no official arrangement and no override: answers for them are provisional. */
  isProvisional(year: number): boolean;
  /** Number of working days strictly between a and b (exclusive of both); 0 when b <= a. */
  workingDaysBetween(a: IsoDate, b: IsoDate): number;
  /** The n-th working day after date (date itself not counted); n >= 1. */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** First working day on or after date. */
  nextWorkingDayOnOrAfter(date: IsoDate): IsoDate;
  /** Earliest day D such that at least n working days lie strictly between notice and D, and D is a working day. */
  earliestAfterNotice(notice: IsoDate, n: number): IsoDate;

  // ---- extensions (issue 3) ----
  /** The n-th working day before date (date itself not counted); n >= 1. */
  subtractWorkingDays(date: IsoDate, n: number): IsoDate;
  /** Latest day L (any day, working or not) such that at least n working days lie strictly between L and date. */
  latestNoticeFor(date: IsoDate, n: number): IsoDate;
  /** End of the n-th working day after date: the deadline of "within n working days after" (R7). */
  deadlineAfter(date: IsoDate, n: number): IsoDate;
  /** True when any year from a's to b's (either order) is provisional. */
  provisionalBetween(a: IsoDate, b: IsoDate): boolean;
  /** Every day from..to inclusive (from <= to, both inside the range). */
  days(from: IsoDate, to: IsoDate): DayInfo[];
  /** The covered range; queries outside it throw CalendarRangeError. */
  readonly range: { from: IsoDate; to: IsoDate };
  /** How each covered year is known. */
  coverage(): YearCoverage[];
}

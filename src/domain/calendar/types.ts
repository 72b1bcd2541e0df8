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
  /** True when the year's official arrangement is not known (weekends only, a guess). */
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
}

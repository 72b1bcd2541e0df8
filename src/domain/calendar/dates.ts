/**
 * Calendar-date arithmetic on 'YYYY-MM-DD' strings. Pure integer arithmetic (days since
 * 1970-01-01, proleptic Gregorian), no Date objects, no time zones, no clock.
 */
import { DomainError } from '../errors.ts';
import type { IsoDate } from './types.ts';

export type DateErrorCode = 'INVALID_DATE_FORMAT' | 'IMPOSSIBLE_DATE' | 'REVERSED_RANGE';

/** A malformed date, an impossible date (2026-02-30) or a reversed range: a 4xx, never a finding. */
export class InvalidDateError extends DomainError {
  constructor(
    code: DateErrorCode,
    readonly input: string,
    zh: string,
    en: string,
  ) {
    super(code, 'invalid', { zh, en }, { input });
    this.name = 'InvalidDateError';
  }
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** Days since 1970-01-01 of a valid civil date (H. Hinnant's days_from_civil). */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The civil date [year, month, day] of a day number. */
export function civilFromDays(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

/** Day number of a date string; NaN when malformed, Infinity when well-formed but impossible. */
function scan(s: string): number {
  if (typeof s !== 'string' || s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return NaN;
  const y0 = digit(s, 0), y1 = digit(s, 1), y2 = digit(s, 2), y3 = digit(s, 3);
  const m0 = digit(s, 5), m1 = digit(s, 6), d0 = digit(s, 8), d1 = digit(s, 9);
  if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) < 0) return NaN;
  const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
  const month = m0 * 10 + m1;
  const day = d0 * 10 + d1;
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Infinity;
  return daysFromCivil(year, month, day);
}

/** Parse and validate a 'YYYY-MM-DD' date; throws InvalidDateError (INVALID_DATE_FORMAT / IMPOSSIBLE_DATE). */
export function parseIsoDate(input: string): IsoDate {
  toDayNumber(input);
  return input;
}

/** True when the string is a well-formed, possible calendar date. */
export function isIsoDate(input: unknown): input is IsoDate {
  return typeof input === 'string' && Number.isFinite(scan(input));
}

/** Day number (days since 1970-01-01) of a date; throws InvalidDateError on bad input. */
export function toDayNumber(date: IsoDate): number {
  const n = scan(date);
  if (Number.isFinite(n)) return n;
  const shown = String(date);
  if (Number.isNaN(n)) {
    throw new InvalidDateError('INVALID_DATE_FORMAT', shown, `日期格式错误：“${shown}”，应为 YYYY-MM-DD。`, `Malformed date "${shown}": expected YYYY-MM-DD.`);
  }
  throw new InvalidDateError('IMPOSSIBLE_DATE', shown, `日期不存在：“${shown}”。`, `No such date: "${shown}".`);
}

/** Validate a from/to pair: both dates valid and from <= to (REVERSED_RANGE otherwise). */
export function parseDateRange(from: string, to: string): { from: IsoDate; to: IsoDate } {
  if (toDayNumber(from) > toDayNumber(to)) {
    throw new InvalidDateError('REVERSED_RANGE', `${from}..${to}`, `日期范围颠倒：开始日期 ${from} 晚于结束日期 ${to}。`, `Reversed range: ${from} is after ${to}.`);
  }
  return { from, to };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function fromDayNumber(dayNumber: number): IsoDate {
  const [y, m, d] = civilFromDays(dayNumber);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

export function makeDate(year: number, month: number, day: number): IsoDate {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Calendar days from a to b (b - a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: IsoDate): number {
  return weekdayOfDayNumber(toDayNumber(date));
}

export function weekdayOfDayNumber(dayNumber: number): number {
  return (((dayNumber + 4) % 7) + 7) % 7;
}

/** Year of a well-formed date (no validation: hot path). */
export function yearOf(date: IsoDate): number {
  return (date.charCodeAt(0) - 48) * 1000 + (date.charCodeAt(1) - 48) * 100 + (date.charCodeAt(2) - 48) * 10 + (date.charCodeAt(3) - 48);
}

export function monthOf(date: IsoDate): number {
  return (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
}

export function dayOfMonth(date: IsoDate): number {
  return (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
}

export function endOfMonth(date: IsoDate): IsoDate {
  const y = yearOf(date);
  const m = monthOf(date);
  return makeDate(y, m, daysInMonth(y, m));
}

export function firstOfNextMonth(date: IsoDate): IsoDate {
  const y = yearOf(date);
  const m = monthOf(date);
  return m === 12 ? makeDate(y + 1, 1, 1) : makeDate(y, m + 1, 1);
}

export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}

const CHINA_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar date in China (Beijing time; no summer time) at an instant: business dates are these. */
export function dateInChina(instant: Date): IsoDate {
  return CHINA_DATE.format(instant);
}

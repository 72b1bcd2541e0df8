/** Business dates are Beijing-time calendar dates ('YYYY-MM-DD'): one implementation, in the calendar domain. */
import { dateInChina, isIsoDate } from '../../domain/calendar/index.ts';

export { dateInChina };

/** The same calendar day `years` years earlier (29 February falls back to the 28th). */
export function yearsBefore(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** True for a real calendar date 'YYYY-MM-DD' (the schema checks only the shape). */
export const isCalendarDate = (s: string): boolean => isIsoDate(s);

/** Business dates are Beijing-time calendar dates ('YYYY-MM-DD'), whatever the server's zone. */
import type { Deps } from '../deps.ts';

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export const dateInChina = (instant: Date): string => formatter.format(instant);

export const todayInChina = (deps: Pick<Deps, 'now'>): string => dateInChina(deps.now());

/** The same calendar day `years` years earlier (29 February falls back to the 28th). */
export function yearsBefore(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) - years;
  const md = date.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}

/** True for a real calendar date 'YYYY-MM-DD' (the schema checks only the shape). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

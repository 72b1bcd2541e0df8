/** Business dates are Beijing dates whatever the server's time zone (China keeps no summer time). */
import type { Deps } from '../deps.ts';

const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function dateInChina(instant: Date): string {
  return formatter.format(instant);
}

export function todayInChina(deps: Deps): string {
  return dateInChina(deps.now());
}

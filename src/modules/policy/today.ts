/** Business dates are Beijing dates: one implementation, in the calendar domain. */
import { dateInChina } from '../../domain/calendar/index.ts';
import { todayOf } from '../deps.ts';

export { dateInChina };
export const todayInChina = todayOf;

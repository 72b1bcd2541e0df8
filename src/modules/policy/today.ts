/** Business dates are Beijing dates: one implementation, in the calendar domain. */
import { dateInChina } from '../../domain/calendar/index.ts';

export { dateInChina };

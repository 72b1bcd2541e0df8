export { calendarRoutes } from './routes.ts';
export { getCalendar, MAX_RANGE_DAYS } from './get-calendar.ts';
export { listCalendarOverrides } from './list-overrides.ts';
export { setCalendarOverride, type OverrideInput } from './set-override.ts';
export { deleteCalendarOverride } from './delete-override.ts';
export { setCalendarYear, type YearInput } from './set-calendar-year.ts';
export { CalendarFile, importCalendar, type ImportOptions } from './import-calendar.ts';
export { CALENDAR_FROM_YEAR, CALENDAR_TO_YEAR, currentCalendar, dayView } from './working-calendar.ts';

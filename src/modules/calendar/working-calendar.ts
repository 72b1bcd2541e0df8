/**
 * The working calendar every rule check uses: official data (chinese-days) plus the administrator's
 * overrides and published years, built once per process and rebuilt when the 'calendar' revision
 * moves (see policy/revision-cache.ts).
 */
import { buildCalendar, type CalendarOverride, type DayInfo, type WorkingCalendar } from '../../domain/calendar/index.ts';
import type { Deps } from '../deps.ts';
import { revisionCache } from '../policy/index.ts';
import { listOverrides, listYears } from './repository.ts';

/** The covered range: dates outside it are refused (DATE_OUT_OF_CALENDAR_RANGE). */
export const CALENDAR_FROM_YEAR = 2020;
export const CALENDAR_TO_YEAR = 2035;

const cache = revisionCache<WorkingCalendar>('calendar', async (db) => {
  const overrides = await listOverrides(db);
  const years = await listYears(db);
  return buildCalendar({
    overrides: overrides.map((o): CalendarOverride => ({ date: o.date, kind: o.kind, ...(o.name ? { name: o.name } : {}) })),
    publishedYears: years.filter((y) => y.arrangement_published).map((y) => y.year),
    fromYear: CALENDAR_FROM_YEAR,
    toYear: CALENDAR_TO_YEAR,
  });
});

/** revision: the 'calendar' revision when the caller has read it already (readRevisions). */
export async function currentCalendar(deps: Deps, revision?: number): Promise<WorkingCalendar> {
  return revision === undefined ? cache.get(deps.db) : cache.at(deps.db, revision);
}

export const dayView = (d: DayInfo) => ({
  date: d.date,
  kind: d.kind,
  working: d.working,
  name: d.name ?? null,
  nameEn: d.nameEn ?? null,
  source: d.source ?? 'weekday_rule',
  provisional: d.provisional,
});

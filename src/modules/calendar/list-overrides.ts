/** The administrator's calendar data: override days (optionally of one year) and the per-year flags. */
import type { Deps } from '../deps.ts';
import { listOverrides, listYears } from './repository.ts';
import { assertCalendarYear } from './set-calendar-year.ts';
import { currentCalendar } from './working-calendar.ts';

const iso = (d: Date | string) => new Date(d).toISOString();

export async function listCalendarOverrides(deps: Deps, query: { year?: number }) {
  if (query.year !== undefined) assertCalendarYear(query.year);
  const [rows, years, calendar] = [await listOverrides(deps.db, query.year), await listYears(deps.db), await currentCalendar(deps)];
  return {
    items: rows.map((r) => ({ date: r.date, kind: r.kind, name: r.name, createdBy: r.username, createdAt: iso(r.created_at) })),
    years: years.map((y) => ({ year: y.year, arrangementPublished: y.arrangement_published, source: y.source, updatedBy: y.username, updatedAt: iso(y.updated_at) })),
    coverage: calendar.coverage().filter((c) => query.year === undefined || c.year === query.year),
  };
}

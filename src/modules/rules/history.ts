/**
 * The enterprise's visits the rules count (R4, R5, R11): its on-site inspections in the filings
 * table, neither drafts nor cancelled, from the start of the inspection's year (or the merge window
 * before its date) to the end of the year (or the window after). A filing that joins another's
 * visit (综合查一次) is the same visit: one record with every department in it.
 */
import { addDays, yearOf } from '../../domain/calendar/index.ts';
import type { VisitRecord } from '../../domain/rules/index.ts';
import type { Database } from '../../db/connection.ts';

export async function onsiteHistory(db: Database, enterpriseId: number, date: string, windowDays: number, excludeFilingId?: number): Promise<VisitRecord[]> {
  const year = yearOf(date);
  const before = addDays(date, -windowDays);
  const after = addDays(date, windowDays);
  const from = before < `${year}-01-01` ? before : `${year}-01-01`;
  const to = after > `${year}-12-31` ? after : `${year}-12-31`;
  let q = db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .select(['f.id', 'f.joins_filing_id', 'f.planned_date', 'f.state', 'f.exception_case', 'd.code as department'])
    .where('f.enterprise_id', '=', enterpriseId)
    .where('f.mode', '=', 'onsite')
    .where('f.state', 'not in', ['draft', 'cancelled'])
    .where('f.planned_date', '>=', from)
    .where('f.planned_date', '<=', to);
  if (excludeFilingId !== undefined) q = q.where('f.id', '!=', excludeFilingId);
  const rows = await q.orderBy('f.planned_date').orderBy('f.id').execute();

  const visits = new Map<string, VisitRecord>();
  for (const r of rows) {
    const id = `filing-${r.joins_filing_id ?? r.id}`;
    const status = r.state === 'completed' ? 'done' : 'filed';
    const visit = visits.get(id);
    if (!visit) {
      visits.set(id, {
        id,
        type: 'inspection',
        mode: 'onsite',
        date: r.planned_date,
        departments: [r.department],
        status,
        ...(r.exception_case ? { exceptionCase: r.exception_case } : {}),
      });
      continue;
    }
    if (!visit.departments.includes(r.department)) visit.departments.push(r.department);
    if (r.joins_filing_id === null) visit.date = r.planned_date; // the lead filing fixes the visit's day
    if (status === 'filed') visit.status = 'filed';
  }
  return [...visits.values()];
}

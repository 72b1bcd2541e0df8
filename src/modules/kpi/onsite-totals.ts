/**
 * On-site totals (the goal: falling every year) and visits per enterprise: how many enterprises were
 * visited on site 0, 1, 2, 3+ times, and the compliant ones (grade A or B) visited more than once —
 * against "最多查一次", at most one on-site visit a year for a compliant enterprise.
 */
import type { KpiRows } from './figures.ts';
import { yearRow } from './joint-rate.ts';

export interface OnsiteTotals {
  visits: number;
  tasks: number;
  perEnterprise: { enterprises: number; zero: number; one: number; two: number; threePlus: number; compliantRepeat: number };
}

export function onsiteTotals(rows: KpiRows, year: number): OnsiteTotals {
  const done = yearRow(rows, year, 'done');
  const p = rows.perEnterprise.find((r) => r.year === year);
  const visited = p?.visits ?? 0;
  return {
    visits: done.visits,
    tasks: done.tasks,
    perEnterprise: {
      enterprises: rows.enterprises,
      zero: Math.max(0, rows.enterprises - visited),
      one: p?.one ?? 0,
      two: p?.two ?? 0,
      threePlus: p?.threePlus ?? 0,
      compliantRepeat: p?.compliantRepeat ?? 0,
    },
  };
}

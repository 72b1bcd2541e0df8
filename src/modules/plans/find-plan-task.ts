/**
 * For the filings module (R2): the task of the department's published annual plan that covers an
 * inspection of an enterprise for some items on a date, or null. A task covers it when it runs in
 * the date's month of the date's year, contains every one of the items, and names the enterprise or
 * names none (its enterprises are drawn by its sampling rule or scope). Tasks naming the enterprise
 * win. Optionally narrowed to a kind or to the task the filing cites.
 */
import type { Database } from '../../db/connection.ts';
import type { InspectionKind } from '../../db/tables/plans.ts';
import { findCoveringTask } from './repository.ts';

export interface PlanTaskQuery {
  departmentId: number;
  enterpriseId: number;
  itemIds: readonly number[];
  /** The inspection date, YYYY-MM-DD. */
  date: string;
  kind?: InspectionKind;
  taskId?: number;
}

export interface CoveringPlanTask {
  taskId: number;
  planId: number;
  revision: number;
  kind: InspectionKind;
  title: string;
  basis: string | null;
}

export async function findPlanTaskFor(db: Database, q: PlanTaskQuery): Promise<CoveringPlanTask | null> {
  if (q.itemIds.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(q.date)) return null;
  const row = await findCoveringTask(db, { ...q, year: Number(q.date.slice(0, 4)), month: Number(q.date.slice(5, 7)) });
  return row ? { taskId: row.id, planId: row.plan_id, revision: row.revision, kind: row.kind, title: row.title, basis: row.basis } : null;
}

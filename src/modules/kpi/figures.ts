/** The rows the dashboard's SQL returns, loaded once per request, and the shape of one set of figures. */
import type { Deps } from '../deps.ts';
import { enterpriseCount, offsiteCounts, tuneForReport, visitFigures, type Counts, type OffsiteRow, type Scope, type VisitRow } from './repository.ts';

export interface KpiRows {
  /** Levels 'year', 'month', 'town'. */
  visits: VisitRow[];
  /** Level 'department': the visits each department took part in and its own tasks. */
  departments: VisitRow[];
  /** Level 'enterprise': how many times enterprises were visited. */
  perEnterprise: VisitRow[];
  offsite: OffsiteRow[];
  enterprises: number;
}

export async function loadKpiRows(deps: Deps, scope: Scope): Promise<KpiRows> {
  // One read-only snapshot for every figure; statements one after another (PGlite has one connection).
  return deps.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .setAccessMode('read only')
    .execute(async (trx) => {
      await tuneForReport(trx);
      const rows = await visitFigures(trx, scope);
      const offsite = await offsiteCounts(trx, scope);
      const enterprises = await enterpriseCount(trx, scope.townId);
      return {
        visits: rows.filter((r) => r.level === 'year' || r.level === 'month' || r.level === 'town'),
        departments: rows.filter((r) => r.level === 'department'),
        perEnterprise: rows.filter((r) => r.level === 'enterprise'),
        offsite,
        enterprises,
      };
    });
}

/** Visits and tasks that happened, with off-site checks and the three shares (null: nothing to divide by). */
export interface Figures extends Counts {
  offsite: number;
  jointRateVisits: number | null;
  jointRateTasks: number | null;
  offsiteShare: number | null;
}

export const ZERO: Counts = { visits: 0, jointVisits: 0, tasks: 0, jointTasks: 0 };

export const share = (part: number, whole: number): number | null => (whole === 0 ? null : Math.round((part / whole) * 10000) / 10000);

export function figures(c: Counts | undefined, offsite: number | undefined): Figures {
  const { visits, jointVisits, tasks, jointTasks } = c ?? ZERO;
  const off = offsite ?? 0;
  return {
    visits,
    jointVisits,
    tasks,
    jointTasks,
    offsite: off,
    jointRateVisits: share(jointVisits, visits),
    jointRateTasks: share(jointTasks, tasks),
    offsiteShare: share(off, off + tasks),
  };
}

export const pickCounts = (r: Counts): Counts => ({ visits: r.visits, jointVisits: r.jointVisits, tasks: r.tasks, jointTasks: r.jointTasks });

/**
 * 联合检查率, both definitions of SPEC.md: by visits (joint visits over on-site visits) and by tasks
 * (on-site inspection filings carried out inside a joint visit over all on-site filings). The policy
 * names the primary one, compared with the year's target. Visits filed but not yet made are shown
 * apart ("planned") and never in the rate.
 */
import { pickCounts, share, ZERO, type KpiRows } from './figures.ts';
import type { Counts } from './repository.ts';

export interface Rate {
  joint: number;
  total: number;
  rate: number | null;
}

export interface JointRate {
  byVisits: Rate;
  byTasks: Rate;
  /** The figure the policy compares with the target, and whether it reaches it (null: no target or no visits). */
  primary: 'visits' | 'tasks';
  target: number | null;
  met: boolean | null;
  planned: Counts;
}

const yearRow = (rows: KpiRows, year: number, cls: 'done' | 'planned'): Counts => {
  const r = rows.visits.find((v) => v.level === 'year' && v.year === year && v.class === cls);
  return r ? pickCounts(r) : ZERO;
};

export function jointRate(rows: KpiRows, year: number, primary: 'visits' | 'tasks', target: number | null): JointRate {
  const done = yearRow(rows, year, 'done');
  const byVisits = { joint: done.jointVisits, total: done.visits, rate: share(done.jointVisits, done.visits) };
  const byTasks = { joint: done.jointTasks, total: done.tasks, rate: share(done.jointTasks, done.tasks) };
  const main = primary === 'visits' ? byVisits : byTasks;
  return {
    byVisits,
    byTasks,
    primary,
    target,
    met: target === null || main.rate === null ? null : main.rate >= target,
    planned: yearRow(rows, year, 'planned'),
  };
}

export { yearRow };

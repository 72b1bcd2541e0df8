/**
 * The KPI dashboard for a year and the year before (GET /kpi): the joint-inspection rate by both
 * definitions against the target, the off-site share, the on-site totals, visits per enterprise, and
 * the breakdowns by month, department and town. Every count comes from repository.ts's grouped SQL.
 */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { breakdowns, type Breakdowns } from './breakdowns.ts';
import { loadKpiRows, type KpiRows } from './figures.ts';
import { jointRate, type JointRate } from './joint-rate.ts';
import { offsiteShare, type OffsiteShare } from './offsite-share.ts';
import { onsiteTotals, type OnsiteTotals } from './onsite-totals.ts';
import { resolveKpiContext, type KpiContext, type KpiQuery } from './scope.ts';

export interface YearKpi extends Breakdowns {
  year: number;
  jointRate: JointRate;
  offsite: OffsiteShare;
  onsite: OnsiteTotals;
}

export interface Kpi {
  year: number;
  policy: string | null;
  primary: 'visits' | 'tasks';
  compliantGrades: string[];
  department: { code: string; name: string } | null;
  town: { code: string; name: string } | null;
  current: YearKpi;
  previous: YearKpi;
}

function yearKpi(rows: KpiRows, ctx: KpiContext, year: number, target: number | null): YearKpi {
  return {
    year,
    jointRate: jointRate(rows, year, ctx.primary, target),
    offsite: offsiteShare(rows, year),
    onsite: onsiteTotals(rows, year),
    ...breakdowns(rows, year, ctx.departments, ctx.towns, ctx.scope.townId),
  };
}

export async function getKpi(deps: Deps, by: Principal, q: KpiQuery): Promise<Kpi> {
  const ctx = await resolveKpiContext(deps, by, q);
  const rows = await loadKpiRows(deps, ctx.scope);
  const named = (n: { code: string; name: string } | null) => (n ? { code: n.code, name: n.name } : null);
  return {
    year: ctx.year,
    policy: ctx.policyId,
    primary: ctx.primary,
    compliantGrades: [...ctx.scope.compliantGrades],
    department: named(ctx.department),
    town: named(ctx.town),
    current: yearKpi(rows, ctx, ctx.year, ctx.targets.current),
    previous: yearKpi(rows, ctx, ctx.previousYear, ctx.targets.previous),
  };
}

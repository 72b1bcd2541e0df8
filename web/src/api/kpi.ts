// The KPI dashboard (指标看板): GET /api/v1/kpi for a year and the year before, and its Excel export.
import { api } from './client';

export interface KpiCounts {
  visits: number;
  jointVisits: number;
  tasks: number;
  jointTasks: number;
}

export interface KpiFigures extends KpiCounts {
  offsite: number;
  jointRateVisits: number | null;
  jointRateTasks: number | null;
  offsiteShare: number | null;
}

export interface KpiRate {
  joint: number;
  total: number;
  rate: number | null;
}

export type JointRatePrimary = 'visits' | 'tasks';

export interface YearKpi {
  year: number;
  jointRate: { byVisits: KpiRate; byTasks: KpiRate; primary: JointRatePrimary; target: number | null; met: boolean | null; planned: KpiCounts };
  offsite: { offsite: number; onsite: number; share: number | null };
  onsite: {
    visits: number;
    tasks: number;
    perEnterprise: { enterprises: number; zero: number; one: number; two: number; threePlus: number; compliantRepeat: number };
  };
  byMonth: (KpiFigures & { month: number })[];
  byDepartment: (KpiFigures & { code: string; name: string })[];
  byTown: (KpiFigures & { code: string | null; name: string })[];
}

export interface Kpi {
  year: number;
  policy: string | null;
  primary: JointRatePrimary;
  /** Grades counted as compliant for "最多查一次" (from the policy). */
  compliantGrades: string[];
  department: { code: string; name: string } | null;
  town: { code: string; name: string } | null;
  current: YearKpi;
  previous: YearKpi;
}

export interface KpiQuery {
  year: number;
  department?: string;
  town?: string;
}

export const getKpi = (q: KpiQuery) => api.get<Kpi>('/kpi', { ...q }, { silent: true });

export function kpiExportUrl(q: KpiQuery): string {
  const params = new URLSearchParams({ year: String(q.year) });
  if (q.department) params.set('department', q.department);
  if (q.town) params.set('town', q.town);
  return `/api/v1/kpi.xlsx?${params.toString()}`;
}

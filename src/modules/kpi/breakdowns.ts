/** The figures by month (1–12), by department and by town (enterprises.town_id; "未划分" when none). */
import { figures, pickCounts, type Figures, type KpiRows } from './figures.ts';
import type { Named } from './scope.ts';

export interface Breakdowns {
  byMonth: (Figures & { month: number })[];
  byDepartment: (Figures & { code: string; name: string })[];
  byTown: (Figures & { code: string | null; name: string })[];
}

const done = (rows: KpiRows, year: number, level: string) => rows.visits.filter((v) => v.class === 'done' && v.year === year && v.level === level);
const off = (rows: KpiRows, year: number, level: string) => rows.offsite.filter((o) => o.year === year && o.level === level);

export function breakdowns(rows: KpiRows, year: number, departments: readonly Named[], towns: readonly Named[], townId: number | null): Breakdowns {
  const months = done(rows, year, 'month');
  const offMonths = off(rows, year, 'month');
  const byMonth = Array.from({ length: 12 }, (_, i) => {
    const c = months.find((m) => m.month === i + 1);
    return { month: i + 1, ...figures(c && pickCounts(c), offMonths.find((m) => m.month === i + 1)?.offsite) };
  });

  const depts = rows.departments.filter((d) => d.year === year);
  const offDepts = off(rows, year, 'department');
  const byDepartment = departments.map((d) => {
    const c = depts.find((r) => r.departmentId === d.id);
    return { code: d.code, name: d.name, ...figures(c && pickCounts(c), offDepts.find((o) => o.departmentId === d.id)?.offsite) };
  });

  const townRows = done(rows, year, 'town');
  const offTowns = off(rows, year, 'town');
  const shown = townId === null ? towns : towns.filter((t) => t.id === townId);
  const byTown: Breakdowns['byTown'] = shown.map((t) => {
    const c = townRows.find((r) => r.townId === t.id);
    return { code: t.code, name: t.name, ...figures(c && pickCounts(c), offTowns.find((o) => o.townId === t.id)?.offsite) };
  });
  const none = townRows.find((r) => r.townId === null);
  const noneOff = offTowns.find((o) => o.townId === null)?.offsite;
  if (townId === null && (none || noneOff)) byTown.push({ code: null, name: '未划分乡镇', ...figures(none && pickCounts(none), noneOff) });
  return { byMonth, byDepartment, byTown };
}

/**
 * Local optimality, checked independently: no unscheduled filing could simply have been added —
 * into a visit already planned in its window (carried by its own department or by a delegate
 * present), or as a visit of its own on a free lawful day — without breaking a rule.
 */
import type { WorkingCalendar } from '../../calendar/types.ts';
import type { ScheduleInput, ScheduleOutput, SchedulerPolicy } from '../types.ts';
import { index, lawfulDay, nextDate } from './checker.ts';

export function missedAdditions(input: ScheduleInput, out: ScheduleOutput, cal: WorkingCalendar, policy: SchedulerPolicy): string[] {
  const ix = index(input);
  const todayYear = Number(input.today.slice(0, 4));
  const visitsOf = new Map<string, ScheduleOutput['visits']>();
  const load = new Map<string, number>();
  for (const v of out.visits) {
    visitsOf.set(v.enterprise, [...(visitsOf.get(v.enterprise) ?? []), v]);
    for (const d of v.departments) load.set(`${d}|${v.date}`, (load.get(`${d}|${v.date}`) ?? 0) + 1);
  }
  const hasRoom = (d: string, date: string) => {
    const cap = ix.dept.get(d)?.capacityPerDay ?? null;
    return cap === null || (load.get(`${d}|${date}`) ?? 0) < cap;
  };
  const missed: string[] = [];
  for (const u of out.unscheduled) {
    const f = ix.fil.get(u.filing)!;
    const e = ix.ent.get(f.enterprise)!;
    const cap = policy.gradeOnsiteCaps[e.grade];
    if (cap === 0) continue;
    const visits = visitsOf.get(e.id) ?? [];
    const yearVisits = (year: number) => visits.filter((v) => Number(v.date.slice(0, 4)) === year).length + (year === todayYear ? e.onsiteVisitsThisYear : 0);
    const deptVisits = (year: number) =>
      visits.filter((v) => Number(v.date.slice(0, 4)) === year && v.filings.some((vf) => ix.fil.get(vf.id)!.department === f.department)).length +
      (year === todayYear ? (e.departmentVisitsThisYear[f.department] ?? 0) : 0);
    for (const v of e.optOut ? [] : visits) {
      if (v.date < f.from || v.date > f.to) continue;
      const year = Number(v.date.slice(0, 4));
      const counted = v.filings.some((vf) => ix.fil.get(vf.id)!.department === f.department);
      if (!counted && deptVisits(year) + 1 > policy.departmentOnsiteCap) continue;
      const present = v.departments.includes(f.department);
      const asOwner = present || (v.departments.length + 1 <= policy.maxDepartmentsPerJointVisit && hasRoom(f.department, v.date));
      const asDelegate = (f.delegableTo ?? []).some((x) => v.departments.includes(x));
      if (asOwner || asDelegate) missed.push(`${f.id} (${u.reason}) could join the visit of ${v.date}`);
    }
    for (let d = f.from; d <= f.to; d = nextDate(d)) {
      if (!lawfulDay(d, e.grade, input.today, cal, policy) || visits.some((v) => v.date === d)) continue;
      const year = Number(d.slice(0, 4));
      if (cap !== null && yearVisits(year) + 1 > cap) continue;
      if (deptVisits(year) + 1 > policy.departmentOnsiteCap || !hasRoom(f.department, d)) continue;
      missed.push(`${f.id} (${u.reason}) could have its own visit on ${d}`);
      break;
    }
  }
  return missed;
}

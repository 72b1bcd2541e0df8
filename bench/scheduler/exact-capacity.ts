/**
 * The exact optimum with capacity limits, by brute force, for tiny instances (a handful of
 * filings over two or three enterprises): every filing gets every lawful day of its window or
 * none; each complete assignment's visits then need entering departments (at most M, each with a
 * filing of its own there, delegable filings carried by one of them) whose teams fit each
 * department's capacity per day — searched over all visits together. Independent of the
 * scheduler's code (it shares only the day-by-day lawfulness test of the test checker).
 */
import type { WorkingCalendar } from '../../src/domain/calendar/types.ts';
import { lawfulDay, nextDate } from '../../src/domain/coordination/testing/checker.ts';
import type { ScheduleInput, SchedulerPolicy } from '../../src/domain/coordination/types.ts';

type Filing = ScheduleInput['filings'][number];

interface Visit {
  enterprise: string;
  date: string;
  filings: Filing[];
}

/** The entering sets that can carry all of a visit's filings. */
function carriers(v: Visit, max: number): string[][] {
  const owners = [...new Set(v.filings.map((f) => f.department))];
  const out: string[][] = [];
  for (let s = 1; s < 1 << owners.length; s++) {
    const set = owners.filter((_, k) => (s & (1 << k)) !== 0);
    if (set.length > max) continue;
    if (v.filings.every((f) => set.includes(f.department) || (f.delegableTo ?? []).some((x) => set.includes(x)))) out.push(set);
  }
  return out;
}

function capacityFits(visits: Visit[], input: ScheduleInput, max: number): boolean {
  const cap = new Map(input.departments.map((d) => [d.id, d.capacityPerDay]));
  const options = visits.map((v) => carriers(v, max));
  const load = new Map<string, number>();
  const rec = (k: number): boolean => {
    if (k === visits.length) return true;
    for (const set of options[k]) {
      const keys = set.map((d) => `${d}|${visits[k].date}`);
      if (set.some((d, j) => { const c = cap.get(d); return c !== null && c !== undefined && (load.get(keys[j]) ?? 0) + 1 > c; })) continue;
      for (const key of keys) load.set(key, (load.get(key) ?? 0) + 1);
      const ok = rec(k + 1);
      for (const key of keys) load.set(key, (load.get(key) ?? 0) - 1);
      if (ok) return true;
    }
    return false;
  };
  return rec(0);
}

export function exactWithCapacity(input: ScheduleInput, cal: WorkingCalendar, policy: SchedulerPolicy): { scheduled: number; visits: number } {
  const todayYear = Number(input.today.slice(0, 4));
  const ent = new Map(input.enterprises.map((e) => [e.id, e]));
  const filings = input.filings.filter((f) => policy.gradeOnsiteCaps[ent.get(f.enterprise)!.grade] !== 0);
  const days = filings.map((f) => {
    const out: string[] = [];
    for (let d = f.from; d <= f.to; d = nextDate(d)) if (lawfulDay(d, ent.get(f.enterprise)!.grade, input.today, cal, policy)) out.push(d);
    return out;
  });
  const groups = new Map<string, Visit>();
  let best = { scheduled: 0, visits: 0 };
  const count = (e: string, year: number, dept?: string) =>
    [...groups.values()].filter((v) => v.enterprise === e && Number(v.date.slice(0, 4)) === year && (dept === undefined || v.filings.some((f) => f.department === dept))).length;
  const rec = (i: number, scheduled: number): void => {
    const rest = scheduled + (filings.length - i);
    if (rest < best.scheduled || (rest === best.scheduled && groups.size >= best.visits && best.scheduled > 0)) return;
    if (i === filings.length) {
      const visits = [...groups.values()];
      if (visits.some((v) => carriers(v, policy.maxDepartmentsPerJointVisit).length === 0)) return;
      if (!capacityFits(visits, input, policy.maxDepartmentsPerJointVisit)) return;
      best = { scheduled, visits: groups.size };
      return;
    }
    const f = filings[i];
    const e = ent.get(f.enterprise)!;
    for (const d of days[i]) {
      const key = `${e.id}|${d}`;
      const group = groups.get(key);
      const year = Number(d.slice(0, 4));
      if (group && e.optOut) continue;
      const cap = policy.gradeOnsiteCaps[e.grade];
      if (!group && cap !== null && count(e.id, year) + (year === todayYear ? e.onsiteVisitsThisYear : 0) + 1 > cap) continue;
      const counted = group?.filings.some((g) => g.department === f.department) ?? false;
      if (!counted && count(e.id, year, f.department) + (year === todayYear ? (e.departmentVisitsThisYear[f.department] ?? 0) : 0) + 1 > policy.departmentOnsiteCap) continue;
      if (group) group.filings.push(f);
      else groups.set(key, { enterprise: e.id, date: d, filings: [f] });
      rec(i + 1, scheduled + 1);
      if (group) group.filings.pop();
      else groups.delete(key);
    }
    rec(i + 1, scheduled);
  };
  rec(0, 0);
  return best;
}

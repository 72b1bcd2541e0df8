/**
 * The exact optimum by brute force, for small instances without capacity limits: every filing is
 * given every lawful day of its window or none, visits are the (enterprise, day) groups, and each
 * complete assignment is checked against the rules directly (present departments by subset
 * enumeration). Enterprises are independent without capacity, so the optimum is summed over them.
 */
import type { WorkingCalendar } from '../../calendar/types.ts';
import type { ScheduleInput, SchedulerPolicy } from '../types.ts';
import { lawfulDay, nextDate } from './checker.ts';

type Filing = ScheduleInput['filings'][number];
type Enterprise = ScheduleInput['enterprises'][number];

/** Whether the filings can be carried out together by at most `max` departments, each with a filing of its own. */
export function carriable(filings: Filing[], max: number): boolean {
  const owners = [...new Set(filings.map((f) => f.department))];
  for (let s = 0; s < 1 << owners.length; s++) {
    const chosen = owners.filter((_, k) => (s & (1 << k)) !== 0);
    if (chosen.length > max) continue;
    if (filings.every((f) => chosen.includes(f.department) || (f.delegableTo ?? []).some((x) => chosen.includes(x)))) return true;
  }
  return false;
}

function solveEnterprise(e: Enterprise, filings: Filing[], today: string, cal: WorkingCalendar, policy: SchedulerPolicy): { scheduled: number; visits: number } {
  const cap = policy.gradeOnsiteCaps[e.grade];
  if (cap === 0) return { scheduled: 0, visits: 0 };
  const todayYear = Number(today.slice(0, 4));
  const days = filings.map((f) => {
    const out: string[] = [];
    for (let d = f.from; d <= f.to; d = nextDate(d)) if (lawfulDay(d, e.grade, today, cal, policy)) out.push(d);
    return out;
  });
  const n = filings.length;
  const at: (string | null)[] = new Array<string | null>(n).fill(null);
  const groups = new Map<string, Filing[]>();
  let best = { scheduled: 0, visits: 0 };
  const yearCount = (year: number) => [...groups.keys()].filter((d) => Number(d.slice(0, 4)) === year).length + (year === todayYear ? e.onsiteVisitsThisYear : 0);
  const deptCount = (dept: string, year: number) =>
    [...groups.entries()].filter(([d, fs]) => Number(d.slice(0, 4)) === year && fs.some((f) => f.department === dept)).length +
    (year === todayYear ? (e.departmentVisitsThisYear[dept] ?? 0) : 0);
  const rec = (i: number, scheduled: number): void => {
    const rest = scheduled + (n - i);
    if (rest < best.scheduled || (rest === best.scheduled && groups.size >= best.visits && best.scheduled > 0)) return;
    if (i === n) {
      for (const fs of groups.values()) if (!carriable(fs, policy.maxDepartmentsPerJointVisit)) return;
      best = { scheduled, visits: groups.size };
      return;
    }
    const f = filings[i];
    for (const d of days[i]) {
      const group = groups.get(d);
      const year = Number(d.slice(0, 4));
      if (group && e.optOut) continue;
      if (!group && cap !== null && yearCount(year) + 1 > cap) continue;
      if (!(group ?? []).some((g) => g.department === f.department) && deptCount(f.department, year) + 1 > policy.departmentOnsiteCap) continue;
      if (group) group.push(f);
      else groups.set(d, [f]);
      at[i] = d;
      rec(i + 1, scheduled + 1);
      at[i] = null;
      if (group) group.pop();
      else groups.delete(d);
    }
    rec(i + 1, scheduled);
  };
  rec(0, 0);
  return best;
}

export function bruteForce(input: ScheduleInput, cal: WorkingCalendar, policy: SchedulerPolicy): { scheduled: number; visits: number } {
  let scheduled = 0, visits = 0;
  for (const e of input.enterprises) {
    const r = solveEnterprise(e, input.filings.filter((f) => f.enterprise === e.id), input.today, cal, policy);
    scheduled += r.scheduled;
    visits += r.visits;
  }
  return { scheduled, visits };
}

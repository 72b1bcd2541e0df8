/**
 * An independent checker of a schedule against the rules, written apart from the scheduler: it
 * works day by day on date strings, straight from the calendar and the policy, and shares none of
 * the scheduler's code paths (no lawful-day axis, no caps helper, no cover search).
 */
import type { WorkingCalendar } from '../../calendar/types.ts';
import type { ScheduleInput, ScheduleOutput, SchedulerPolicy } from '../types.ts';

const REASONS = new Set(['GRADE_EXEMPT', 'GRADE_CAP', 'DEPARTMENT_CAP', 'NO_LAWFUL_DAY', 'CAPACITY', 'OPT_OUT']);

function lastDayOfMonth(date: string): number {
  const y = Number(date.slice(0, 4)), m = Number(date.slice(5, 7));
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function nextDate(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Whether an on-site inspection of a `grade` enterprise may take place on `date` (planning on `today`). */
export function lawfulDay(date: string, grade: 'A' | 'B' | 'C' | 'D', today: string, cal: WorkingCalendar, policy: SchedulerPolicy): boolean {
  if (date <= today || date > cal.range.to) return false;
  if (cal.isProvisional(Number(date.slice(0, 4)))) return false;
  if (!cal.isWorkingDay(date)) return false;
  if (cal.workingDaysBetween(today, date) < policy.noticeLeadWorkingDays) return false;
  const q = policy.quietPeriods[grade];
  if (q) {
    const dom = Number(date.slice(8, 10));
    if (dom >= q.startDay && dom <= (q.endDay ?? lastDayOfMonth(date))) return false;
  }
  return true;
}

export interface Indexed {
  ent: Map<string, ScheduleInput['enterprises'][number]>;
  dept: Map<string, ScheduleInput['departments'][number]>;
  fil: Map<string, ScheduleInput['filings'][number]>;
}

export function index(input: ScheduleInput): Indexed {
  return {
    ent: new Map(input.enterprises.map((e) => [e.id, e])),
    dept: new Map(input.departments.map((d) => [d.id, d])),
    fil: new Map(input.filings.map((f) => [f.id, f])),
  };
}

/** Every rule violation found in the output (empty = lawful and well-formed). */
export function violations(input: ScheduleInput, out: ScheduleOutput, cal: WorkingCalendar, policy: SchedulerPolicy): string[] {
  const bad: string[] = [];
  const ix = index(input);
  const seen = new Map<string, number>();
  const todayYear = Number(input.today.slice(0, 4));
  const perEntYear = new Map<string, number>();
  const perDeptYear = new Map<string, number>();
  const perEntDay = new Set<string>();
  const perDeptDay = new Map<string, number>();
  let joint = 0;
  for (const [k, v] of out.visits.entries()) {
    const at = `visits[${k}]`;
    const e = ix.ent.get(v.enterprise);
    if (!e) {
      bad.push(`${at}: unknown enterprise`);
      continue;
    }
    if (!lawfulDay(v.date, e.grade, input.today, cal, policy)) bad.push(`${at}: ${v.date} is not a lawful day for grade ${e.grade}`);
    if (policy.gradeOnsiteCaps[e.grade] === 0) bad.push(`${at}: exempt grade visited`);
    if (perEntDay.has(`${e.id}|${v.date}`)) bad.push(`${at}: second visit to ${e.id} on ${v.date}`);
    perEntDay.add(`${e.id}|${v.date}`);
    const carriers = new Map<string, number>();
    const owners = new Set<string>();
    let delegated = false;
    for (const vf of v.filings) {
      seen.set(vf.id, (seen.get(vf.id) ?? 0) + 1);
      const f = ix.fil.get(vf.id);
      if (!f) {
        bad.push(`${at}: unknown filing ${vf.id}`);
        continue;
      }
      if (f.enterprise !== e.id) bad.push(`${at}: filing ${f.id} belongs to ${f.enterprise}`);
      if (v.date < f.from || v.date > f.to) bad.push(`${at}: ${v.date} outside ${f.id}'s window`);
      if (vf.by !== f.department && !(f.delegableTo ?? []).includes(vf.by)) bad.push(`${at}: ${vf.by} may not carry ${f.id}`);
      if (vf.by !== f.department) delegated = true;
      owners.add(f.department);
      carriers.set(vf.by, (carriers.get(vf.by) ?? 0) + 1);
    }
    const present = [...carriers.keys()].sort();
    if (JSON.stringify(present) !== JSON.stringify(v.departments)) bad.push(`${at}: departments ${JSON.stringify(v.departments)} are not the carriers ${JSON.stringify(present)}`);
    if (present.length > policy.maxDepartmentsPerJointVisit) bad.push(`${at}: ${present.length} departments`);
    for (const d of present) {
      if (!v.filings.some((vf) => vf.by === d && ix.fil.get(vf.id)?.department === d)) bad.push(`${at}: ${d} enters without a filing of its own`);
    }
    const top = Math.max(...carriers.values());
    const lead = present.find((d) => carriers.get(d) === top);
    if (v.lead !== lead) bad.push(`${at}: lead ${v.lead}, expected ${lead}`);
    if (e.optOut && (v.filings.length !== 1 || delegated)) bad.push(`${at}: opt-out enterprise merged`);
    if (present.length > 1 || delegated) joint++;
    const year = Number(v.date.slice(0, 4));
    const ky = `${e.id}|${year}`;
    perEntYear.set(ky, (perEntYear.get(ky) ?? 0) + 1);
    for (const d of owners) perDeptYear.set(`${e.id}|${d}|${year}`, (perDeptYear.get(`${e.id}|${d}|${year}`) ?? 0) + 1);
    for (const d of present) perDeptDay.set(`${d}|${v.date}`, (perDeptDay.get(`${d}|${v.date}`) ?? 0) + 1);
  }
  for (const [ky, n] of perEntYear) {
    const [id, year] = ky.split('|');
    const e = ix.ent.get(id)!;
    const cap = policy.gradeOnsiteCaps[e.grade];
    const before = Number(year) === todayYear ? e.onsiteVisitsThisYear : 0;
    if (cap !== null && before + n > cap) bad.push(`grade cap: ${id} in ${year}: ${before} + ${n} > ${cap}`);
  }
  for (const [k, n] of perDeptYear) {
    const [id, d, year] = k.split('|');
    const before = Number(year) === todayYear ? (ix.ent.get(id)!.departmentVisitsThisYear[d] ?? 0) : 0;
    if (before + n > policy.departmentOnsiteCap) bad.push(`department cap: ${d} at ${id} in ${year}: ${before} + ${n}`);
  }
  for (const [k, n] of perDeptDay) {
    const [d, date] = k.split('|');
    const cap = ix.dept.get(d)?.capacityPerDay ?? null;
    if (cap !== null && n > cap) bad.push(`capacity: ${d} on ${date}: ${n} > ${cap}`);
  }
  for (const u of out.unscheduled) {
    seen.set(u.filing, (seen.get(u.filing) ?? 0) + 1);
    const f = ix.fil.get(u.filing);
    if (!f) {
      bad.push(`unscheduled: unknown filing ${u.filing}`);
      continue;
    }
    if (!REASONS.has(u.reason)) bad.push(`unscheduled ${f.id}: reason ${u.reason}`);
    if (!u.message.zh || !u.message.en) bad.push(`unscheduled ${f.id}: empty message`);
    const e = ix.ent.get(f.enterprise)!;
    if (u.reason === 'GRADE_EXEMPT' && policy.gradeOnsiteCaps[e.grade] !== 0) bad.push(`unscheduled ${f.id}: not an exempt grade`);
    if (u.reason === 'OPT_OUT' && !e.optOut) bad.push(`unscheduled ${f.id}: OPT_OUT but no opt-out`);
    if (u.reason === 'CAPACITY' && input.departments.every((d) => d.capacityPerDay === null)) bad.push(`unscheduled ${f.id}: CAPACITY without limits`);
    if (u.reason === 'NO_LAWFUL_DAY') {
      for (let d = f.from; d <= f.to; d = nextDate(d)) {
        if (lawfulDay(d, e.grade, input.today, cal, policy) && !perEntDay.has(`${e.id}|${d}`)) {
          bad.push(`unscheduled ${f.id}: NO_LAWFUL_DAY but ${d} is lawful and free`);
          break;
        }
      }
    }
  }
  for (const f of input.filings) if (seen.get(f.id) !== 1) bad.push(`filing ${f.id} appears ${seen.get(f.id) ?? 0} times`);
  const s = out.stats;
  const scheduled = out.visits.reduce((a, v) => a + v.filings.length, 0);
  if (s.filings !== input.filings.length || s.scheduled !== scheduled || s.visits !== out.visits.length) bad.push(`stats ${JSON.stringify(s)}`);
  if (s.lowerBound > s.visits || s.lowerBound < 0) bad.push(`lowerBound ${s.lowerBound} vs visits ${s.visits}`);
  const rate = out.visits.length === 0 ? 0 : Math.round((joint / out.visits.length) * 10000) / 10000;
  if (Math.abs(rate - s.jointRate) > 1e-9) bad.push(`jointRate ${s.jointRate}, expected ${rate}`);
  return bad;
}

/**
 * The demo county's inspection history as plain data (no database): last year's and this year's
 * on-site visits (single, joint — a lead filing and members — and visits with delegated items),
 * off-site checks, relative to `today`. Deterministic for a given seed and day.
 *
 * Every visit is planned so that the rules hold (checked again by test/integration/seed-demo.test.ts
 * with the real rule engine): only catalog items of the department or delegated ones (R1, R12); a
 * campaign basis (R2); filed, approved and accepted before the day with the notice at least five
 * working days ahead (R3, R9); at most one visit a year by a department (R4 allows two) and the grade
 * caps (R5: A none, B one, C two; D at most three here); working days before the quiet period (R6);
 * no on-site visit of items an off-site check passed (R8: off-site checks only where no department
 * visits on site); two or three qualified inspectors (R13); visits of one enterprise 31+ days apart
 * (R11's merge window).
 */
import type { WorkingCalendar } from '../../../domain/calendar/index.ts';
import { createRng, type Rng } from './random.ts';
import type { DemoDepartment, DemoInspectionItem, DemoInspector, IndustryCode, SupervisionGrade } from './types.ts';

export interface HistoryEnterprise {
  uscc: string;
  grade: SupervisionGrade;
  industry: IndustryCode;
}

export interface PlannedFiling {
  department: string;
  items: { code: string; owner: string; delegated: boolean }[];
  inspectors: DemoInspector[];
}

export interface PlannedVisit {
  uscc: string;
  mode: 'onsite' | 'offsite';
  date: string;
  /** Filed (submitted), approved by the head, accepted with the notice. */
  filedOn: string;
  approvedOn: string;
  noticeOn: string;
  /** The lead filing first; the others join it (a joint visit). */
  filings: PlannedFiling[];
  outcome: 'none' | 'problems';
  /** Off-site only: how it was checked and what came out. */
  offsite?: { source: 'data' | 'sensor' | 'written'; result: 'pass' | 'violation' };
}

export interface PlannedCheck {
  uscc: string;
  department: string;
  items: string[];
  date: string;
  source: 'data' | 'sensor' | 'written';
  result: 'pass' | 'violation';
}

export interface HistoryPlan {
  visits: PlannedVisit[];
  checks: PlannedCheck[];
  /** Delegable-item library (R12): item code → delegate department. */
  delegations: { item: string; delegate: string }[];
}

export interface HistoryOptions {
  today: string;
  /** First day a policy is in force: no visit before it. */
  start: string;
  calendar: WorkingCalendar;
  enterprises: readonly HistoryEnterprise[];
  departments: readonly DemoDepartment[];
  /** Enterprises left out (the demo accounts get a hand-made history). */
  reserved: ReadonlySet<string>;
  seed: number;
}

/** Per 3000 enterprises (scaled down for smaller demo counties). */
export const HISTORY_VOLUME = {
  last: { onsite: 320, offsite: 75, checks: 60, joint: 0.59 },
  this: { onsite: 210, offsite: 110, checks: 90, joint: 0.67 },
} as const;

const DELEGATE = 'zhzf';
export const GRADE_VISITS: Record<SupervisionGrade, number> = { A: 0, B: 1, C: 2, D: 3 };
/** Last day of the month before the quiet period (R6: B from the 11th, C and D from the 21st). */
export const LAST_CALM_DAY: Record<SupervisionGrade, number> = { A: 10, B: 10, C: 20, D: 20 };
const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
const shiftYear = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace('-02-29', '-02-28');
function shuffle<T>(rng: Rng, items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
const dayNo = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** Inspectors of the department qualified on the date: certificate valid, training current (R13). */
export function qualifiedOn(d: DemoDepartment, date: string): DemoInspector[] {
  return d.inspectors.filter((i) => i.certificateValidUntil >= date && i.trainings.some((t) => shiftYear(t.date, 1) >= date));
}

/** Items made for the enterprise's industry first, then those for any enterprise. */
export function byRelevance<T extends DemoInspectionItem>(items: readonly T[], e: HistoryEnterprise, order: (list: T[]) => T[] = (l) => l): T[] {
  return [...order(items.filter((i) => i.industries.includes(e.industry))), ...order(items.filter((i) => !i.industries.includes(e.industry)))];
}

export const fits = (item: DemoInspectionItem, e: HistoryEnterprise, mode: 'onsite' | 'offsite') =>
  item.modes.includes(mode) && (item.industries.length === 0 || item.industries.includes(e.industry));

export function planHistory(o: HistoryOptions): HistoryPlan {
  const rng = createRng(`history:${o.seed}:${o.today}`);
  const byCode = new Map(o.departments.map((d) => [d.code, d]));
  const delegations = o.departments
    .filter((d) => d.code !== DELEGATE)
    .flatMap((d) => d.items.filter((i) => i.delegable && i.modes.includes('onsite')).map((i) => ({ item: i.code, delegate: DELEGATE, owner: d.code, def: i })));
  const scale = Math.min(1, o.enterprises.length / 3000);
  const pool = o.enterprises.filter((e) => !o.reserved.has(e.uscc));
  const onsitePool = pool.filter((e) => GRADE_VISITS[e.grade] > 0);
  const taken = new Map<string, { dates: string[]; departments: Set<string> }>();
  const onsitePairs = new Set<string>();
  /** Enterprise and department pairs with an off-site check: no on-site visit of theirs follows (R8). */
  const offsitePairs = new Set<string>();
  const visits: PlannedVisit[] = [];
  const checks: PlannedCheck[] = [];
  const thisYear = Number(o.today.slice(0, 4));

  const schedule = (date: string, lead = 6 + rng.between(0, 4)) => {
    const noticeOn = o.calendar.subtractWorkingDays(date, lead);
    const approvedOn = o.calendar.subtractWorkingDays(noticeOn, rng.between(1, 2));
    return { filedOn: o.calendar.subtractWorkingDays(approvedOn, rng.between(1, 2)), approvedOn, noticeOn };
  };
  const team = (d: DemoDepartment, date: string) => {
    const q = qualifiedOn(d, date);
    return q.length < 2 ? null : shuffle(rng, q).slice(0, rng.chance(0.25) && q.length > 2 ? 3 : 2);
  };
  const pickItems = (d: DemoDepartment, e: HistoryEnterprise, mode: 'onsite' | 'offsite') => {
    const fitting = byRelevance(d.items.filter((i) => fits(i, e, mode)), e, (list) => shuffle(rng, list));
    return fitting.length === 0 ? [] : fitting.slice(0, rng.between(1, Math.min(3, fitting.length)));
  };
  /** A working day of the month, on or after `from`, before `before`, outside the grade's quiet period. */
  const dayIn = (year: number, month: number, grade: SupervisionGrade, from: string, before: string): string | null => {
    const days: string[] = [];
    for (let d = 1; d <= LAST_CALM_DAY[grade]; d++) {
      const date = iso(year, month, d);
      if (date >= from && date < before && o.calendar.isWorkingDay(date)) days.push(date);
    }
    return days.length ? rng.pick(days) : null;
  };

  for (const year of [thisYear - 1, thisYear]) {
    const volume = year === thisYear ? HISTORY_VOLUME.this : HISTORY_VOLUME.last;
    const from = [`${year}-01-01`, o.start].sort()[1];
    const before = year === thisYear ? o.today : `${year + 1}-01-01`;
    if (from >= before) continue;
    const months: number[] = [];
    for (let m = Number(from.slice(5, 7)); m <= (year === thisYear ? Number(o.today.slice(5, 7)) : 12); m++) months.push(m);
    const target = Math.round(volume.onsite * scale);
    for (let n = 0; n < target; n++) {
      const month = months[n % months.length];
      for (let attempt = 0; attempt < 25; attempt++) {
        const e = rng.pick(onsitePool);
        const date = e && dayIn(year, month, e.grade, from, before);
        if (!e || !date) continue;
        const key = `${e.uscc}:${year}`;
        const seen = taken.get(key) ?? { dates: [], departments: new Set<string>() };
        if (seen.dates.length >= GRADE_VISITS[e.grade] || seen.dates.some((d) => Math.abs(dayNo(d) - dayNo(date)) <= 31)) continue;
        const visit = planVisit(e, date, rng.chance(volume.joint), seen.departments);
        if (!visit) continue;
        seen.dates.push(date);
        for (const f of visit.filings) for (const d of [f.department, ...f.items.map((i) => i.owner)]) seen.departments.add(d);
        for (const d of seen.departments) onsitePairs.add(`${e.uscc}:${d}`);
        taken.set(key, seen);
        visits.push(visit);
        break;
      }
    }
    // Off-site: filed off-site checks (no notice, no code) and checks recorded from data alone.
    const offsiteTotal = Math.round(volume.offsite * scale) + Math.round(volume.checks * scale);
    for (let n = 0; n < offsiteTotal; n++) {
      const filed = n < Math.round(volume.offsite * scale);
      for (let attempt = 0; attempt < 25; attempt++) {
        const e = rng.pick(pool);
        const d = rng.pick(o.departments);
        if (!e || !d || onsitePairs.has(`${e.uscc}:${d.code}`)) continue;
        const items = pickItems(d, e, 'offsite');
        const month = months[n % months.length];
        const date = dayIn(year, month, 'D', from, before) ?? dayIn(year, month, 'A', from, before);
        if (items.length === 0 || !date) continue;
        const source = rng.pick(['data', 'data', 'sensor', 'written'] as const);
        const result = rng.chance(0.12) ? 'violation' : 'pass';
        onsitePairs.add(`${e.uscc}:${d.code}`); // one off-site check per department and enterprise
        offsitePairs.add(`${e.uscc}:${d.code}`);
        if (filed) {
          const inspectors = team(d, date);
          if (!inspectors) continue;
          visits.push({ uscc: e.uscc, mode: 'offsite', date, ...schedule(date, rng.between(1, 3)), filings: [{ department: d.code, items: items.map((i) => ({ code: i.code, owner: d.code, delegated: false })), inspectors }], outcome: result === 'pass' ? 'none' : 'problems', offsite: { source, result } });
        } else {
          checks.push({ uscc: e.uscc, department: d.code, items: items.map((i) => i.code), date, source, result });
        }
        break;
      }
    }
  }

  function planVisit(e: HistoryEnterprise, date: string, joint: boolean, visited: ReadonlySet<string>): PlannedVisit | null {
    const open = o.departments.filter((d) => !visited.has(d.code) && !offsitePairs.has(`${e.uscc}:${d.code}`) && d.items.some((i) => fits(i, e, 'onsite')) && qualifiedOn(d, date).length >= 2);
    if (open.length === 0) return null;
    const filings: PlannedFiling[] = [];
    const add = (d: DemoDepartment, extra: PlannedFiling['items'] = []) => {
      const inspectors = team(d, date);
      const items = pickItems(d, e, 'onsite');
      if (!inspectors || items.length === 0) return false;
      filings.push({ department: d.code, items: [...items.map((i) => ({ code: i.code, owner: d.code, delegated: false })), ...extra], inspectors });
      return true;
    };
    const delegated = joint && rng.chance(0.2) && !visited.has(DELEGATE) && !offsitePairs.has(`${e.uscc}:${DELEGATE}`) && byCode.has(DELEGATE);
    if (delegated) {
      const lent = shuffle(rng, delegations.filter((x) => !visited.has(x.owner) && !offsitePairs.has(`${e.uscc}:${x.owner}`) && fits(x.def, e, 'onsite'))).slice(0, 1);
      if (lent.length === 0 || !add(byCode.get(DELEGATE)!, lent.map((x) => ({ code: x.item, owner: x.owner, delegated: true })))) return null;
    } else {
      const chosen = shuffle(rng, open).slice(0, joint ? rng.pick([2, 2, 2, 3, 3, 4]) : 1);
      for (const d of chosen) add(d);
      if (filings.length === 0 || (joint && filings.length < 2)) return null;
    }
    return { uscc: e.uscc, mode: 'onsite', date, ...schedule(date), filings, outcome: rng.chance(0.2) ? 'problems' : 'none' };
  }

  visits.sort((a, b) => a.date.localeCompare(b.date) || a.uscc.localeCompare(b.uscc));
  return { visits, checks, delegations: delegations.map(({ item, delegate }) => ({ item, delegate })) };
}

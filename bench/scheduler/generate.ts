/**
 * Realistic scheduler instances, from one county to a province, from a seed.
 *
 * Shape (Yunhe-like, 云政办发〔2025〕24号 and the demo county): grade mix A 10 % / B 35 % / C 45 % /
 * D 10 %; about 20 enforcement departments whose filing volumes fall off like a Zipf law (market
 * regulation, emergency management, fire, ecology and environment file most); each department
 * files a window of 1–3 months, mostly starting on the 1st of a month (quarterly and monthly
 * plans), some on any day; bigger enterprises draw more filings; a fifth of the filings are simple
 * items other departments may carry out (the delegable-item library); 2 % of enterprises opt out
 * of merging; a fraction already had visits this year. Capacity per department and working day is
 * optional: "none", or "tight" (about the department's average daily need, so it binds at peaks).
 */
import { mulberry32 } from '../../src/domain/coordination/testing/instances.ts';
import type { Grade, ScheduleEnterprise, ScheduleFiling, ScheduleInput } from '../../src/domain/coordination/types.ts';

export interface GeneratorOptions {
  filings: number;
  /** Default: filings / 10. */
  enterprises?: number;
  departments?: number;
  seed?: number;
  /** The planning day (default 2026-03-02); windows start in the following ten months. */
  today?: string;
  capacity?: 'none' | 'tight';
}

const DEPARTMENT_NAMES = ['SCJG', 'YJGL', 'XF', 'STHJ', 'ZJ', 'JT', 'WSJK', 'RLSB', 'NYNC', 'SL', 'ZRZY', 'WLGT', 'SW', 'GA', 'JY', 'MZ', 'LY', 'TJ', 'YB', 'DL'];

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Day number → 'YYYY-MM-DD' (UTC arithmetic, no time zone). */
function iso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

function dayNumber(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
}

export function generateInstance(o: GeneratorOptions): ScheduleInput {
  const r = mulberry32(o.seed ?? 1);
  const n = o.filings;
  const E = o.enterprises ?? Math.max(1, Math.round(n / 10));
  const D = o.departments ?? 20;
  const today = o.today ?? '2026-03-02';
  const t0 = dayNumber(today);
  const departments = Array.from({ length: D }, (_, k) => ({ id: k < DEPARTMENT_NAMES.length ? DEPARTMENT_NAMES[k] : `DEPT${pad(k, 3)}`, capacityPerDay: null as number | null }));
  // Zipf-like department weights, cumulative
  const weight = departments.map((_, k) => 1 / (k + 1) ** 0.8);
  const total = weight.reduce((a, b) => a + b, 0);
  const cumulative: number[] = [];
  weight.reduce((acc, w) => (cumulative.push((acc + w) / total), acc + w), 0);
  const pickDept = (): number => {
    const x = r();
    let k = 0;
    while (k < D - 1 && cumulative[k] < x) k++;
    return k;
  };
  const gradeOf = (x: number): Grade => (x < 0.1 ? 'A' : x < 0.45 ? 'B' : x < 0.9 ? 'C' : 'D');
  const enterprises: ScheduleEnterprise[] = [];
  const size = new Float64Array(E);
  let sizeTotal = 0;
  for (let e = 0; e < E; e++) {
    const made = r() < 0.7 ? 0 : r() < 0.85 ? 1 : 2;
    const dv: Record<string, number> = {};
    for (let k = 0; k < made; k++) dv[departments[pickDept()].id] = (dv[departments[pickDept()].id] ?? 0) + 1;
    enterprises.push({ id: `E${pad(e, 7)}`, grade: gradeOf(r()), onsiteVisitsThisYear: made, departmentVisitsThisYear: dv, optOut: r() < 0.02 });
    size[e] = Math.exp(r() * 2.5); // heavy-tailed enterprise size: big firms draw more filings
    sizeTotal += size[e];
  }
  // cumulative size for drawing an enterprise per filing
  const cumSize = new Float64Array(E);
  let acc = 0;
  for (let e = 0; e < E; e++) cumSize[e] = (acc += size[e]) / sizeTotal;
  const pickEnt = (): number => {
    const x = r();
    let lo = 0, hi = E - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumSize[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const filings: ScheduleFiling[] = new Array<ScheduleFiling>(n);
  const perDeptDays = new Float64Array(D);
  const [y0, m0] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
  for (let i = 0; i < n; i++) {
    const d = pickDept();
    const month = Math.floor(r() * 10); // months after the planning month
    const y = y0 + Math.floor((m0 - 1 + month) / 12), m = ((m0 - 1 + month) % 12) + 1;
    let from = dayNumber(`${y}-${pad(m, 2)}-01`);
    if (r() < 0.3) from += Math.floor(r() * 20);
    if (from <= t0) from = t0 + 1;
    const length = Math.round(30 + r() * 60); // 1–3 months
    const f: ScheduleFiling = { id: `F${pad(i, 8)}`, enterprise: enterprises[pickEnt()].id, department: departments[d].id, from: iso(from), to: iso(from + length - 1) };
    if (r() < 0.2) {
      const others = new Set<string>();
      const k = 1 + Math.floor(r() * 3);
      for (let j = 0; j < k; j++) {
        const x = pickDept();
        if (x !== d) others.add(departments[x].id);
      }
      if (others.size > 0) f.delegableTo = [...others];
    }
    filings[i] = f;
    perDeptDays[d] += 1;
  }
  if (o.capacity === 'tight') {
    // about 200 working days in the ten months; ~2 filings per visit; capacity ≈ the average need
    for (let k = 0; k < D; k++) departments[k].capacityPerDay = Math.max(1, Math.round(perDeptDays[k] / 2 / 200));
  }
  return { today, enterprises, departments, filings };
}

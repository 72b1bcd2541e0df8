/**
 * Small random instances for the property and brute-force tests, from a seed (so a failure is
 * reproducible by its seed). Planning days sit next to holidays with make-up workdays, at New
 * Year (caps per calendar year) and before a year whose holiday arrangement is not yet known.
 */
import { YUNHE_2025 } from '../../policy/index.ts';
import type { Grade, ScheduleInput, SchedulerPolicy } from '../types.ts';

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TODAYS = ['2025-09-26', '2025-09-15', '2025-12-19', '2025-12-26', '2026-01-05', '2026-02-02', '2026-04-27', '2026-09-21', '2026-12-21', '2025-10-27'];

function addDays(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export interface InstanceOptions {
  enterprises: number;
  filings: number;
  maxWindow: number;
  withCapacity: boolean;
  /** Grades to draw from (default a mix of all four). */
  grades?: Grade[];
  /** Windows start up to this many days after today (default 25): smaller means more overlap. */
  spread?: number;
}

export function randomInstance(seed: number, o: InstanceOptions): { input: ScheduleInput; policy: SchedulerPolicy } {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
  const policy: SchedulerPolicy = {
    ...YUNHE_2025,
    maxDepartmentsPerJointVisit: pick([1, 2, 2, 3, 5]),
    departmentOnsiteCap: pick([1, 2, 2]),
    noticeLeadWorkingDays: pick([0, 2, 5, 5]),
    gradeOnsiteCaps: { A: 0, B: pick([1, 1, 2]), C: 2, D: pick([null, null, 3]) },
  };
  const today = pick(TODAYS);
  const nd = int(2, 4);
  const departments = Array.from({ length: nd }, (_, k) => ({
    id: `D${k + 1}`,
    capacityPerDay: o.withCapacity && r() < 0.6 ? int(0, 2) : null,
  }));
  const ne = int(1, o.enterprises);
  const enterprises = Array.from({ length: ne }, (_, k) => {
    const dv: Record<string, number> = {};
    for (const d of departments) if (r() < 0.25) dv[d.id] = int(0, 2);
    return {
      id: `E${k + 1}`,
      grade: pick<Grade>(o.grades ?? ['A', 'B', 'B', 'C', 'C', 'C', 'D', 'D']),
      onsiteVisitsThisYear: r() < 0.7 ? 0 : int(1, 2),
      departmentVisitsThisYear: dv,
      optOut: r() < 0.15,
    };
  });
  const nf = int(0, o.filings);
  const filings = Array.from({ length: nf }, (_, k) => {
    const dept = pick(departments).id;
    const from = addDays(today, int(-3, o.spread ?? 25));
    const others = departments.map((d) => d.id).filter((d) => d !== dept && r() < 0.3);
    return {
      id: `F${k + 1}`,
      enterprise: pick(enterprises).id,
      department: dept,
      from,
      to: addDays(from, int(0, o.maxWindow)),
      ...(others.length > 0 ? { delegableTo: others } : {}),
    };
  });
  return { input: { today, enterprises, departments, filings }, policy };
}

/**
 * Visits left per calendar year. The counts in the input are for the year of `today`; later years
 * start from zero (years are calendar years, by the inspection day — SPEC).
 */
import { NO_CAP } from './local.ts';
import type { SchedulerPolicy } from './types.ts';
import { GRADE_LETTERS, type PlanInput } from './validate.ts';

export class Caps {
  constructor(
    private readonly prep: PlanInput,
    private readonly policy: SchedulerPolicy,
  ) {}

  /** The policy's cap for the enterprise's grade: 0 exempt, null none. */
  gradeCap(e: number): number | null {
    return this.policy.gradeOnsiteCaps[GRADE_LETTERS[this.prep.entGrade[e]]];
  }

  /** On-site visits the enterprise may still receive in year index y (NO_CAP when uncapped). */
  gradeLeft(e: number, y: number): number {
    const cap = this.gradeCap(e);
    if (cap === null) return NO_CAP;
    return Math.max(0, y === 0 ? cap - this.prep.entOnsite[e] : cap);
  }

  deptVisits(e: number, d: number): number {
    const p = this.prep;
    for (let k = p.entDvStart[e]; k < p.entDvStart[e + 1]; k++) if (p.entDvDept[k] === d) return p.entDvCount[k];
    return 0;
  }

  /** On-site inspections department d may still make at the enterprise in year index y. */
  deptLeft(e: number, d: number, y: number): number {
    const cap = this.policy.departmentOnsiteCap;
    return Math.max(0, y === 0 ? cap - this.deptVisits(e, d) : cap);
  }
}

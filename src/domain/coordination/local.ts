/**
 * One enterprise's planning problem, on the axis of its grade's lawful days. The filings are
 * intervals [lo, hi] of lawful-day ranks (already clipped to years in which both the enterprise
 * and the department have visits left); a plan groups them into visits, one day each.
 * The scratch arrays are reused from enterprise to enterprise: no per-filing objects.
 */
import type { GradeAxis } from './axis.ts';
import type { Coverer } from './cover.ts';

/** "No cap" as an integer. */
export const NO_CAP = 1 << 29;

export class LocalProblem {
  n = 0;
  /** Global filing index, interval, local department, "owner must enter" (no delegate among the owners here). */
  gi = new Int32Array(16);
  lo = new Int32Array(16);
  hi = new Int32Array(16);
  ld = new Int32Array(16);
  forced = new Uint8Array(16);
  /** Per filing: local departments (bits) that may carry it for its owner; 0 when more than 30 departments. */
  delMask = new Int32Array(16);
  /** Local department → global department. */
  m = 0;
  gdept = new Int32Array(16);
  /** Visits left per year index (grade, R5) and per (local department, year) (R4). */
  years = 1;
  gc = new Int32Array(4);
  dc = new Int32Array(64);
  maxDepartments = 5;
  optOut = false;
  hasDelegation = false;
  axis!: GradeAxis;

  constructor(readonly coverer: Coverer) {}

  reset(n: number, years: number): void {
    this.n = n;
    this.years = years;
    if (this.gi.length < n) {
      const size = Math.max(n, this.gi.length * 2);
      this.gi = new Int32Array(size);
      this.lo = new Int32Array(size);
      this.hi = new Int32Array(size);
      this.ld = new Int32Array(size);
      this.forced = new Uint8Array(size);
      this.delMask = new Int32Array(size);
    }
    if (this.gc.length < years) this.gc = new Int32Array(years * 2);
  }

  setDepartments(m: number): void {
    this.m = m;
    if (this.gdept.length < m) this.gdept = new Int32Array(m * 2);
    if (this.dc.length < m * this.years) this.dc = new Int32Array(m * this.years * 2);
  }

  /** Sort the filings by (lo, hi, global index). */
  sortByStart(): void {
    const n = this.n;
    const { gi, lo, hi, ld, forced, delMask } = this;
    for (let i = 1; i < n; i++) {
      const a = gi[i], b = lo[i], c = hi[i], d = ld[i], e = forced[i], x = delMask[i];
      let j = i - 1;
      while (j >= 0 && (lo[j] > b || (lo[j] === b && (hi[j] > c || (hi[j] === c && gi[j] > a))))) {
        gi[j + 1] = gi[j]; lo[j + 1] = lo[j]; hi[j + 1] = hi[j]; ld[j + 1] = ld[j]; forced[j + 1] = forced[j]; delMask[j + 1] = delMask[j];
        j--;
      }
      gi[j + 1] = a; lo[j + 1] = b; hi[j + 1] = c; ld[j + 1] = d; forced[j + 1] = e; delMask[j + 1] = x;
    }
  }

  /** Make this problem the filings `keep[0..count)` (local indices of src, in src's order) of src. */
  copySubset(src: LocalProblem, keep: Int32Array, count: number): void {
    this.reset(count, src.years);
    this.axis = src.axis;
    this.optOut = src.optOut;
    this.maxDepartments = src.maxDepartments;
    this.hasDelegation = src.hasDelegation;
    for (let k = 0; k < count; k++) {
      const i = keep[k];
      this.gi[k] = src.gi[i]; this.lo[k] = src.lo[i]; this.hi[k] = src.hi[i];
      this.ld[k] = src.ld[i]; this.forced[k] = src.forced[i]; this.delMask[k] = src.delMask[i];
    }
    this.setDepartments(src.m);
    this.gdept.set(src.gdept.subarray(0, src.m));
    this.gc.set(src.gc.subarray(0, src.years));
    this.dc.set(src.dc.subarray(0, src.m * src.years));
  }
}

/**
 * A plan for one enterprise: group g has day rank gDay[g] (days distinct); assign[i] is the
 * group of filing i (local index) or -1.
 */
export class LocalPlan {
  groups = 0;
  gDay = new Int32Array(16);
  assign = new Int32Array(16);
  scheduled = 0;

  /** Room for n filings and n groups; keeps the contents. */
  ensure(n: number): void {
    if (this.assign.length < n) {
      const a = new Int32Array(Math.max(n, this.assign.length * 2));
      a.set(this.assign);
      this.assign = a;
    }
    if (this.gDay.length < n) {
      const d = new Int32Array(Math.max(n, this.gDay.length * 2));
      d.set(this.gDay);
      this.gDay = d;
    }
  }

  copyFrom(o: LocalPlan, n: number): void {
    this.ensure(n);
    this.groups = o.groups;
    this.scheduled = o.scheduled;
    this.gDay.set(o.gDay.subarray(0, o.groups));
    this.assign.set(o.assign.subarray(0, n));
  }

  /** (scheduled, -groups) lexicographic comparison: > 0 when this plan is better. */
  compare(o: LocalPlan): number {
    if (this.scheduled !== o.scheduled) return this.scheduled - o.scheduled;
    return o.groups - this.groups;
  }
}

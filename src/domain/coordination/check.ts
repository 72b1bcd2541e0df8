/**
 * Checks of a local plan against every rule except capacity: grade caps per year (R5, a visit
 * counts once), department caps per year (R4, once per department whose filing is in the visit,
 * delegated or not), the maximum of departments entering per visit, opt-out (one filing per
 * visit), and one visit per enterprise per day. Plus earliest-day placement of visits.
 */
import type { LocalPlan, LocalProblem } from './local.ts';

export class PlanTools {
  /** Group lists: filings (global index) of group g are buf[start[g] .. start[g+1]). */
  buf = new Int32Array(64);
  members = new Int32Array(64);
  start = new Int32Array(65);
  carriers = new Int32Array(64);
  gradeCount = new Int32Array(8);
  deptCount = new Int32Array(256);
  private stamp = new Int32Array(64);
  private tick = 0;
  private order = new Int32Array(64);
  private avail = new Int32Array(64);

  private grow(n: number, groups: number, p: LocalProblem): void {
    if (this.buf.length < n + 1) {
      const size = Math.max(n + 1, this.buf.length * 2);
      this.buf = new Int32Array(size);
      this.members = new Int32Array(size);
      this.carriers = new Int32Array(size);
    }
    if (this.start.length < groups + 2) this.start = new Int32Array(Math.max(groups + 2, this.start.length * 2));
    if (this.order.length < groups + 1) {
      this.order = new Int32Array(Math.max(groups + 1, this.order.length * 2));
      this.avail = new Int32Array(this.order.length);
    }
    if (this.gradeCount.length < p.years) this.gradeCount = new Int32Array(p.years * 2);
    if (this.deptCount.length < p.m * p.years) this.deptCount = new Int32Array(p.m * p.years * 2);
    if (this.stamp.length < p.m) this.stamp = new Int32Array(p.m * 2);
  }

  /** Fill the group lists from plan.assign (members in local order). */
  lists(p: LocalProblem, plan: LocalPlan): void {
    this.grow(p.n, plan.groups, p);
    const { start, buf, members } = this;
    start.fill(0, 0, plan.groups + 1);
    for (let i = 0; i < p.n; i++) if (plan.assign[i] >= 0) start[plan.assign[i] + 1]++;
    for (let g = 0; g < plan.groups; g++) start[g + 1] += start[g];
    const fill = this.order;
    for (let g = 0; g < plan.groups; g++) fill[g] = start[g];
    for (let i = 0; i < p.n; i++) {
      const g = plan.assign[i];
      if (g < 0) continue;
      buf[fill[g]] = p.gi[i];
      members[fill[g]++] = i;
    }
  }

  /** Count visits per year and per (department, year); group g's year is yearOf[g]. */
  count(p: LocalProblem, plan: LocalPlan, yearOf: (g: number) => number): void {
    const Y = p.years;
    this.gradeCount.fill(0, 0, Y);
    this.deptCount.fill(0, 0, p.m * Y);
    for (let g = 0; g < plan.groups; g++) {
      if (this.start[g + 1] === this.start[g]) continue;
      const y = yearOf(g);
      this.gradeCount[y]++;
      const t = ++this.tick;
      for (let k = this.start[g]; k < this.start[g + 1]; k++) {
        const d = p.ld[this.members[k]];
        if (this.stamp[d] !== t) {
          this.stamp[d] = t;
          this.deptCount[d * Y + y]++;
        }
      }
    }
  }

  countsWithinCaps(p: LocalProblem): boolean {
    const Y = p.years;
    for (let y = 0; y < Y; y++) if (this.gradeCount[y] > p.gc[y]) return false;
    for (let k = 0; k < p.m * Y; k++) if (this.deptCount[k] > p.dc[k]) return false;
    return true;
  }

  /** Whether every group can be carried out whole within the departments-per-visit maximum. */
  coverable(p: LocalProblem, plan: LocalPlan): boolean {
    for (let g = 0; g < plan.groups; g++) {
      const s = this.start[g], len = this.start[g + 1] - s;
      if (len === 0) continue;
      if (p.optOut && len > 1) return false;
      if (len <= p.maxDepartments) continue;
      // every owner entering carries everything: enough unless there are more owners than M
      if (this.owners(p, s, len) <= p.maxDepartments) continue;
      if (!p.hasDelegation || !p.coverer.canCarryAll(this.buf, s, len, p.maxDepartments)) return false;
    }
    return true;
  }

  /** Distinct owners of the filings members[s .. s+len). */
  owners(p: LocalProblem, s: number, len: number): number {
    const t = ++this.tick;
    let owners = 0;
    for (let k = s; k < s + len; k++) {
      const d = p.ld[this.members[k]];
      if (this.stamp[d] !== t) {
        this.stamp[d] = t;
        owners++;
      }
    }
    return owners;
  }

  /**
   * Keep the visit days, but let each department use as few of them as it can (R4): for each
   * department, by window end, a filing not yet placed goes to the latest visit day inside its
   * window, and the department's other filings containing that day follow it there.
   */
  assignByDepartment(p: LocalProblem, plan: LocalPlan): void {
    this.grow(p.n, plan.groups, p);
    const order = this.members; // scratch: filings by (department, window end)
    let n = 0;
    for (let i = 0; i < p.n; i++) if (plan.assign[i] >= 0) order[n++] = i;
    order.subarray(0, n).sort((a, b) => p.ld[a] - p.ld[b] || p.hi[a] - p.hi[b] || a - b);
    for (let k = 0; k < n; k++) plan.assign[order[k]] = -2; // to place
    for (let k = 0; k < n; k++) {
      const i = order[k];
      if (plan.assign[i] !== -2) continue;
      let g = -1;
      for (let h = 0; h < plan.groups; h++) {
        const day = plan.gDay[h];
        if (day >= p.lo[i] && day <= p.hi[i] && (g < 0 || day > plan.gDay[g])) g = h;
      }
      for (let j = k; j < n && p.ld[order[j]] === p.ld[i]; j++) {
        const f = order[j];
        if (plan.assign[f] === -2 && p.lo[f] <= plan.gDay[g] && plan.gDay[g] <= p.hi[f]) plan.assign[f] = g;
      }
    }
  }

  /** Full check of a plan whose group days are fixed (plan.gDay, distinct). */
  feasible(p: LocalProblem, plan: LocalPlan): boolean {
    this.lists(p, plan);
    this.count(p, plan, (g) => p.axis.yearOf[plan.gDay[g]]);
    return this.countsWithinCaps(p) && this.coverable(p, plan);
  }

  /**
   * Earliest distinct days for groups with ranges [L[g], H[g]] (ranks): earliest-deadline-first
   * sweep, which finds distinct days whenever they exist. Writes out[g]; false when impossible.
   */
  placeDays(groups: number, L: Int32Array, H: Int32Array, out: Int32Array): boolean {
    if (this.order.length < groups + 1) {
      this.order = new Int32Array(groups * 2 + 1);
      this.avail = new Int32Array(groups * 2 + 1);
    }
    const order = this.order, avail = this.avail;
    for (let g = 0; g < groups; g++) order[g] = g;
    for (let a = 1; a < groups; a++) {
      const x = order[a];
      let b = a - 1;
      while (b >= 0 && (L[order[b]] > L[x] || (L[order[b]] === L[x] && order[b] > x))) {
        order[b + 1] = order[b];
        b--;
      }
      order[b + 1] = x;
    }
    let t = -1, k = 0, na = 0, placed = 0;
    while (placed < groups) {
      if (na === 0) t = Math.max(t, L[order[k]]);
      while (k < groups && L[order[k]] <= t) avail[na++] = order[k++];
      let best = 0;
      for (let a = 1; a < na; a++) {
        const g = avail[a], b = avail[best];
        if (H[g] < H[b] || (H[g] === H[b] && g < b)) best = a;
      }
      const g = avail[best];
      if (H[g] < t) return false;
      out[g] = t;
      avail[best] = avail[--na];
      placed++;
      t++;
    }
    return true;
  }
}

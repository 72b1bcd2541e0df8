/**
 * Exhaustive branch and bound over the ways to group one enterprise's filings into visits.
 * Filings are taken in order of window start; each either joins an open visit whose common window
 * it meets, opens a new visit, or is left out. A complete grouping is checked exactly at the leaf:
 * the departments-per-visit maximum (with delegation), each visit's calendar year (a common
 * window may straddle New Year), caps per year, and distinct days. Bound: (scheduled + filings
 * still to decide, visits so far) cannot beat the incumbent → prune. Used only where the fast
 * relaxations could not prove their plan optimal; a node budget keeps the worst case bounded.
 */
import type { PlanTools } from './check.ts';
import { LocalPlan, type LocalProblem } from './local.ts';

export class GroupSearch {
  private gMaxLo = new Int32Array(16);
  private gMinHi = new Int32Array(16);
  private gOwners = new Int32Array(16);
  private gForcedOwners = new Int32Array(16);
  private gDeptCnt = new Int32Array(256);
  private gForcedCnt = new Int32Array(256);
  private deptGroups = new Int32Array(16);
  private dcTotal = new Int32Array(16);
  private L = new Int32Array(16);
  private H = new Int32Array(16);
  private yearPick = new Int32Array(16);
  private stabSuffix = new Int32Array(17);
  private work = new LocalPlan();
  private p!: LocalProblem;
  private best!: LocalPlan;
  private groups = 0;
  private scheduled = 0;
  private gcTotal = 0;
  private budget = 0;
  nodes = 0;
  aborted = false;

  constructor(private readonly tools: PlanTools) {}

  /** Improves `best` (a feasible incumbent, maybe empty) in place. Requires p sorted by start. */
  run(p: LocalProblem, best: LocalPlan, budget: number): void {
    this.p = p;
    this.best = best;
    this.budget = budget;
    this.nodes = 0;
    this.aborted = false;
    const n = p.n, m = p.m, Y = p.years;
    if (this.gMaxLo.length < n + 1) {
      const s = n * 2 + 1;
      this.gMaxLo = new Int32Array(s); this.gMinHi = new Int32Array(s);
      this.gOwners = new Int32Array(s); this.gForcedOwners = new Int32Array(s);
      this.L = new Int32Array(s); this.H = new Int32Array(s); this.yearPick = new Int32Array(s);
    }
    if (this.gDeptCnt.length < (n + 1) * m) {
      this.gDeptCnt = new Int32Array((n + 1) * m * 2);
      this.gForcedCnt = new Int32Array((n + 1) * m * 2);
    }
    if (this.deptGroups.length < m) {
      this.deptGroups = new Int32Array(m * 2);
      this.dcTotal = new Int32Array(m * 2);
    }
    this.gcTotal = 0;
    for (let y = 0; y < Y; y++) this.gcTotal = Math.min(this.gcTotal + p.gc[y], 1 << 29);
    for (let d = 0; d < m; d++) {
      let t = 0;
      for (let y = 0; y < Y; y++) t = Math.min(t + p.dc[d * Y + y], 1 << 29);
      this.dcTotal[d] = t;
      this.deptGroups[d] = 0;
    }
    this.gDeptCnt.fill(0, 0, (n + 1) * m);
    this.gForcedCnt.fill(0, 0, (n + 1) * m);
    this.work.ensure(n);
    // stabSuffix[j]: fewest visits for filings j..n-1 (greedy from the right), a bound on the
    // visits still to open when those filings can join no open visit
    if (this.stabSuffix.length < n + 1) this.stabSuffix = new Int32Array(n * 2 + 1);
    this.stabSuffix[n] = 0;
    for (let i = n - 1, q = Number.MAX_SAFE_INTEGER, c = 0; i >= 0; i--) {
      if (q > p.hi[i]) {
        q = p.lo[i];
        c++;
      }
      this.stabSuffix[i] = c;
    }
    this.groups = 0;
    this.scheduled = 0;
    this.rec(0);
  }

  private rec(i: number): void {
    if (++this.nodes > this.budget) {
      this.aborted = true;
      return;
    }
    const p = this.p, best = this.best, n = p.n;
    const rest = this.scheduled + (n - i);
    if (rest < best.scheduled || (rest === best.scheduled && this.groups >= best.groups)) return;
    if (rest === best.scheduled && i < n) {
      // to tie on filings every remaining one must be scheduled; those starting after every open
      // visit's common window closes need new visits
      let reach = -1;
      for (let g = 0; g < this.groups; g++) if (this.gMinHi[g] > reach) reach = this.gMinHi[g];
      let j = i;
      while (j < n && p.lo[j] <= reach) j++;
      if (this.groups + this.stabSuffix[j] >= best.groups) return;
    }
    if (i === n) {
      this.leaf();
      return;
    }
    const m = p.m, d = p.ld[i], lo = p.lo[i], hi = p.hi[i], forced = p.forced[i];
    const assign = this.work.assign;
    if (!p.optOut) {
      for (let g = this.groups - 1; g >= 0 && !this.aborted; g--) {
        if (lo > this.gMinHi[g]) continue;
        const fresh = this.gDeptCnt[g * m + d] === 0;
        if (fresh && this.deptGroups[d] + 1 > this.dcTotal[d]) continue;
        if (fresh && !p.hasDelegation && this.gOwners[g] + 1 > p.maxDepartments) continue;
        const freshForced = forced === 1 && this.gForcedCnt[g * m + d] === 0;
        if (freshForced && this.gForcedOwners[g] + 1 > p.maxDepartments) continue;
        const oldLo = this.gMaxLo[g], oldHi = this.gMinHi[g];
        this.gMaxLo[g] = lo;
        if (hi < oldHi) this.gMinHi[g] = hi;
        this.gDeptCnt[g * m + d]++;
        this.gForcedCnt[g * m + d] += forced;
        if (fresh) { this.gOwners[g]++; this.deptGroups[d]++; }
        if (freshForced) this.gForcedOwners[g]++;
        assign[i] = g;
        this.scheduled++;
        this.rec(i + 1);
        this.scheduled--;
        if (freshForced) this.gForcedOwners[g]--;
        if (fresh) { this.gOwners[g]--; this.deptGroups[d]--; }
        this.gForcedCnt[g * m + d] -= forced;
        this.gDeptCnt[g * m + d]--;
        this.gMaxLo[g] = oldLo;
        this.gMinHi[g] = oldHi;
      }
    }
    if (this.aborted) return;
    if (this.groups + 1 <= this.gcTotal && this.deptGroups[d] + 1 <= this.dcTotal[d]) {
      const g = this.groups++;
      this.gMaxLo[g] = lo;
      this.gMinHi[g] = hi;
      this.gDeptCnt[g * m + d] = 1;
      this.gForcedCnt[g * m + d] = forced;
      this.gOwners[g] = 1;
      this.gForcedOwners[g] = forced;
      this.deptGroups[d]++;
      assign[i] = g;
      this.scheduled++;
      this.rec(i + 1);
      this.scheduled--;
      this.deptGroups[d]--;
      this.gDeptCnt[g * m + d] = 0;
      this.gForcedCnt[g * m + d] = 0;
      this.groups--;
    }
    if (this.aborted) return;
    assign[i] = -1;
    this.rec(i + 1);
  }

  /** Exact check of a complete grouping; records it when it beats the incumbent. */
  private leaf(): void {
    const p = this.p, work = this.work, tools = this.tools;
    const G = this.groups;
    work.groups = G;
    work.scheduled = this.scheduled;
    if (this.quickLeaf()) return;
    tools.lists(p, work);
    if (!tools.coverable(p, work)) return;
    const ax = p.axis;
    // each visit's possible years; enumerate the choices when a common window straddles New Year
    let combos = 1;
    for (let g = 0; g < G; g++) {
      const span = ax.yearOf[this.gMinHi[g]] - ax.yearOf[this.gMaxLo[g]] + 1;
      combos = Math.min(combos * span, 1 << 12);
    }
    for (let c = 0; c < combos; c++) {
      let rest = c;
      for (let g = 0; g < G; g++) {
        const y0 = ax.yearOf[this.gMaxLo[g]];
        const span = ax.yearOf[this.gMinHi[g]] - y0 + 1;
        const y = y0 + (rest % span);
        rest = Math.floor(rest / span);
        this.yearPick[g] = y;
        this.L[g] = Math.max(this.gMaxLo[g], ax.yearFirst[y]);
        this.H[g] = Math.min(this.gMinHi[g], ax.yearFirst[y + 1] - 1);
      }
      tools.count(p, work, (g) => this.yearPick[g]);
      if (!tools.countsWithinCaps(p)) continue;
      if (!tools.placeDays(G, this.L, this.H, work.gDay)) continue;
      this.best.copyFrom(work, p.n);
      return;
    }
  }

  /**
   * The common leaf: no visit has more owners than M and every common window lies in one year.
   * Then the counts come from the search's own tallies and only distinct days remain to check.
   * Returns false when the full check is needed.
   */
  private quickLeaf(): boolean {
    const p = this.p, ax = p.axis, G = this.groups, m = p.m, Y = p.years;
    for (let g = 0; g < G; g++) {
      if (this.gOwners[g] > p.maxDepartments || ax.yearOf[this.gMaxLo[g]] !== ax.yearOf[this.gMinHi[g]]) return false;
    }
    const counts = this.tools.gradeCount, dept = this.tools.deptCount;
    if (counts.length < Y || dept.length < m * Y) return false;
    counts.fill(0, 0, Y);
    dept.fill(0, 0, m * Y);
    for (let g = 0; g < G; g++) {
      const y = ax.yearOf[this.gMaxLo[g]];
      if (++counts[y] > p.gc[y]) return true;
      for (let d = 0; d < m; d++) if (this.gDeptCnt[g * m + d] > 0 && ++dept[d * Y + y] > p.dc[d * Y + y]) return true;
      this.L[g] = this.gMaxLo[g];
      this.H[g] = this.gMinHi[g];
    }
    if (this.tools.placeDays(G, this.L, this.H, this.work.gDay)) this.best.copyFrom(this.work, p.n);
    return true;
  }
}

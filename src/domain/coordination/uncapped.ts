/**
 * Uncapped grades (D) where department caps (R4) bind: a department has more filings at the
 * enterprise than its visits left can cover. Without a grade cap the departments do not compete
 * for filings, so the most filings schedulable is the sum, over departments, of the most of its
 * own filings its visits left can cover (a per-department coverage problem, dp.ts). Every plan
 * reaching that keeps, for each binding department, one such best subset; for each combination
 * of subsets the fewest visits is at least the interval-stabbing number of the kept filings, and
 * exactly that when the stabbing plan obeys every rule. The least over the combinations — when it
 * is reached by a lawful stabbing plan — is optimal.
 */
import type { PlanTools } from './check.ts';
import { Crowded } from './crowded.ts';
import { CoverageDp } from './dp.ts';
import { stabEarliest } from './greedy.ts';
import { LocalPlan, LocalProblem } from './local.ts';

const MAX_COMBINATIONS = 256;
const MAX_DEPARTMENT_FILINGS = 16;

export class CapBindingSearch {
  private readonly sub: LocalProblem;
  private readonly subPlan = new LocalPlan();
  private readonly dp = new CoverageDp();
  private readonly crowded = new Crowded();
  private keep = new Int32Array(16);
  exact = false;

  constructor(private readonly tools: PlanTools, template: LocalProblem) {
    this.sub = new LocalProblem(template.coverer);
  }

  /** Requires p sorted by start, uncapped grade. Improves `plan` when it finds better; sets `exact`. */
  run(p: LocalProblem, plan: LocalPlan): void {
    this.exact = false;
    const n = p.n;
    if (this.keep.length < n) this.keep = new Int32Array(n * 2);
    const members: number[][] = Array.from({ length: p.m }, () => []);
    for (let i = 0; i < n; i++) members[p.ld[i]].push(i);
    // options per binding department: the subsets of its filings of the best coverable size
    const options: number[][] = [];
    const owners: number[] = [];
    let combos = 1;
    for (let d = 0; d < p.m; d++) {
      const list = members[d];
      if (list.length < 2) continue;
      if (list.length > MAX_DEPARTMENT_FILINGS) return;
      const best = this.coverable(p, d, list, (1 << list.length) - 1);
      if (best === list.length) continue;
      const subsets: number[] = [];
      for (let s = 1; s < 1 << list.length; s++) if (popcount(s) === best && this.coverable(p, d, list, s) === best) subsets.push(s);
      combos *= subsets.length;
      if (combos > MAX_COMBINATIONS) return;
      options.push(subsets);
      owners.push(d);
    }
    let bestGroups = Infinity, bound = Infinity, bestScheduled = -1; // bound: least visits any combination could need
    const drop = new Uint8Array(n);
    const pick = new LocalPlan();
    for (let c = 0; c < combos; c++) {
      drop.fill(0);
      for (let k = 0, rest = c; k < owners.length; k++) {
        const set = options[k][rest % options[k].length];
        rest = Math.floor(rest / options[k].length);
        members[owners[k]].forEach((i, b) => (drop[i] = (set >>> b) & 1 ? 0 : 1));
      }
      let count = 0;
      for (let i = 0; i < n; i++) if (!drop[i]) this.keep[count++] = i;
      this.sub.copySubset(p, this.keep, count);
      stabEarliest(this.sub, this.subPlan);
      let floor = this.subPlan.groups;
      if (!this.tools.feasible(this.sub, this.subPlan)) this.tools.assignByDepartment(this.sub, this.subPlan);
      if (!this.tools.feasible(this.sub, this.subPlan) && this.sub.m <= 30) {
        // too many departments for one visit somewhere: the crowded greedy and its bound
        floor = Math.max(floor, this.crowded.lowerBound(this.sub));
        this.crowded.greedy(this.sub, this.subPlan);
        if (this.subPlan.scheduled < count) this.subPlan.groups = Infinity;
        else if (!this.tools.feasible(this.sub, this.subPlan)) this.tools.assignByDepartment(this.sub, this.subPlan);
      }
      bound = Math.min(bound, floor);
      if (this.subPlan.groups === Infinity || !this.tools.feasible(this.sub, this.subPlan) || this.subPlan.groups >= bestGroups) continue;
      bestGroups = this.subPlan.groups;
      bestScheduled = count;
      pick.ensure(n);
      pick.groups = this.subPlan.groups;
      pick.scheduled = count;
      pick.gDay.set(this.subPlan.gDay.subarray(0, pick.groups));
      pick.assign.fill(-1, 0, n);
      for (let k = 0; k < count; k++) pick.assign[this.keep[k]] = this.subPlan.assign[k];
    }
    if (bestScheduled < 0) return;
    if (pick.compare(plan) >= 0) plan.copyFrom(pick, n);
    this.exact = bestGroups === bound && plan.scheduled === bestScheduled && plan.groups === bestGroups;
  }

  /** Most filings of department d among list[bits of set] that its visits left can cover. */
  private coverable(p: LocalProblem, d: number, list: number[], set: number): number {
    let count = 0;
    for (let b = 0; b < list.length; b++) if ((set >>> b) & 1) this.keep[count++] = list[b];
    this.sub.copySubset(p, this.keep, count);
    for (let y = 0; y < p.years; y++) this.sub.gc[y] = p.dc[d * p.years + y];
    this.dp.solve(this.sub, this.subPlan);
    return this.subPlan.scheduled;
  }
}

function popcount(x: number): number {
  let c = 0;
  for (let v = x; v; v &= v - 1) c++;
  return c;
}

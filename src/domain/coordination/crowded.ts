/**
 * Uncapped grades (D) where more than M departments want the same days, so plain interval
 * stabbing would put too many teams into one visit.
 *
 * crowdedGreedy: by window end, the most urgent filing not yet served opens a visit on the latest
 * free day of its window; the departments whose own earliest deadline there is soonest enter (at
 * most M, the opener's department first) and carry every filing they can there.
 *
 * crowdedLowerBound: a lower bound on the visits of any plan that schedules every filing: for a
 * span of days I, every filing whose window lies inside I is served inside I, and each
 * department that alone can carry one of them (no delegate among the enterprise's departments)
 * must enter on some day of I, at most M a day — so I holds at least max(1, ⌈departments / M⌉)
 * visits. Disjoint spans add up; the best set of disjoint spans is a small dynamic programme.
 * When the greedy plan schedules everything and meets this bound, it is optimal.
 */
import type { LocalPlan, LocalProblem } from './local.ts';

export class Crowded {
  private byEnd = new Int32Array(16);
  private served = new Uint8Array(16);
  private urgency = new Int32Array(16);
  private stamp = new Int32Array(16);
  private tick = 0;

  private grow(n: number, m: number): void {
    if (this.byEnd.length < n) {
      this.byEnd = new Int32Array(n * 2);
      this.served = new Uint8Array(n * 2);
    }
    if (this.urgency.length < m) {
      this.urgency = new Int32Array(m * 2);
      this.stamp = new Int32Array(m * 2);
    }
  }

  greedy(p: LocalProblem, plan: LocalPlan): void {
    const n = p.n, M = p.maxDepartments;
    this.grow(n, p.m);
    const { byEnd, served, urgency } = this;
    for (let i = 0; i < n; i++) byEnd[i] = i;
    byEnd.subarray(0, n).sort((a, b) => p.hi[a] - p.hi[b] || p.lo[a] - p.lo[b] || a - b);
    served.fill(0, 0, n);
    plan.ensure(n);
    plan.groups = 0;
    plan.scheduled = 0;
    plan.assign.fill(-1, 0, n);
    for (let k = 0; k < n; k++) {
      const i = byEnd[k];
      if (served[i]) continue;
      let day = p.hi[i];
      while (day >= p.lo[i] && this.used(plan, day)) day--;
      if (day < p.lo[i]) continue;
      // urgency of each department here: its earliest deadline among filings served by this day
      urgency.fill(0x7fffffff, 0, p.m);
      for (let j = 0; j < n; j++) if (!served[j] && p.lo[j] <= day && day <= p.hi[j] && p.hi[j] < urgency[p.ld[j]]) urgency[p.ld[j]] = p.hi[j];
      let present = 1 << p.ld[i];
      urgency[p.ld[i]] = 0x7fffffff;
      for (let r = 1; r < M; r++) {
        let pick = -1;
        for (let d = 0; d < p.m; d++) if (urgency[d] !== 0x7fffffff && (pick < 0 || urgency[d] < urgency[pick])) pick = d;
        if (pick < 0) break;
        present |= 1 << pick;
        urgency[pick] = 0x7fffffff;
      }
      const g = plan.groups++;
      plan.gDay[g] = day;
      for (let j = 0; j < n; j++) {
        if (served[j] || p.lo[j] > day || day > p.hi[j]) continue;
        if ((((1 << p.ld[j]) | p.delMask[j]) & present) === 0) continue;
        served[j] = 1;
        plan.assign[j] = g;
        plan.scheduled++;
      }
    }
  }

  private used(plan: LocalPlan, day: number): boolean {
    for (let g = 0; g < plan.groups; g++) if (plan.gDay[g] === day) return true;
    return false;
  }

  lowerBound(p: LocalProblem): number {
    const n = p.n, M = p.maxDepartments;
    this.grow(n, p.m);
    const starts = Array.from(new Set(Array.from(p.lo.subarray(0, n)))).sort((a, b) => a - b);
    const ends = Array.from(new Set(Array.from(p.hi.subarray(0, n)))).sort((a, b) => a - b);
    const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => p.hi[a] - p.hi[b]);
    // best[e]: most visits forced by disjoint spans ending at or before ends[e]
    const best = new Int32Array(ends.length + 1);
    const weight = new Int32Array(starts.length * ends.length);
    for (let s = 0; s < starts.length; s++) {
      const t = ++this.tick;
      let owners = 0, any = 0, k = 0;
      for (let e = 0; e < ends.length; e++) {
        for (; k < n && p.hi[order[k]] <= ends[e]; k++) {
          const i = order[k];
          if (p.lo[i] < starts[s]) continue;
          any = 1;
          if (p.forced[i] === 1 && this.stamp[p.ld[i]] !== t) {
            this.stamp[p.ld[i]] = t;
            owners++;
          }
        }
        weight[s * ends.length + e] = ends[e] < starts[s] ? 0 : Math.max(any, Math.ceil(owners / M));
      }
    }
    for (let e = 0; e < ends.length; e++) {
      let v = best[e]; // best[e] holds the value for ends[e-1]; carry it forward
      for (let s = 0; s < starts.length && starts[s] <= ends[e]; s++) {
        // spans before starts[s]: the last end strictly before it
        let before = 0;
        while (before < e && ends[before] < starts[s]) before++;
        v = Math.max(v, best[before] + weight[s * ends.length + e]);
      }
      best[e + 1] = v;
    }
    return best[ends.length];
  }
}

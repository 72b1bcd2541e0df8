/**
 * Make a plan with fixed days lawful, then add back what fits. Used to turn a relaxation's optimum
 * into a feasible incumbent for the search, and as the plan itself for enterprises too large to
 * search. Repairs, in order: a visit that cannot be carried out whole within the departments-per-
 * visit maximum keeps its best-covered part; a year over the grade cap loses its smallest visits;
 * a department over its cap leaves the visits where it has fewest filings. Then each left-out
 * filing (by window end) joins a visit in its window if every rule still holds, else gets a new
 * visit on the earliest free lawful day if the caps allow.
 */
import type { PlanTools } from './check.ts';
import type { LocalPlan, LocalProblem } from './local.ts';

export class Repairer {
  private tmp = new Int32Array(64);
  private tmpCarriers = new Int32Array(64);
  private pending: number[] = [];
  private victims: number[] = [];

  constructor(private readonly tools: PlanTools) {}

  repair(p: LocalProblem, plan: LocalPlan): void {
    const tools = this.tools;
    const Y = p.years;
    // every round that changes something takes out at least one filing, so this ends
    for (let round = 0; round <= p.n; round++) {
      let changed = false;
      tools.lists(p, plan);
      for (let g = 0; g < plan.groups; g++) {
        const s = tools.start[g], len = tools.start[g + 1] - s;
        if (len === 0) continue;
        if (p.optOut) {
          for (let k = s + 1; k < s + len; k++) plan.assign[tools.members[k]] = -1;
          changed ||= len > 1;
          continue;
        }
        if (tools.owners(p, s, len) <= p.maxDepartments) continue;
        const r = p.coverer.cover(tools.buf, s, len, p.maxDepartments, null, tools.carriers);
        if (r.covered === len) continue;
        for (let k = 0; k < len; k++) if (tools.carriers[k] < 0) plan.assign[tools.members[s + k]] = -1;
        changed = true;
      }
      if (changed) continue;
      tools.count(p, plan, (g) => p.axis.yearOf[plan.gDay[g]]);
      for (let y = 0; y < Y && !changed; y++) {
        for (let excess = tools.gradeCount[y] - p.gc[y]; excess > 0; excess--) {
          let victim = -1;
          for (let g = 0; g < plan.groups; g++) {
            const len = tools.start[g + 1] - tools.start[g];
            if (len === 0 || p.axis.yearOf[plan.gDay[g]] !== y || plan.assign[tools.members[tools.start[g]]] < 0) continue;
            if (victim < 0 || len < tools.start[victim + 1] - tools.start[victim]) victim = g;
          }
          for (let k = tools.start[victim]; k < tools.start[victim + 1]; k++) plan.assign[tools.members[k]] = -1;
          changed = true;
        }
      }
      for (let key = 0; key < p.m * Y && !changed; key++) {
        if (tools.deptCount[key] <= p.dc[key]) continue;
        const d = Math.floor(key / Y), y = key % Y;
        // the visit in year y where department d has the fewest filings (latest on a tie) drops them
        let victim = -1, fewest = 0;
        for (let g = 0; g < plan.groups; g++) {
          if (p.axis.yearOf[plan.gDay[g]] !== y) continue;
          let c = 0;
          for (let k = tools.start[g]; k < tools.start[g + 1]; k++) if (p.ld[tools.members[k]] === d) c++;
          if (c > 0 && (victim < 0 || c <= fewest)) {
            victim = g;
            fewest = c;
          }
        }
        for (let k = tools.start[victim]; k < tools.start[victim + 1]; k++) if (p.ld[tools.members[k]] === d) plan.assign[tools.members[k]] = -1;
        changed = true;
      }
      if (!changed) break;
    }
    this.compact(p, plan);
    this.reinsert(p, plan);
  }

  /** Drop empty groups, keeping the others' order. */
  compact(p: LocalProblem, plan: LocalPlan): void {
    const tools = this.tools;
    tools.lists(p, plan);
    const remap = this.victims;
    remap.length = 0;
    let next = 0;
    for (let g = 0; g < plan.groups; g++) {
      if (tools.start[g + 1] > tools.start[g]) {
        plan.gDay[next] = plan.gDay[g];
        remap.push(next++);
      } else remap.push(-1);
    }
    for (let i = 0; i < p.n; i++) if (plan.assign[i] >= 0) plan.assign[i] = remap[plan.assign[i]];
    plan.groups = next;
    plan.scheduled = 0;
    for (let i = 0; i < p.n; i++) if (plan.assign[i] >= 0) plan.scheduled++;
  }

  /** Add left-out filings back where every rule allows. */
  reinsert(p: LocalProblem, plan: LocalPlan): void {
    const tools = this.tools;
    const Y = p.years;
    const ax = p.axis;
    const pending = this.pending;
    pending.length = 0;
    for (let i = 0; i < p.n; i++) if (plan.assign[i] < 0) pending.push(i);
    if (pending.length === 0) return;
    pending.sort((a, b) => p.hi[a] - p.hi[b] || a - b);
    for (const i of pending) {
      tools.lists(p, plan);
      tools.count(p, plan, (g) => p.axis.yearOf[plan.gDay[g]]);
      const d = p.ld[i];
      let placed = false;
      for (let g = 0; g < plan.groups && !placed && !p.optOut; g++) {
        const day = plan.gDay[g];
        if (day < p.lo[i] || day > p.hi[i]) continue;
        const y = ax.yearOf[day];
        const s = tools.start[g], len = tools.start[g + 1] - s;
        let fresh = true;
        for (let k = s; k < s + len; k++) if (p.ld[tools.members[k]] === d) fresh = false;
        if (fresh && tools.deptCount[d * Y + y] + 1 > p.dc[d * Y + y]) continue;
        if (this.tmp.length < len + 1) {
          this.tmp = new Int32Array(len * 2 + 2);
          this.tmpCarriers = new Int32Array(len * 2 + 2);
        }
        this.tmp.set(tools.buf.subarray(s, s + len));
        this.tmp[len] = p.gi[i];
        if (p.coverer.cover(this.tmp, 0, len + 1, p.maxDepartments, null, this.tmpCarriers).covered < len + 1) continue;
        plan.assign[i] = g;
        placed = true;
      }
      for (let r = p.lo[i]; r <= p.hi[i] && !placed; r++) {
        const y = ax.yearOf[r];
        if (tools.gradeCount[y] >= p.gc[y] || tools.deptCount[d * Y + y] >= p.dc[d * Y + y]) continue;
        let used = false;
        for (let g = 0; g < plan.groups && !used; g++) used = plan.gDay[g] === r;
        if (used) continue;
        plan.ensure(plan.groups + 1);
        plan.gDay[plan.groups] = r;
        plan.assign[i] = plan.groups++;
        placed = true;
      }
      if (placed) plan.scheduled++;
    }
  }
}

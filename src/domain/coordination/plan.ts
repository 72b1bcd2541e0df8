/**
 * Phase 1: every enterprise on its own (without capacity the enterprises do not interact).
 * Each filing is first mapped to its interval of lawful-day ranks and screened (exempt grade, no
 * lawful day, caps already used up); the rest go to the exact per-enterprise solver.
 */
import type { DayAxis } from './axis.ts';
import type { Caps } from './caps.ts';
import type { Coverer } from './cover.ts';
import { LocalProblem, NO_CAP } from './local.ts';
import { CERTIFIED, EnterpriseSolver, SEARCHED } from './solve.ts';
import { LEFT_OUT, R_DEPARTMENT_CAP, R_GRADE_CAP, R_GRADE_EXEMPT, R_NO_LAWFUL_DAY, SCHEDULED, type FilingFates, type VisitStore } from './store.ts';
import type { SchedulerPolicy } from './types.ts';
import type { PlanInput } from './validate.ts';

export interface PhaseOneStats {
  enterprises: number;
  certified: number;
  searched: number;
  inexact: number;
  searchNodes: number;
}

/** Filings grouped by enterprise: byEnt[entStart[e] .. entStart[e+1]), in input order. */
export function groupByEnterprise(prep: PlanInput): { byEnt: Int32Array; entStart: Int32Array } {
  const E = prep.entGrade.length;
  const entStart = new Int32Array(E + 1);
  for (let i = 0; i < prep.n; i++) entStart[prep.fEnt[i] + 1]++;
  for (let e = 0; e < E; e++) entStart[e + 1] += entStart[e];
  const fill = entStart.slice(0, E);
  const byEnt = new Int32Array(prep.n);
  for (let i = 0; i < prep.n; i++) byEnt[fill[prep.fEnt[i]]++] = i;
  return { byEnt, entStart };
}

/** Plans the enterprises e0 .. e1-1 (default all): a shard, when the work is split over threads. */
export function planWithoutCapacity(
  prep: PlanInput, axis: DayAxis, policy: SchedulerPolicy, caps: Caps, coverer: Coverer,
  fates: FilingFates, store: VisitStore, budget: number, smallSearch?: number,
  e0 = 0, e1 = prep.entGrade.length,
): PhaseOneStats {
  const { byEnt, entStart } = groupByEnterprise(prep);
  const Y = axis.years;
  const p = new LocalProblem(coverer);
  const solver = new EnterpriseSolver(budget, smallSearch);
  const localOf = new Int32Array(prep.deptCapacity.length).fill(-1);
  const stats: PhaseOneStats = { enterprises: 0, certified: 0, searched: 0, inexact: 0, searchNodes: 0 };
  const deptCap = policy.departmentOnsiteCap;
  for (let e = e0; e < e1; e++) {
    const s0 = entStart[e], s1 = entStart[e + 1];
    if (s0 === s1) continue;
    stats.enterprises++;
    const grade = prep.entGrade[e];
    const ax = axis.grades[grade];
    const cap = caps.gradeCap(e);
    const gc0 = caps.gradeLeft(e, 0);
    let n = 0;
    for (let k = s0; k < s1; k++) {
      const f = byEnt[k];
      if (cap === 0) {
        fates.state[f] = R_GRADE_EXEMPT;
        continue;
      }
      if (deptCap <= 0) {
        fates.state[f] = R_DEPARTMENT_CAP;
        continue;
      }
      const k0 = prep.fFrom[f] - axis.base, k1 = prep.fTo[f] - axis.base;
      let lo = k0 <= 0 ? ax.atOrAfter[0] : k0 >= axis.length ? ax.count : ax.atOrAfter[k0];
      const hi = k1 < 0 ? -1 : k1 >= axis.length ? ax.count - 1 : ax.atOrBefore[k1];
      if (lo > hi) {
        fates.state[f] = R_NO_LAWFUL_DAY;
        continue;
      }
      if (gc0 <= 0 || caps.deptLeft(e, prep.fDept[f], 0) <= 0) {
        lo = Math.max(lo, ax.yearFirst[Math.min(1, Y)]);
        if (lo > hi) {
          fates.state[f] = gc0 <= 0 ? R_GRADE_CAP : R_DEPARTMENT_CAP;
          continue;
        }
      }
      fates.lo[f] = lo;
      fates.hi[f] = hi;
      fates.state[f] = LEFT_OUT;
      n++;
    }
    if (n === 0) continue;
    p.reset(n, Y);
    p.axis = ax;
    p.optOut = prep.entOptOut[e] === 1;
    p.maxDepartments = policy.maxDepartmentsPerJointVisit;
    let m = 0, i = 0;
    for (let k = s0; k < s1; k++) {
      const f = byEnt[k];
      if (fates.state[f] !== LEFT_OUT) continue;
      const d = prep.fDept[f];
      if (localOf[d] < 0) localOf[d] = m++;
      p.gi[i] = f; p.lo[i] = fates.lo[f]; p.hi[i] = fates.hi[f]; p.ld[i] = localOf[d];
      i++;
    }
    p.setDepartments(m);
    for (let k = s0; k < s1; k++) {
      const d = prep.fDept[byEnt[k]];
      if (localOf[d] >= 0) p.gdept[localOf[d]] = d;
    }
    for (let y = 0; y < Y; y++) p.gc[y] = cap === null ? NO_CAP : caps.gradeLeft(e, y);
    for (let l = 0; l < m; l++) for (let y = 0; y < Y; y++) p.dc[l * Y + y] = caps.deptLeft(e, p.gdept[l], y);
    p.hasDelegation = false;
    for (let j = 0; j < n; j++) {
      const f = p.gi[j];
      let forced = 1, mask = 0;
      for (let q = prep.fDelStart[f]; q < prep.fDelStart[f + 1]; q++) {
        const l = localOf[prep.fDel[q]];
        if (l < 0) continue;
        forced = 0;
        if (l < 31) mask |= 1 << l;
      }
      p.forced[j] = forced;
      p.delMask[j] = mask;
      if (forced === 0) p.hasDelegation = true;
    }
    const status = solver.solve(p);
    if (status === CERTIFIED) stats.certified++;
    else if (status === SEARCHED) stats.searched++;
    else stats.inexact++;
    write(e, p, solver, coverer, fates, store);
    for (let l = 0; l < m; l++) localOf[p.gdept[l]] = -1;
  }
  stats.searchNodes = solver.nodes;
  return stats;
}

function write(e: number, p: LocalProblem, solver: EnterpriseSolver, coverer: Coverer, fates: FilingFates, store: VisitStore): void {
  const { plan, tools } = solver;
  tools.lists(p, plan);
  const ax = p.axis;
  for (let g = 0; g < plan.groups; g++) {
    const s = tools.start[g], len = tools.start[g + 1] - s;
    if (len === 0) continue;
    const day = plan.gDay[g];
    const y = ax.yearOf[day];
    let lo = ax.yearFirst[y], hi = ax.yearFirst[y + 1] - 1;
    for (let k = s; k < s + len; k++) {
      const i = tools.members[k];
      if (p.lo[i] > lo) lo = p.lo[i];
      if (p.hi[i] < hi) hi = p.hi[i];
    }
    coverer.cover(tools.buf, s, len, p.maxDepartments, null, tools.carriers);
    const v = store.add(e, day, y, lo, hi, tools.buf, s, len);
    for (let k = s; k < s + len; k++) {
      const f = tools.buf[k];
      fates.state[f] = SCHEDULED;
      fates.visit[f] = v;
      fates.carrier[f] = tools.carriers[k - s];
    }
  }
}

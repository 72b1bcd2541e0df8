/**
 * Maximum coverage of intervals with at most c points per calendar year (the grade cap, R5),
 * ignoring department caps and the per-visit maximum (they are checked afterwards; when the
 * optimum of this relaxation obeys them too, it is optimal for the whole problem).
 *
 * Candidate days: the windows' last lawful days and each year's last lawful day — any plan can be
 * shifted right, inside its year, onto one of them without losing a filing. f[j][t] is the best
 * (filings covered, −visits) of plans whose last visit is on candidate j with t visits in j's year;
 * filings newly covered by j after j' are those containing c_j that start after c_j' (windows
 * are intervals, so a window containing an earlier visit and c_j also contains c_j').
 * O(K² · c + K · n) for K candidates.
 */
import type { LocalPlan, LocalProblem } from './local.ts';

const SCALE = 1 << 20;

export class CoverageDp {
  private cand = new Int32Array(32);
  private f = new Float64Array(64);
  private parent = new Int32Array(64);
  private contStart = new Int32Array(33);
  private cont = new Int32Array(64);

  /** Requires p sorted by start. Writes the plan (days increasing). */
  solve(p: LocalProblem, plan: LocalPlan): void {
    const { n, lo, hi } = p;
    const ax = p.axis;
    plan.ensure(n);
    // candidates: distinct window ends plus year ends within the span
    let minLo = Infinity, maxHi = -1;
    for (let i = 0; i < n; i++) {
      if (lo[i] < minLo) minLo = lo[i];
      if (hi[i] > maxHi) maxHi = hi[i];
    }
    const raw: number[] = [];
    for (let i = 0; i < n; i++) raw.push(hi[i]);
    for (let y = ax.yearOf[minLo]; y < ax.yearOf[maxHi]; y++) raw.push(ax.yearFirst[y + 1] - 1);
    raw.sort((a, b) => a - b);
    let K = 0;
    if (this.cand.length < raw.length) this.cand = new Int32Array(raw.length * 2);
    for (const r of raw) if (K === 0 || this.cand[K - 1] !== r) this.cand[K++] = r;
    const cand = this.cand;
    // filings containing each candidate, in start order
    if (this.contStart.length < K + 1) this.contStart = new Int32Array(K * 2 + 1);
    let total = 0;
    for (let j = 0; j < K; j++) for (let i = 0; i < n; i++) if (lo[i] <= cand[j] && cand[j] <= hi[i]) total++;
    if (this.cont.length < total) this.cont = new Int32Array(total * 2);
    total = 0;
    for (let j = 0; j < K; j++) {
      this.contStart[j] = total;
      for (let i = 0; i < n; i++) if (lo[i] <= cand[j] && cand[j] <= hi[i]) this.cont[total++] = i;
    }
    this.contStart[K] = total;
    let T = 1;
    for (let y = 0; y < p.years; y++) T = Math.max(T, Math.min(p.gc[y], K));
    const W = T + 1;
    if (this.f.length < K * W) {
      this.f = new Float64Array(K * W * 2);
      this.parent = new Int32Array(K * W * 2);
    }
    const f = this.f, parent = this.parent;
    f.fill(-Infinity, 0, K * W);
    let bestScore = 0, bestState = -1;
    for (let j = 0; j < K; j++) {
      const y = ax.yearOf[cand[j]];
      const cap = Math.min(p.gc[y], K);
      if (cap <= 0) continue;
      const s0 = this.contStart[j], s1 = this.contStart[j + 1];
      f[j * W + 1] = (s1 - s0) * SCALE - 1;
      parent[j * W + 1] = -1;
      for (let jp = 0; jp < j; jp++) {
        // newly covered: containing filings of j that start after cand[jp]
        let k = s0;
        while (k < s1 && lo[this.cont[k]] <= cand[jp]) k++;
        const gain = (s1 - k) * SCALE - 1;
        const same = ax.yearOf[cand[jp]] === y;
        for (let tp = 1; tp < W; tp++) {
          const v = f[jp * W + tp];
          if (v === -Infinity) continue;
          const t = same ? tp + 1 : 1;
          if (t > cap) continue;
          if (v + gain > f[j * W + t]) {
            f[j * W + t] = v + gain;
            parent[j * W + t] = jp * W + tp;
          }
        }
      }
      for (let t = 1; t < W; t++) {
        if (f[j * W + t] > bestScore) {
          bestScore = f[j * W + t];
          bestState = j * W + t;
        }
      }
    }
    // reconstruct (states chain backwards)
    let count = 0;
    for (let s = bestState; s >= 0; s = parent[s]) count++;
    plan.groups = count;
    let g = count;
    for (let s = bestState; s >= 0; s = parent[s]) plan.gDay[--g] = cand[Math.floor(s / W)];
    plan.scheduled = 0;
    let first = 0;
    for (let i = 0; i < n; i++) {
      plan.assign[i] = -1;
      while (first < count && plan.gDay[first] < lo[i]) first++;
      if (first < count && plan.gDay[first] <= hi[i]) {
        plan.assign[i] = first;
        plan.scheduled++;
      }
    }
  }
}

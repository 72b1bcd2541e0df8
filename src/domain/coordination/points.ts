/**
 * Exact search over visit days for a capped grade (at most a few visits a year), when the
 * departments-per-visit maximum or a department cap makes the relaxations' optimum unlawful.
 *
 * Candidate days: every window's last lawful day and every year's last lawful day, each also
 * minus 1 … k−1 (k = most visits in a year): any optimal plan can be shifted right, visit by
 * visit from the last, onto such days without losing a filing or changing a visit's year.
 * Day tuples are tried in decreasing order of an upper bound (per day, the filings the best M
 * departments can reach, and never more than the filings the days touch); each tuple is valued
 * exactly (value.ts), and the search stops when no remaining bound can beat the best found.
 */
import type { LocalPlan, LocalProblem } from './local.ts';
import { TupleValuer } from './value.ts';

export const POINTS_MAX_VISITS = 3;
const MAX_TUPLES = 400_000;

export class PointSearch {
  private cand = new Int32Array(64);
  private contStart = new Int32Array(65);
  private cont = new Int32Array(256);
  private ub1 = new Int32Array(64);
  private size1 = new Int32Array(64);
  private keys = new Float64Array(1024);
  private tA = new Int32Array(1024);
  private tB = new Int32Array(1024);
  private tC = new Int32Array(1024);
  private tuple = new Int32Array(POINTS_MAX_VISITS);
  private readonly valuer = new TupleValuer();
  private reach = new Int32Array(32);
  /** Whether the last run proved its plan optimal. */
  exact = false;
  evaluations = 0;

  /** Whether the search applies: few visits a year, few departments and filings. */
  supports(p: LocalProblem): boolean {
    if (p.optOut || p.m > 30 || p.n > 64) return false;
    let minLo = Infinity, maxHi = -1;
    for (let i = 0; i < p.n; i++) {
      minLo = Math.min(minLo, p.lo[i]);
      maxHi = Math.max(maxHi, p.hi[i]);
    }
    let total = 0;
    for (let y = p.axis.yearOf[minLo]; y <= p.axis.yearOf[maxHi]; y++) total += p.gc[y];
    return total <= POINTS_MAX_VISITS;
  }

  /** Requires p sorted by start and supports(p). Writes the best plan found. */
  run(p: LocalProblem, plan: LocalPlan): void {
    const ax = p.axis;
    let kMax = 0;
    for (let y = 0; y < p.years; y++) kMax = Math.max(kMax, Math.min(p.gc[y], POINTS_MAX_VISITS));
    // candidates
    const raw: number[] = [];
    let minLo = Infinity, maxHi = -1;
    for (let i = 0; i < p.n; i++) {
      minLo = Math.min(minLo, p.lo[i]);
      maxHi = Math.max(maxHi, p.hi[i]);
      for (let t = 0; t < kMax; t++) raw.push(p.hi[i] - t);
    }
    for (let y = ax.yearOf[minLo]; y <= ax.yearOf[maxHi]; y++) for (let t = 0; t < kMax; t++) raw.push(ax.yearFirst[y + 1] - 1 - t);
    raw.sort((a, b) => a - b);
    let K = 0;
    if (this.cand.length < raw.length) this.cand = new Int32Array(raw.length * 2);
    for (const r of raw) if (r >= minLo && r <= maxHi && (K === 0 || this.cand[K - 1] !== r) && p.gc[ax.yearOf[r]] > 0) this.cand[K++] = r;
    this.contains(p, K);
    // tuples with their bound, best first
    let T = 0;
    const cand = this.cand;
    const yearCount = new Int32Array(p.years);
    const add = (size: number, a: number, b: number, c: number, bound: number): void => {
      if (T >= this.keys.length) this.grow();
      this.tA[T] = a;
      this.tB[T] = b;
      this.tC[T] = c;
      // larger bound first, then fewer visits, then candidate order
      this.keys[T] = ((4096 - bound) * 4 + size) * 16_777_216 + T;
      T++;
    };
    for (let a = 0; a < K && T < MAX_TUPLES; a++) {
      add(1, a, -1, -1, this.ub1[a]);
      if (kMax < 2) continue;
      for (let b = a + 1; b < K && T < MAX_TUPLES; b++) {
        yearCount.fill(0);
        yearCount[ax.yearOf[cand[a]]]++;
        if (++yearCount[ax.yearOf[cand[b]]] > p.gc[ax.yearOf[cand[b]]]) continue;
        add(2, a, b, -1, Math.min(this.ub1[a] + this.ub1[b], this.size1[a] + this.size1[b]));
        if (kMax < 3) continue;
        for (let c = b + 1; c < K && T < MAX_TUPLES; c++) {
          if (yearCount[ax.yearOf[cand[c]]] + 1 > p.gc[ax.yearOf[cand[c]]]) continue;
          add(3, a, b, c, Math.min(this.ub1[a] + this.ub1[b] + this.ub1[c], this.size1[a] + this.size1[b] + this.size1[c]));
        }
      }
    }
    const keys = this.keys.subarray(0, T).sort();
    let bestServed = 0, bestSize = 0, best = -1;
    this.exact = T < MAX_TUPLES;
    this.evaluations = 0;
    for (let t = 0; t < T; t++) {
      const idx = keys[t] % 16_777_216;
      const rest = (keys[t] - idx) / 16_777_216;
      const size = rest % 4;
      const bound = 4096 - (rest - size) / 4;
      if (bound < bestServed || (bound === bestServed && size >= bestSize)) break;
      this.load(idx, size);
      // the filings the days touch at all: a tighter bound, worth its O(n) before valuing exactly
      let touched = 0;
      for (let i = 0; i < p.n; i++) {
        for (let j = 0; j < size; j++) {
          const q = cand[this.tuple[j]];
          if (p.lo[i] <= q && q <= p.hi[i]) {
            touched++;
            break;
          }
        }
      }
      if (touched < bestServed || (touched === bestServed && size >= bestSize)) continue;
      // a tuple of more days must beat the best strictly; of fewer days, equal is enough
      const served = this.valuer.value(p, this.tuple, size, cand, false, size < bestSize ? bestServed - 1 : bestServed);
      this.evaluations++;
      if (served < 0) {
        this.exact = false; // this tuple could not be valued exactly; skip it
        continue;
      }
      if (served > bestServed || (served === bestServed && size < bestSize)) {
        bestServed = served;
        bestSize = size;
        best = idx;
      }
    }
    plan.groups = 0;
    plan.scheduled = 0;
    plan.assign.fill(-1, 0, p.n);
    if (best < 0) return;
    this.load(best, bestSize);
    this.valuer.value(p, this.tuple, bestSize, cand, true);
    this.valuer.writePlan(p, this.tuple, bestSize, cand, plan);
  }

  private grow(): void {
    const size = this.keys.length * 2;
    const k = new Float64Array(size);
    k.set(this.keys);
    this.keys = k;
    for (const name of ['tA', 'tB', 'tC'] as const) {
      const a = new Int32Array(size);
      a.set(this[name]);
      this[name] = a;
    }
  }

  private load(idx: number, size: number): void {
    this.tuple[0] = this.tA[idx];
    if (size > 1) this.tuple[1] = this.tB[idx];
    if (size > 2) this.tuple[2] = this.tC[idx];
  }

  /** Filings containing each candidate, and per candidate the single-day bound. */
  private contains(p: LocalProblem, K: number): void {
    if (this.contStart.length < K + 1) this.contStart = new Int32Array(K * 2 + 1);
    if (this.ub1.length < K) {
      this.ub1 = new Int32Array(K * 2);
      this.size1 = new Int32Array(K * 2);
    }
    if (this.reach.length < p.m) this.reach = new Int32Array(p.m * 2);
    let total = 0;
    for (let j = 0; j < K; j++) {
      this.contStart[j] = total;
      const q = this.cand[j];
      let owners = 0;
      for (let i = 0; i < p.n && p.lo[i] <= q; i++) {
        if (p.hi[i] < q) continue;
        if (total >= this.cont.length) {
          const c = new Int32Array(this.cont.length * 2);
          c.set(this.cont);
          this.cont = c;
        }
        this.cont[total++] = i;
        owners |= 1 << p.ld[i];
      }
      this.size1[j] = total - this.contStart[j];
      // reach of each department present here: its own filings plus those delegable to it
      this.reach.fill(0, 0, p.m);
      for (let k = this.contStart[j]; k < total; k++) {
        const i = this.cont[k];
        const carriers = ((1 << p.ld[i]) | p.delMask[i]) & owners;
        for (let d = 0; d < p.m; d++) if ((carriers >>> d) & 1) this.reach[d]++;
      }
      // the best M reaches (selection: M is small)
      let ub = 0;
      for (let round = 0; round < p.maxDepartments; round++) {
        let at = -1;
        for (let d = 0; d < p.m; d++) if (this.reach[d] > 0 && (at < 0 || this.reach[d] > this.reach[at])) at = d;
        if (at < 0) break;
        ub += this.reach[at];
        this.reach[at] = 0;
      }
      this.ub1[j] = Math.min(ub, this.size1[j]);
    }
    this.contStart[K] = total;
  }
}

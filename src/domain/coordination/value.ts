/**
 * The exact value of a fixed set of visit days: the most filings those visits can take, choosing
 * for each day the departments that enter (at most M) and, through them, the delegable filings
 * carried for others.
 *  - Nothing delegable among the departments involved: a dynamic programme over departments,
 *    state = teams already entering on each day (≤ M each); a department chooses the subset of
 *    the days it enters (within its own cap per year, R4) and takes every filing of its own that
 *    contains one of them. Exact.
 *  - Delegation possible: every choice of M departments on each day where more want to enter
 *    (exact); declined (-1) when a department cap could bind, or there are too many choices.
 */
import type { LocalPlan, LocalProblem } from './local.ts';
import { popcount } from './cover.ts';

const MAX_CHOICES = 20_000;

export class TupleValuer {
  private pm = new Int32Array(64); // per filing: days (tuple positions) it contains
  private deptDays = new Int32Array(32);
  private present = new Int32Array(3);
  private dayYear = new Int32Array(3);
  private f = new Float64Array(256);
  private g = new Float64Array(256);
  private choice = new Int8Array(1024);
  private prev = new Int32Array(1024);
  private reachBits = new Int32Array(64);
  private tValue = new Int32Array(8);
  private room = new Int32Array(256);

  /** Served filings for the days cand[tuple[0..size)]; -1 when not valued exactly. With record, keeps the entering departments. */
  value(p: LocalProblem, tuple: Int32Array, size: number, cand: Int32Array, record: boolean, beat = -1): number {
    const ax = p.axis;
    if (this.pm.length < p.n) this.pm = new Int32Array(p.n * 2);
    if (this.deptDays.length < p.m) this.deptDays = new Int32Array(p.m * 2);
    this.deptDays.fill(0, 0, p.m);
    let delegation = false;
    for (let i = 0; i < p.n; i++) {
      let mask = 0;
      for (let j = 0; j < size; j++) if (p.lo[i] <= cand[tuple[j]] && cand[tuple[j]] <= p.hi[i]) mask |= 1 << j;
      this.pm[i] = mask;
      this.deptDays[p.ld[i]] |= mask;
    }
    for (let i = 0; i < p.n && !delegation; i++) {
      if (this.pm[i] === 0 || p.delMask[i] === 0) continue;
      for (let d = 0; d < p.m; d++) if (((p.delMask[i] >>> d) & 1) !== 0 && (this.deptDays[d] & this.pm[i]) !== 0) delegation = true;
    }
    // days per year for the department caps
    for (let j = 0; j < size; j++) this.dayYear[j] = ax.yearOf[cand[tuple[j]]];
    // R4 could bind: a department with filings on more days of a year than it has visits left
    let capBinds = false;
    for (let d = 0; d < p.m && !capBinds; d++) {
      if (this.deptDays[d] === 0) continue;
      for (let j = 0; j < size && !capBinds; j++) {
        if (((this.deptDays[d] >>> j) & 1) === 0) continue;
        let inYear = 0;
        for (let k = 0; k < size; k++) if (((this.deptDays[d] >>> k) & 1) !== 0 && this.dayYear[k] === this.dayYear[j]) inYear++;
        capBinds = p.dc[d * p.years + this.dayYear[j]] < inYear;
      }
    }
    // nobody is turned away when no day has more than M departments wanting to enter
    let crowded = false;
    for (let j = 0; j < size && !crowded; j++) {
      let want = 0;
      for (let d = 0; d < p.m; d++) if (((this.deptDays[d] >>> j) & 1) !== 0) want++;
      crowded = want > p.maxDepartments;
    }
    if (!crowded && !capBinds) {
      let served = 0;
      for (let i = 0; i < p.n; i++) if (this.pm[i] !== 0) served++;
      if (record) for (let j = 0; j < size; j++) {
        this.present[j] = 0;
        for (let d = 0; d < p.m; d++) if (((this.deptDays[d] >>> j) & 1) !== 0) this.present[j] |= 1 << d;
      }
      return served;
    }
    if (!delegation) return this.byDepartments(p, size, record, false);
    if (capBinds) return -1;
    // with delegation: the programme on own filings is a lower bound; counting for each
    // department the filings delegable to it as well, an upper bound. Enumerate only between.
    const upper = this.byDepartments(p, size, false, true);
    if (upper <= beat) return upper;
    const lower = this.byDepartments(p, size, record, false);
    if (lower === upper) return lower;
    return this.byChoices(p, size, record);
  }

  private byDepartments(p: LocalProblem, size: number, record: boolean, withDelegated: boolean): number {
    const M = p.maxDepartments, R = M + 1;
    const S = R ** size;
    const m = p.m;
    if (this.f.length < S) {
      this.f = new Float64Array(S);
      this.g = new Float64Array(S);
    }
    if (this.choice.length < S * m) {
      this.choice = new Int8Array(S * m * 2);
      this.prev = new Int32Array(S * m * 2);
    }
    const f = this.f, g = this.g;
    f.fill(-1, 0, S);
    f[0] = 0;
    if (this.tValue.length < 1 << size) this.tValue = new Int32Array(1 << size);
    const value = this.tValue;
    // room[s]: the days (bits) on which state s still has fewer than M teams
    if (this.room.length < S) this.room = new Int32Array(S);
    const room = this.room;
    for (let s = 0; s < S; s++) {
      let bits = 0;
      for (let j = 0, x = s; j < size; j++, x = (x - (x % R)) / R) if (x % R < M) bits |= 1 << j;
      room[s] = bits;
    }
    for (let d = 0; d < m; d++) {
      g.set(f.subarray(0, S));
      for (let s = 0; s < S; s++) {
        this.choice[d * S + s] = 0;
        this.prev[d * S + s] = s;
      }
      const days = this.deptDays[d];
      if (days === 0) continue;
      value.fill(0, 0, 1 << size);
      for (let i = 0; i < p.n; i++) {
        if (this.pm[i] === 0 || (p.ld[i] !== d && !(withDelegated && ((p.delMask[i] >>> d) & 1) !== 0))) continue;
        // a delegable filing can only be carried on the days its window and d's own days share
        const days = p.ld[i] === d ? this.pm[i] : this.pm[i] & this.deptDays[d];
        for (let t = 1; t < 1 << size; t++) if ((days & t) !== 0) value[t]++;
      }
      for (let t = 1; t < 1 << size; t++) {
        if ((t & ~days) !== 0) continue; // enter only on days with a filing of its own
        let ok = true;
        for (let j = 0; j < size && ok; j++) {
          if (((t >>> j) & 1) === 0) continue;
          let inYear = 0;
          for (let k = 0; k < size; k++) if (((t >>> k) & 1) !== 0 && this.dayYear[k] === this.dayYear[j]) inYear++;
          ok = inYear <= p.dc[d * p.years + this.dayYear[j]];
        }
        if (!ok) continue;
        let step = 0;
        for (let j = 0; j < size; j++) if (((t >>> j) & 1) !== 0) step += R ** j;
        for (let s = 0; s < S; s++) {
          if (f[s] < 0 || (t & ~room[s]) !== 0) continue;
          const v = f[s] + value[t];
          if (v > g[s + step]) {
            g[s + step] = v;
            this.choice[d * S + s + step] = t;
            this.prev[d * S + s + step] = s;
          }
        }
      }
      f.set(g.subarray(0, S));
    }
    let best = 0;
    for (let s = 1; s < S; s++) if (f[s] > f[best]) best = s;
    if (record) {
      this.present.fill(0);
      for (let d = m - 1, s = best; d >= 0; d--) {
        const t = this.choice[d * S + s];
        for (let j = 0; j < size; j++) if (((t >>> j) & 1) !== 0) this.present[j] |= 1 << d;
        s = this.prev[d * S + s];
      }
    }
    return f[best];
  }

  /**
   * Exact maximum coverage with delegation: a depth-first search over (day, department) deciding
   * who enters, at most M a day, pruned when even every remaining department entering could not
   * beat the best found. Departments are tried by how many filings they reach, largest first.
   */
  private byChoices(p: LocalProblem, size: number, record: boolean): number {
    if (p.n > 64) return -1;
    const m = p.m;
    // reach[(j*m+d)*2 + w]: filings (two 32-bit words) department d could carry on day j
    if (this.reachBits.length < size * m * 2) this.reachBits = new Int32Array(size * m * 4);
    const reach = this.reachBits;
    reach.fill(0, 0, size * m * 2);
    for (let i = 0; i < p.n; i++) {
      if (this.pm[i] === 0) continue;
      const carriers = (1 << p.ld[i]) | p.delMask[i];
      const w = i >>> 5, bit = 1 << (i & 31);
      for (let j = 0; j < size; j++) {
        if (((this.pm[i] >>> j) & 1) === 0) continue;
        for (let d = 0; d < m; d++) if (((carriers >>> d) & 1) !== 0 && ((this.deptDays[d] >>> j) & 1) !== 0) reach[(j * m + d) * 2 + w] |= bit;
      }
    }
    // per day, the departments that may enter, by reach (largest first); suffix unions for the bound
    const W = m + 1;
    if (this.order.length < size * W) this.order = new Int32Array(size * W * 2);
    if (this.suffix.length < size * W * 2) this.suffix = new Int32Array(size * W * 4);
    const order = this.order, suffix = this.suffix, count = this.orderCount;
    for (let j = 0; j < size; j++) {
      let c = 0;
      for (let d = 0; d < m; d++) {
        if (((this.deptDays[d] >>> j) & 1) === 0) continue;
        const r = popcount(reach[(j * m + d) * 2]) + popcount(reach[(j * m + d) * 2 + 1]);
        let k = c++ - 1;
        while (k >= 0) {
          const e = order[j * W + k];
          if (popcount(reach[(j * m + e) * 2]) + popcount(reach[(j * m + e) * 2 + 1]) >= r) break;
          order[j * W + k + 1] = e;
          k--;
        }
        order[j * W + k + 1] = d;
      }
      count[j] = c;
    }
    // suffix[((j*W)+k)*2 + w]: union of the reach of order[j][k..] and of every later day
    let later0 = 0, later1 = 0;
    for (let j = size - 1; j >= 0; j--) {
      let a0 = later0, a1 = later1;
      suffix[(j * W + count[j]) * 2] = a0;
      suffix[(j * W + count[j]) * 2 + 1] = a1;
      for (let k = count[j] - 1; k >= 0; k--) {
        const d = order[j * W + k];
        a0 |= reach[(j * m + d) * 2];
        a1 |= reach[(j * m + d) * 2 + 1];
        suffix[(j * W + k) * 2] = a0;
        suffix[(j * W + k) * 2 + 1] = a1;
      }
      later0 = a0;
      later1 = a1;
    }
    this.chosen.fill(0);
    this.best = -1;
    this.nodes = 0;
    this.size = size;
    this.W = W;
    this.m = m;
    this.M = p.maxDepartments;
    this.record = record;
    this.choose(0, 0, 0, 0, 0);
    return this.nodes > MAX_CHOICES * 10 ? -1 : this.best;
  }

  private order = new Int32Array(64);
  private orderCount = new Int32Array(3);
  private suffix = new Int32Array(128);
  private chosen = new Int32Array(3);
  private best = -1;
  private nodes = 0;
  private size = 0;
  private W = 0;
  private m = 0;
  private M = 0;
  private record = false;

  /** Day j, k-th department in its order: enter or not (at most M a day), bounded by the suffix unions. */
  private choose(j: number, k: number, used: number, w0: number, w1: number): void {
    if (++this.nodes > MAX_CHOICES * 10) return;
    if (j === this.size) {
      const c = popcount(w0) + popcount(w1);
      if (c > this.best) {
        this.best = c;
        if (this.record) this.present.set(this.chosen.subarray(0, this.size));
      }
      return;
    }
    const at = (j * this.W + k) * 2;
    if (popcount(w0 | this.suffix[at]) + popcount(w1 | this.suffix[at + 1]) <= this.best) return;
    if (k === this.orderCount[j] || used === this.M) {
      this.choose(j + 1, 0, 0, w0, w1);
      return;
    }
    const d = this.order[j * this.W + k];
    const r = (j * this.m + d) * 2;
    this.chosen[j] |= 1 << d;
    this.choose(j, k + 1, used + 1, w0 | this.reachBits[r], w1 | this.reachBits[r + 1]);
    this.chosen[j] &= ~(1 << d);
    this.choose(j, k + 1, used, w0, w1);
  }

  /** The plan for the recorded entering departments: each filing joins the first day it can. */
  writePlan(p: LocalProblem, tuple: Int32Array, size: number, cand: Int32Array, plan: LocalPlan): void {
    const groupOf = [-1, -1, -1];
    plan.groups = 0;
    plan.scheduled = 0;
    for (let i = 0; i < p.n; i++) {
      plan.assign[i] = -1;
      const carriers = (1 << p.ld[i]) | p.delMask[i];
      for (let j = 0; j < size; j++) {
        if (((this.pm[i] >>> j) & 1) === 0 || (carriers & this.present[j]) === 0) continue;
        if (groupOf[j] < 0) {
          groupOf[j] = plan.groups;
          plan.gDay[plan.groups++] = cand[tuple[j]];
        }
        plan.assign[i] = groupOf[j];
        plan.scheduled++;
        break;
      }
    }
  }
}

/**
 * Phase 2: departments' capacity per working day couples the enterprises. Heuristic plus repair:
 *  1. place the visits of phase 1 earliest-deadline-first (by the last day their filings allow,
 *     larger visits first on a tie), each on the earliest day of its lawful range where the teams
 *     that must enter have capacity left — delegation lets a full department stay home when a
 *     department present can carry its filings; where no day takes the whole visit, keep the day
 *     that takes most filings and drop the rest;
 *  2. re-insert the dropped filings (and any others left out at the enterprises concerned): join a
 *     visit in their window, or open a new one, whenever every rule, capacity included, allows.
 * Visits keep their calendar year, so grade and department caps stay as phase 1 checked them.
 */
import type { DayAxis } from './axis.ts';
import type { Caps } from './caps.ts';
import type { Coverer } from './cover.ts';
import { OwnerCheck, PlacedDays } from './capacity-checks.ts';
import { DROPPED, LEFT_OUT, SCHEDULED, type FilingFates, type VisitStore } from './store.ts';
import type { PreparedInput } from './validate.ts';

export interface CapacityStats {
  moved: number;
  dropped: number;
  reinserted: number;
}

export class CapacityPhase {
  private readonly H: number;
  private readonly load: Int32Array;
  private readonly allowed: Uint8Array;
  private carriers = new Int32Array(64);
  private tmp = new Int32Array(64);
  private readonly touched: Uint8Array;
  private readonly seen: Int32Array;
  private tick = 0;
  private readonly days = new PlacedDays();
  private readonly owners: OwnerCheck;
  readonly stats: CapacityStats = { moved: 0, dropped: 0, reinserted: 0 };

  constructor(
    private readonly prep: PreparedInput, private readonly axis: DayAxis, private readonly caps: Caps,
    private readonly coverer: Coverer, private readonly fates: FilingFates, private readonly store: VisitStore,
    private readonly maxDepartments: number,
  ) {
    this.H = Math.max(1, axis.length);
    this.load = new Int32Array(prep.deptIds.length * this.H);
    this.allowed = new Uint8Array(prep.deptIds.length);
    this.touched = new Uint8Array(prep.entIds.length);
    this.seen = new Int32Array(prep.deptIds.length);
    this.owners = new OwnerCheck(prep.deptIds.length);
  }

  run(): void {
    const st = this.store;
    const V = st.count;
    const order = this.deadlineOrder(V);
    for (let k = 0; k < V; k++) this.place(order[k]);
    this.reinsertAll();
  }

  /** Visits by the calendar day of their last lawful day, larger visits first, then by number. */
  private deadlineOrder(V: number): ArrayLike<number> {
    const st = this.store;
    let longest = 0;
    for (let v = 0; v < V; v++) if (st.filLen[v] > longest) longest = st.filLen[v];
    // the three keys packed into one exact double and sorted natively (the usual case)
    if (V < 1 << 22 && longest < 1024 && this.axis.length < 1 << 20) {
      const keys = new Float64Array(V);
      for (let v = 0; v < V; v++) {
        const day = this.axis.grades[this.prep.entGrade[st.ent[v]]].dayOf[st.hi[v]];
        keys[v] = day * 4294967296 + (1023 - st.filLen[v]) * 4194304 + v;
      }
      keys.sort();
      const order = new Int32Array(V);
      for (let k = 0; k < V; k++) order[k] = keys[k] % 4194304;
      return order;
    }
    const order = Array.from({ length: V }, (_, v) => v);
    const day = (v: number) => this.axis.grades[this.prep.entGrade[st.ent[v]]].dayOf[st.hi[v]];
    return order.sort((a, c) => day(a) - day(c) || st.filLen[c] - st.filLen[a] || a - c);
  }

  private dayOf(e: number, rank: number): number {
    return this.axis.grades[this.prep.entGrade[e]].dayOf[rank];
  }

  /** Mark which owners of buf[s..s+len) may enter on `day`; `present` (a visit) marks those already in. */
  private allow(buf: Int32Array, s: number, len: number, day: number, present: number): void {
    const { fDept } = this.prep;
    for (let k = s; k < s + len; k++) {
      const d = fDept[buf[k]];
      const c = this.prep.deptCapacity[d];
      this.allowed[d] = c < 0 || this.load[d * this.H + day] < c ? 1 : 0;
    }
    if (present < 0) return;
    const st = this.store;
    for (let k = st.filStart[present]; k < st.filStart[present] + st.filLen[present]; k++) {
      const c = this.fates.carrier[st.fil[k]];
      if (c >= 0) this.allowed[c] = 1;
    }
  }

  private charge(v: number, sign: number): void {
    const st = this.store;
    const day = this.dayOf(st.ent[v], st.day[v]);
    const t = ++this.tick;
    for (let k = st.filStart[v]; k < st.filStart[v] + st.filLen[v]; k++) {
      const c = this.fates.carrier[st.fil[k]];
      if (c < 0 || this.seen[c] === t) continue;
      this.seen[c] = t;
      this.load[c * this.H + day] += sign;
    }
  }

  private place(v: number): void {
    const st = this.store, e = st.ent[v];
    const s = st.filStart[v], len = st.filLen[v];
    if (this.carriers.length < len + 1) this.carriers = new Int32Array(len * 2 + 2);
    let bestRank = -1, bestCov = 0;
    const nb = this.days.collect(st, e, v);
    // first the earliest day that takes the whole visit (cheap checks first); failing that, the day
    // that takes most of it — the same day the single search over coverage finds
    for (let pass = 0; pass < 2 && bestCov < len; pass++) {
      for (let r = st.lo[v]; r <= st.hi[v]; r++) {
        let busy = false;
        for (let k = 0; k < nb && !busy; k++) busy = this.days.days[k] === r;
        if (busy) continue;
        this.allow(st.fil, s, len, this.dayOf(e, r), -1);
        if (pass === 0 && !this.owners.eachCarriable(this.prep, st.fil, s, len, this.allowed)) continue;
        // every owner free that day: the visit is carried whole, as planned (phase 1 plans only such visits)
        let all = true;
        for (let k = s; k < s + len && all; k++) all = this.allowed[this.prep.fDept[st.fil[k]]] === 1;
        const c = all ? len : this.coverer.cover(st.fil, s, len, this.maxDepartments, this.allowed, this.carriers).covered;
        if (c === len || (pass === 1 && c > bestCov)) {
          bestCov = c;
          bestRank = r;
          if (c === len) break;
        }
      }
    }
    const original = st.day[v];
    if (bestRank < 0) {
      st.alive[v] = 0;
      for (let k = s; k < s + len; k++) this.drop(st.fil[k]);
      this.touched[e] = 1;
      return;
    }
    this.allow(st.fil, s, len, this.dayOf(e, bestRank), -1);
    this.coverer.cover(st.fil, s, len, this.maxDepartments, this.allowed, this.carriers);
    let kept = 0;
    for (let k = 0; k < len; k++) {
      const f = st.fil[s + k];
      if (this.carriers[k] < 0) {
        this.drop(f);
        continue;
      }
      this.fates.carrier[f] = this.carriers[k];
      st.fil[s + kept++] = f;
    }
    st.filLen[v] = kept;
    st.day[v] = bestRank;
    st.alive[v] = 2;
    this.charge(v, 1);
    if (bestRank !== original) this.stats.moved++;
    if (kept < len || bestRank !== original) this.touched[e] = 1;
  }

  private drop(f: number): void {
    this.fates.state[f] = DROPPED;
    this.fates.visit[f] = -1;
    this.fates.carrier[f] = -1;
    this.stats.dropped++;
  }

  private reinsertAll(): void {
    const { prep, fates } = this;
    const pending: number[] = [];
    for (let f = 0; f < prep.n; f++) {
      const s = fates.state[f];
      if ((s === DROPPED || s === LEFT_OUT) && this.touched[prep.fEnt[f]] === 1) pending.push(f);
    }
    // by enterprise, then window end, then number: packed into one exact double when small enough
    if (prep.entGrade.length < 1 << 20 && prep.n < 1 << 21 && this.H < 1 << 12) {
      const keys = Float64Array.from(pending, (f) => (prep.fEnt[f] * 4096 + fates.hi[f]) * 2097152 + f).sort();
      for (let k = 0; k < keys.length; k++) pending[k] = keys[k] % 2097152;
    } else pending.sort((a, b) => prep.fEnt[a] - prep.fEnt[b] || fates.hi[a] - fates.hi[b] || a - b);
    // passes until nothing more fits: a visit opened for a later filing may take an earlier one
    let rest = pending;
    for (let pass = 0; pass < 8 && rest.length > 0; pass++) {
      const left: number[] = [];
      let placed = 0;
      for (const f of rest) {
        this.blocked = false;
        if (this.reinsert(f)) placed++;
        else {
          if (this.blocked) fates.state[f] = DROPPED; // only capacity stood in the way: reason CAPACITY
          if (!this.hopeless(f)) left.push(f);
        }
      }
      this.stats.reinserted += placed;
      if (placed === 0) break;
      rest = left;
    }
  }

  /** Set when a re-insertion failed on capacity alone somewhere. */
  private blocked = false;

  /**
   * Whether a filing that just failed can never be placed in a later pass either: no planned visit
   * of its enterprise lies in its window, and in every year of the window the grade cap or its
   * department's cap is reached. Visits are never taken away here, and a new visit in such a year
   * (or a join) would need the cap that is reached, so retrying it could only fail the same way.
   */
  private hopeless(f: number): boolean {
    const { prep, fates, store: st } = this;
    const e = prep.fEnt[f], d = prep.fDept[f], lo = fates.lo[f], hi = fates.hi[f];
    for (let w = st.entHead[e]; w >= 0; w = st.nextOfEnt[w]) if (st.alive[w] === 2 && st.day[w] >= lo && st.day[w] <= hi) return false;
    const ax = this.axis.grades[prep.entGrade[e]];
    for (let y = ax.yearOf[lo]; y <= ax.yearOf[hi]; y++) {
      const c = this.counts(e, d, y);
      if (c.visits < this.caps.gradeLeft(e, y) && c.dept < this.caps.deptLeft(e, d, y)) return false;
    }
    return true;
  }

  /** Visits of enterprise e in year y, and those that department d is counted in. */
  private counts(e: number, d: number, y: number): { visits: number; dept: number } {
    const st = this.store;
    let visits = 0, dept = 0;
    for (let w = st.entHead[e]; w >= 0; w = st.nextOfEnt[w]) {
      if (st.alive[w] !== 2 || st.year[w] !== y) continue;
      visits++;
      for (let k = st.filStart[w]; k < st.filStart[w] + st.filLen[w]; k++) {
        if (this.prep.fDept[st.fil[k]] === d) {
          dept++;
          break;
        }
      }
    }
    return { visits, dept };
  }

  private reinsert(f: number): boolean {
    const { prep, fates, store: st } = this;
    const e = prep.fEnt[f], d = prep.fDept[f];
    const ax = this.axis.grades[prep.entGrade[e]];
    if (prep.entOptOut[e] === 0) {
      for (let w = st.entHead[e]; w >= 0; w = st.nextOfEnt[w]) {
        if (st.alive[w] !== 2 || st.day[w] < fates.lo[f] || st.day[w] > fates.hi[f]) continue;
        if (this.tryJoin(f, w)) return true;
      }
    }
    // the enterprise's planned days, and its counts for the year at hand: fixed while looking for a day
    const nb = this.days.collect(st, e, -1);
    let year = -1;
    const cap = prep.deptCapacity[d];
    for (let r = fates.lo[f]; r <= fates.hi[f]; r++) {
      const y = ax.yearOf[r];
      if (y !== year) {
        year = y;
        const c = this.counts(e, d, y);
        if (c.visits >= this.caps.gradeLeft(e, y) || c.dept >= this.caps.deptLeft(e, d, y)) {
          r = ax.yearFirst[y + 1] - 1; // a cap is reached for this year: on to the next
          continue;
        }
      }
      let busy = false;
      for (let k = 0; k < nb && !busy; k++) busy = this.days.days[k] === r;
      if (busy) continue;
      if (cap >= 0 && this.load[d * this.H + ax.dayOf[r]] >= cap) {
        this.blocked = true;
        continue;
      }
      this.tmp[0] = f;
      const v = st.add(e, r, y, Math.max(fates.lo[f], ax.yearFirst[y]), Math.min(fates.hi[f], ax.yearFirst[y + 1] - 1), this.tmp, 0, 1);
      st.alive[v] = 2;
      fates.state[f] = SCHEDULED;
      fates.visit[f] = v;
      fates.carrier[f] = d;
      this.charge(v, 1);
      return true;
    }
    return false;
  }

  private tryJoin(f: number, w: number): boolean {
    const { prep, fates, store: st } = this;
    const e = st.ent[w], d = prep.fDept[f];
    const s = st.filStart[w], len = st.filLen[w];
    let fresh = true;
    for (let k = s; k < s + len; k++) if (prep.fDept[st.fil[k]] === d) fresh = false;
    if (fresh && this.counts(e, d, st.year[w]).dept >= this.caps.deptLeft(e, d, st.year[w])) return false;
    if (this.tmp.length < len + 1) this.tmp = new Int32Array(len * 2 + 2);
    if (this.carriers.length < len + 1) this.carriers = new Int32Array(len * 2 + 2);
    this.tmp.set(st.fil.subarray(s, s + len));
    this.tmp[len] = f;
    const day = this.dayOf(e, st.day[w]);
    this.allow(this.tmp, 0, len + 1, day, w);
    if (this.coverer.cover(this.tmp, 0, len + 1, this.maxDepartments, this.allowed, this.carriers).covered < len + 1) {
      this.blocked ||= this.coverer.cover(this.tmp, 0, len + 1, this.maxDepartments, null, this.carriers).covered === len + 1;
      return false;
    }
    this.charge(w, -1);
    for (let k = 0; k < len; k++) fates.carrier[st.fil[s + k]] = this.carriers[k];
    st.push(w, f);
    fates.state[f] = SCHEDULED;
    fates.visit[f] = w;
    fates.carrier[f] = this.carriers[len];
    this.charge(w, 1);
    return true;
  }
}

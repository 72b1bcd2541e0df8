/** Flat, growable storage of planned visits and of every filing's fate (no per-filing objects). */

/** Filing states: 0 scheduled; 1–6 a final reason; LEFT_OUT / DROPPED are resolved at output. */
export const SCHEDULED = 0;
export const R_GRADE_EXEMPT = 1;
export const R_GRADE_CAP = 2;
export const R_DEPARTMENT_CAP = 3;
export const R_NO_LAWFUL_DAY = 4;
export const R_CAPACITY = 5;
export const R_OPT_OUT = 6;
/** Left out by the optimiser (a cap or the departments-per-visit maximum binds); reason attributed at the end. */
export const LEFT_OUT = 7;
/** Taken out of its visit by the capacity phase. */
export const DROPPED = 8;

/** A copy of `a` with room for `size` (at least double). */
export function grown(a: Int32Array, size: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

export class VisitStore {
  count = 0;
  ent = new Int32Array(1024);
  /** Day as a rank on the enterprise grade's lawful-day axis. */
  day = new Int32Array(1024);
  year = new Int32Array(1024);
  /** Lawful-day ranks the visit's filings all allow, inside its year. */
  lo = new Int32Array(1024);
  hi = new Int32Array(1024);
  /** Filings fil[filStart .. filStart + filLen). */
  filStart = new Int32Array(1024);
  filLen = new Int32Array(1024);
  alive = new Int32Array(1024);
  /** Next visit of the same enterprise (-1 = none): a linked list from entHead. */
  nextOfEnt = new Int32Array(1024);
  fil = new Int32Array(4096);
  filUsed = 0;

  constructor(readonly entHead: Int32Array) {
    entHead.fill(-1);
  }

  add(ent: number, day: number, year: number, lo: number, hi: number, filings: Int32Array, start: number, len: number): number {
    const v = this.count++;
    if (v >= this.ent.length) {
      const s = v + 1;
      this.ent = grown(this.ent, s); this.day = grown(this.day, s); this.year = grown(this.year, s);
      this.lo = grown(this.lo, s); this.hi = grown(this.hi, s);
      this.filStart = grown(this.filStart, s); this.filLen = grown(this.filLen, s);
      this.alive = grown(this.alive, s); this.nextOfEnt = grown(this.nextOfEnt, s);
    }
    this.ent[v] = ent; this.day[v] = day; this.year[v] = year; this.lo[v] = lo; this.hi[v] = hi;
    this.alive[v] = 1;
    this.nextOfEnt[v] = this.entHead[ent];
    this.entHead[ent] = v;
    this.filStart[v] = this.filUsed;
    this.filLen[v] = 0;
    this.appendAll(v, filings, start, len);
    return v;
  }

  private appendAll(v: number, filings: Int32Array, start: number, len: number): void {
    if (this.filUsed + len > this.fil.length) this.fil = grown(this.fil, this.filUsed + len);
    this.fil.set(filings.subarray(start, start + len), this.filUsed);
    this.filUsed += len;
    this.filLen[v] += len;
  }

  /** Add one filing to visit v (moves the visit's list to the end of the buffer when it cannot grow in place). */
  push(v: number, f: number): void {
    const s = this.filStart[v], len = this.filLen[v];
    if (s + len !== this.filUsed) {
      if (this.filUsed + len + 1 > this.fil.length) this.fil = grown(this.fil, this.filUsed + len + 1);
      this.fil.copyWithin(this.filUsed, s, s + len);
      this.filStart[v] = this.filUsed;
      this.filUsed += len;
    }
    if (this.filUsed + 1 > this.fil.length) this.fil = grown(this.fil, this.filUsed + 1);
    this.fil[this.filUsed++] = f;
    this.filLen[v]++;
  }
}

/** Per filing: state, visit, carrier and lawful-day interval (ranks on its enterprise's grade axis). */
export class FilingFates {
  readonly state: Uint8Array;
  readonly visit: Int32Array;
  readonly carrier: Int32Array;
  readonly lo: Int32Array;
  readonly hi: Int32Array;

  constructor(n: number) {
    this.state = new Uint8Array(n);
    this.visit = new Int32Array(n).fill(-1);
    this.carrier = new Int32Array(n).fill(-1);
    this.lo = new Int32Array(n);
    this.hi = new Int32Array(n).fill(-1);
  }
}

/** The arrays of a VisitStore, as sent between threads. */
export interface VisitArrays {
  count: number;
  filUsed: number;
  entHead: Int32Array;
  ent: Int32Array;
  day: Int32Array;
  year: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  filStart: Int32Array;
  filLen: Int32Array;
  alive: Int32Array;
  nextOfEnt: Int32Array;
  fil: Int32Array;
}

/**
 * Appends the visits of another store whose enterprises this one has none of (a shard planned on
 * another thread), renumbered after this store's own; returns the offset added to their numbers.
 * Visits keep their order, so a store filled shard by shard in enterprise order is numbered
 * exactly as one filled in a single pass.
 */
export function appendVisits(st: VisitStore, o: VisitArrays, e0: number, e1: number): number {
  const V0 = st.count, F0 = st.filUsed, V = o.count;
  if (V === 0) return V0;
  const size = V0 + V;
  if (size > st.ent.length) {
    st.ent = grown(st.ent, size); st.day = grown(st.day, size); st.year = grown(st.year, size);
    st.lo = grown(st.lo, size); st.hi = grown(st.hi, size);
    st.filStart = grown(st.filStart, size); st.filLen = grown(st.filLen, size);
    st.alive = grown(st.alive, size); st.nextOfEnt = grown(st.nextOfEnt, size);
  }
  st.ent.set(o.ent.subarray(0, V), V0); st.day.set(o.day.subarray(0, V), V0); st.year.set(o.year.subarray(0, V), V0);
  st.lo.set(o.lo.subarray(0, V), V0); st.hi.set(o.hi.subarray(0, V), V0);
  st.filLen.set(o.filLen.subarray(0, V), V0); st.alive.set(o.alive.subarray(0, V), V0);
  for (let v = 0; v < V; v++) {
    st.filStart[V0 + v] = o.filStart[v] + F0;
    st.nextOfEnt[V0 + v] = o.nextOfEnt[v] < 0 ? -1 : o.nextOfEnt[v] + V0;
  }
  for (let e = e0; e < e1; e++) if (o.entHead[e] >= 0) st.entHead[e] = o.entHead[e] + V0;
  if (F0 + o.filUsed > st.fil.length) st.fil = grown(st.fil, F0 + o.filUsed);
  st.fil.set(o.fil.subarray(0, o.filUsed), F0);
  st.filUsed = F0 + o.filUsed;
  st.count = size;
  return V0;
}

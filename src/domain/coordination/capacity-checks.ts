/** Two small checks of the capacity phase (capacity.ts), on scratch arrays reused from call to call. */
import { grown, type VisitStore } from './store.ts';
import type { PlanInput } from './validate.ts';

/** The days (ranks) of an enterprise's placed visits. */
export class PlacedDays {
  days: Int32Array = new Int32Array(16);

  /** Collects the days of enterprise e's placed visits other than `except`; returns their number. */
  collect(st: VisitStore, e: number, except: number): number {
    let nb = 0;
    for (let w = st.entHead[e]; w >= 0; w = st.nextOfEnt[w]) {
      if (w === except || st.alive[w] !== 2) continue;
      if (nb >= this.days.length) this.days = grown(this.days, nb + 1);
      this.days[nb++] = st.day[w];
    }
    return nb;
  }
}

/** Whether a visit can possibly be carried whole on a day, before any cover search. */
export class OwnerCheck {
  private readonly mark: Int32Array;
  private tick = 0;

  constructor(departments: number) {
    this.mark = new Int32Array(departments);
  }

  /**
   * Whether each filing fil[s..s+len) has its owner free (`allowed`), or an owner of the visit it
   * may be delegated to that is free. A necessary condition for carrying the whole visit.
   */
  eachCarriable(prep: PlanInput, fil: Int32Array, s: number, len: number, allowed: Uint8Array): boolean {
    const { fDept, fDelStart, fDel } = prep;
    const t = ++this.tick;
    for (let k = s; k < s + len; k++) this.mark[fDept[fil[k]]] = t;
    for (let k = s; k < s + len; k++) {
      const f = fil[k];
      if (allowed[fDept[f]] === 1) continue;
      let ok = false;
      for (let j = fDelStart[f]; j < fDelStart[f + 1] && !ok; j++) ok = this.mark[fDel[j]] === t && allowed[fDel[j]] === 1;
      if (!ok) return false;
    }
    return true;
  }
}

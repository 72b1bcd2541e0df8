/**
 * The contract's output: visits by date, every other filing in `unscheduled` with its reason, and
 * the stats. The lower bound on visits: for each enterprise, the largest number of its scheduled
 * filings whose lawful-day windows are pairwise disjoint (no visit can serve two of them, so at
 * least that many visits are needed; for intervals this equals the fewest visits that could cover
 * them all) — and, for an enterprise that asked not to be merged, the number of its filings.
 */
import { fromDayNumber } from '../calendar/dates.ts';
import type { DayAxis } from './axis.ts';
import type { Caps } from './caps.ts';
import { groupByEnterprise } from './plan.ts';
import { Attribution } from './attribution.ts';
import { SCHEDULED, type FilingFates, type VisitStore } from './store.ts';
import type { ScheduledVisit, ScheduleOutput, SchedulerPolicy, Text, UnscheduledFiling, UnscheduledReason } from './types.ts';
import type { PreparedInput } from './validate.ts';

export class OutputBuilder {
  private readonly dates: string[] = [];
  private joint = 0;

  constructor(
    private readonly prep: PreparedInput, private readonly axis: DayAxis, private readonly policy: SchedulerPolicy,
    private readonly caps: Caps, private readonly fates: FilingFates, private readonly store: VisitStore,
    private readonly deptOrder: Int32Array,
  ) {}

  private date(offset: number): string {
    return (this.dates[offset] ??= fromDayNumber(this.axis.base + offset));
  }

  build(): ScheduleOutput {
    const visits = this.visits();
    const unscheduled = this.unscheduled();
    return {
      visits,
      unscheduled,
      stats: {
        filings: this.prep.n,
        scheduled: this.prep.n - unscheduled.length,
        visits: visits.length,
        lowerBound: this.lowerBound(),
        jointRate: visits.length === 0 ? 0 : Math.round((this.joint / visits.length) * 10000) / 10000,
      },
    };
  }

  private visits(): ScheduledVisit[] {
    const st = this.store, prep = this.prep, fates = this.fates;
    const buckets: number[][] = [];
    for (let v = 0; v < st.count; v++) {
      if (st.alive[v] === 0 || st.filLen[v] === 0) continue;
      (buckets[this.axis.grades[prep.entGrade[st.ent[v]]].dayOf[st.day[v]]] ??= []).push(v);
    }
    const out: ScheduledVisit[] = [];
    const raw = prep.raw.filings;
    const count = new Int32Array(prep.deptIds.length);
    const order = this.deptOrder;
    let fil = new Int32Array(64);
    let present = new Int32Array(64);
    for (let day = 0; day < buckets.length; day++) {
      const b = buckets[day];
      if (!b) continue;
      b.sort((a, c) => st.ent[a] - st.ent[c] || a - c);
      const date = this.date(day);
      for (const v of b) {
        const len = st.filLen[v], s = st.filStart[v];
        if (fil.length < len) {
          fil = new Int32Array(len * 2);
          present = new Int32Array(len * 2);
        }
        // the visit's filings in input order (insertion sort: visits are small)
        for (let k = 0; k < len; k++) {
          const f = st.fil[s + k];
          let j = k - 1;
          while (j >= 0 && fil[j] > f) fil[j + 1] = fil[j--];
          fil[j + 1] = f;
        }
        let np = 0;
        let delegated = false;
        const filings = new Array<{ id: string; by: string }>(len);
        for (let k = 0; k < len; k++) {
          const f = fil[k], c = fates.carrier[f];
          if (count[c]++ === 0) {
            // present departments, kept sorted by id
            let j = np++ - 1;
            while (j >= 0 && order[present[j]] > order[c]) present[j + 1] = present[j--];
            present[j + 1] = c;
          }
          if (c !== prep.fDept[f]) delegated = true;
          filings[k] = { id: raw[f].id, by: prep.deptIds[c] };
        }
        let lead = present[0];
        const departments = new Array<string>(np);
        for (let k = 0; k < np; k++) {
          const d = present[k];
          if (count[d] > count[lead]) lead = d;
          departments[k] = prep.deptIds[d];
        }
        for (let k = 0; k < np; k++) count[present[k]] = 0;
        if (np > 1 || delegated) this.joint++;
        out.push({ enterprise: prep.entIds[st.ent[v]], date, lead: prep.deptIds[lead], departments, filings });
      }
    }
    return out;
  }

  private unscheduled(): UnscheduledFiling[] {
    const why = new Attribution(this.prep, this.axis, this.policy, this.caps, this.fates, this.store);
    const raw = this.prep.raw.filings;
    const n = this.prep.n, state = this.fates.state;
    // explained enterprise by enterprise (each loaded once) into flat arrays, then listed in input
    // order in one sequential pass (objects allocated in the order they are read)
    const { byEnt } = this.groups;
    const reasonOf = new Uint8Array(n);
    const textOf = new Int32Array(n);
    const texts: Text[] = [];
    const textIndex = new Map<Text, number>();
    const reasons: UnscheduledReason[] = [];
    for (let k = 0; k < byEnt.length; k++) {
      const f = byEnt[k];
      if (state[f] === SCHEDULED) continue;
      const { reason, message } = why.explain(f);
      let r = reasons.indexOf(reason);
      if (r < 0) r = reasons.push(reason) - 1;
      let t = textIndex.get(message);
      if (t === undefined) {
        t = texts.push(message) - 1;
        textIndex.set(message, t);
      }
      reasonOf[f] = r;
      textOf[f] = t;
    }
    const out: UnscheduledFiling[] = [];
    for (let f = 0; f < n; f++) {
      if (state[f] !== SCHEDULED) out.push({ filing: raw[f].id, reason: reasons[reasonOf[f]], message: texts[textOf[f]] });
    }
    return out;
  }

  private groupsCache: { byEnt: Int32Array; entStart: Int32Array } | undefined;

  private get groups(): { byEnt: Int32Array; entStart: Int32Array } {
    return (this.groupsCache ??= groupByEnterprise(this.prep));
  }

  private lowerBound(): number {
    const { byEnt, entStart } = this.groups;
    const fates = this.fates;
    let keys = new Float64Array(64);
    let total = 0;
    for (let e = 0; e < this.prep.entIds.length; e++) {
      let n = 0;
      for (let k = entStart[e]; k < entStart[e + 1]; k++) {
        const f = byEnt[k];
        if (fates.state[f] !== SCHEDULED) continue;
        if (n >= keys.length) {
          const bigger = new Float64Array(keys.length * 2);
          bigger.set(keys);
          keys = bigger;
        }
        keys[n++] = fates.hi[f] * 2097152 + fates.lo[f]; // sort by window end
      }
      if (n === 0) continue;
      if (this.prep.entOptOut[e] === 1) {
        total += n;
        continue;
      }
      const sorted = keys.subarray(0, n).sort();
      let last = -1;
      for (let k = 0; k < n; k++) {
        const hi = Math.floor(sorted[k] / 2097152), lo = sorted[k] - hi * 2097152;
        if (lo > last) {
          total++;
          last = hi;
        }
      }
    }
    return total;
  }
}

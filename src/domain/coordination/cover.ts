/**
 * Who enters for a visit. Given a visit's filings, choose the set S of departments whose teams
 * enter (each present department carries its own filings there; a delegable filing may instead be
 * carried by a present department named in its delegableTo) so that
 *   1. as many filings as possible are carried (all of them, unless capacity or the policy's
 *      maximum of departments per visit forbids),
 *   2. as few teams as possible enter (what delegation buys: fewer people at the enterprise and
 *      team-days left for other visits),
 *   3. as many filings as possible are carried by their own department,
 * with |S| ≤ the policy maximum and S limited to departments allowed that day (capacity left).
 * Visits hold a handful of departments, so small cases are solved exhaustively over subsets.
 */

export interface CoverData {
  fDept: Int32Array;
  fDelStart: Int32Array;
  fDel: Int32Array;
  /** Rank of each department id in string order (deterministic tie-breaks). */
  deptOrder: Int32Array;
}

export interface CoverResult {
  covered: number;
  present: number;
  /** Whether any filing is carried by a delegate. */
  delegated: boolean;
}

const EXHAUSTIVE_MAX = 16;

export class Coverer {
  private stamp: Int32Array;
  private slot: Int32Array;
  private tick = 0;
  private cand: number[] = [];
  private masks: Int32Array = new Int32Array(64);
  private counts: number[] = [];

  constructor(private readonly data: CoverData, departments: number) {
    this.stamp = new Int32Array(departments);
    this.slot = new Int32Array(departments);
  }

  /**
   * Cover the filings buf[start..start+len). `allowed[d] === 0` forbids department d to enter
   * (null: all allowed). Writes each filing's carrier (global department, -1 = not carried)
   * into carriers[0..len).
   */
  cover(buf: Int32Array, start: number, len: number, maxDepartments: number, allowed: Uint8Array | null, carriers: Int32Array): CoverResult {
    const { fDept, fDelStart, fDel } = this.data;
    const t = ++this.tick;
    const cand = this.cand;
    cand.length = 0;
    let delegable = false;
    let blocked = false;
    for (let k = start; k < start + len; k++) {
      const d = fDept[buf[k]];
      if (this.stamp[d] !== t) {
        this.stamp[d] = t;
        this.slot[d] = -1;
        if (allowed === null || allowed[d] !== 0) {
          this.slot[d] = cand.length;
          cand.push(d);
        } else blocked = true;
      }
    }
    for (let k = start; k < start + len && !delegable; k++) {
      const f = buf[k];
      for (let j = fDelStart[f]; j < fDelStart[f + 1]; j++) {
        const x = fDel[j];
        if (this.stamp[x] === t && this.slot[x] >= 0) {
          delegable = true;
          break;
        }
      }
    }
    if (!delegable && !blocked && cand.length <= maxDepartments) {
      for (let k = 0; k < len; k++) carriers[k] = fDept[buf[start + k]];
      return { covered: len, present: cand.length, delegated: false };
    }
    if (cand.length <= EXHAUSTIVE_MAX) return this.exhaustive(buf, start, len, maxDepartments, carriers, t);
    return this.greedy(buf, start, len, maxDepartments, carriers, t);
  }

  /** Whether all the filings buf[start..start+len) can be carried by at most M departments entering. */
  canCarryAll(buf: Int32Array, start: number, len: number, maxDepartments: number): boolean {
    const { fDept } = this.data;
    const t = ++this.tick;
    const cand = this.cand;
    cand.length = 0;
    for (let k = start; k < start + len; k++) {
      const d = fDept[buf[k]];
      if (this.stamp[d] !== t) {
        this.stamp[d] = t;
        this.slot[d] = cand.length;
        cand.push(d);
      }
    }
    if (cand.length <= maxDepartments) return true;
    if (cand.length > 30) return false;
    const masks = this.fileMasks(buf, start, len, t);
    return this.fullCover(buf, start, len, maxDepartments, masks) >= 0;
  }

  private fileMasks(buf: Int32Array, start: number, len: number, t: number): Int32Array {
    const { fDept, fDelStart, fDel } = this.data;
    if (this.masks.length < len) this.masks = new Int32Array(len * 2);
    const masks = this.masks;
    for (let k = 0; k < len; k++) {
      const f = buf[start + k];
      const own = this.slot[fDept[f]];
      let mask = own >= 0 ? 1 << own : 0;
      for (let j = fDelStart[f]; j < fDelStart[f + 1]; j++) {
        const x = fDel[j];
        if (this.stamp[x] === t && this.slot[x] >= 0) mask |= 1 << this.slot[x];
      }
      masks[k] = mask;
    }
    return masks;
  }

  private exhaustive(buf: Int32Array, start: number, len: number, maxDepartments: number, carriers: Int32Array, t: number): CoverResult {
    const { fDept, deptOrder } = this.data;
    const cand = this.cand;
    // order candidate bits by department id so the first best subset found is deterministic
    cand.sort((a, b) => deptOrder[a] - deptOrder[b]);
    for (let s = 0; s < cand.length; s++) this.slot[cand[s]] = s;
    const masks = this.fileMasks(buf, start, len, t);
    const full = this.fullCover(buf, start, len, maxDepartments, masks);
    if (full >= 0) return this.assign(buf, start, len, full, carriers, masks);
    // no full cover: more departments never carry less, so try the sets of exactly min(M, k)
    let best = 0, bestCov = -1, bestSize = 0, bestOwn = -1;
    const want = Math.min(maxDepartments, cand.length);
    const limit = 1 << cand.length;
    for (let s = 0; s < limit; s = nextSameSize(s, want, limit)) {
      const size = want;
      let cov = 0, own = 0;
      for (let k = 0; k < len; k++) {
        if ((masks[k] & s) === 0) continue;
        cov++;
        const o = this.slot[fDept[buf[start + k]]];
        if (o >= 0 && (s & (1 << o)) !== 0) own++;
      }
      if (cov > bestCov || (cov === bestCov && (size < bestSize || (size === bestSize && own > bestOwn)))) {
        best = s; bestCov = cov; bestSize = size; bestOwn = own;
      }
    }
    return this.assign(buf, start, len, best, carriers, masks);
  }

  /**
   * The smallest set of entering departments carrying every filing (most filings carried by their
   * own department on a tie), or -1 when none has at most M departments. Departments that alone
   * can carry some filing must enter; the others are tried in subsets of growing size.
   */
  private fullCover(buf: Int32Array, start: number, len: number, maxDepartments: number, masks: Int32Array): number {
    const { fDept } = this.data;
    let forced = 0, all = 0;
    for (let k = 0; k < len; k++) {
      const m = masks[k];
      if (m === 0) return -1;
      if ((m & (m - 1)) === 0) forced |= m;
      all |= m;
    }
    const optional: number[] = [];
    for (let b = 0; b < this.cand.length; b++) if (((all >>> b) & 1) !== 0 && ((forced >>> b) & 1) === 0) optional.push(b);
    const room = maxDepartments - popcount(forced);
    for (let size = 0; size <= Math.min(room, optional.length); size++) {
      let best = -1, bestOwn = -1;
      // combinations of `size` optional departments, in lexicographic order
      const idx = Array.from({ length: size }, (_, k) => k);
      for (;;) {
        let s = forced;
        for (const k of idx) s |= 1 << optional[k];
        let ok = true, own = 0;
        for (let k = 0; k < len && ok; k++) {
          if ((masks[k] & s) === 0) ok = false;
          else if ((s >>> this.slot[fDept[buf[start + k]]]) & 1) own++;
        }
        if (ok && own > bestOwn) {
          best = s;
          bestOwn = own;
        }
        let j = size - 1;
        while (j >= 0 && idx[j] === optional.length - size + j) j--;
        if (j < 0) break;
        idx[j]++;
        for (let k = j + 1; k < size; k++) idx[k] = idx[k - 1] + 1;
      }
      if (best >= 0) return best;
    }
    return -1;
  }

  /** Large visits (rare): add the department carrying most uncovered filings, up to the maximum. */
  private greedy(buf: Int32Array, start: number, len: number, maxDepartments: number, carriers: Int32Array, t: number): CoverResult {
    const cand = this.cand;
    cand.sort((a, b) => this.data.deptOrder[a] - this.data.deptOrder[b]);
    for (let s = 0; s < cand.length && s < 31; s++) this.slot[cand[s]] = s;
    for (let s = 31; s < cand.length; s++) this.slot[cand[s]] = -1; // beyond 31 bits: never enters
    const masks = this.fileMasks(buf, start, len, t);
    let chosen = 0;
    const counts = this.counts;
    for (let round = 0; round < maxDepartments; round++) {
      counts.length = 0;
      for (let s = 0; s < Math.min(cand.length, 31); s++) counts.push(0);
      for (let k = 0; k < len; k++) {
        if ((masks[k] & chosen) !== 0) continue;
        for (let s = 0; s < counts.length; s++) if ((masks[k] & (1 << s)) !== 0) counts[s]++;
      }
      let pick = -1;
      for (let s = 0; s < counts.length; s++) if (counts[s] > 0 && (pick < 0 || counts[s] > counts[pick])) pick = s;
      if (pick < 0) break;
      chosen |= 1 << pick;
    }
    return this.assign(buf, start, len, chosen, carriers, masks);
  }

  private assign(buf: Int32Array, start: number, len: number, s: number, carriers: Int32Array, masks: Int32Array): CoverResult {
    const { fDept, fDelStart, fDel } = this.data;
    let covered = 0;
    let delegated = false;
    for (let k = 0; k < len; k++) {
      const f = buf[start + k];
      carriers[k] = -1;
      if ((masks[k] & s) === 0) continue;
      covered++;
      const o = this.slot[fDept[f]];
      if (o >= 0 && (s & (1 << o)) !== 0) {
        carriers[k] = fDept[f];
        continue;
      }
      for (let j = fDelStart[f]; j < fDelStart[f + 1]; j++) {
        const x = this.slot[fDel[j]];
        if (this.stamp[fDel[j]] === this.tick && x >= 0 && (s & (1 << x)) !== 0) {
          carriers[k] = fDel[j];
          delegated = true;
          break;
        }
      }
    }
    let used = 0;
    for (let k = 0; k < len; k++) if (carriers[k] >= 0) used |= 1 << this.slot[carriers[k]];
    return { covered, present: popcount(used), delegated };
  }
}

/** The next integer above s with the same number of bits (Gosper's hack); starts from 0 → lowest. */
function nextSameSize(s: number, k: number, limit: number): number {
  if (s === 0) return k === 0 ? limit : (1 << k) - 1;
  if (k === 0) return limit;
  const c = s & -s;
  const r = s + c;
  const next = (((r ^ s) >>> 2) / c) | r;
  return next >= limit || next <= s ? limit : next;
}

export function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

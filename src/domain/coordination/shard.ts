/**
 * Phase 1 on a range of enterprises, for a worker thread (parallel.ts). Without capacity the
 * enterprises do not interact, so a shard needs only the typed-array input, the lawful-day axis
 * and the policy — all plain data, cloned into the worker — and sends back the fates of its
 * filings and its visits, which the main thread splices in (mergeShard) exactly where a single
 * pass would have put them.
 */
import type { DayAxis } from './axis.ts';
import { Caps } from './caps.ts';
import { Coverer } from './cover.ts';
import { planWithoutCapacity, type PhaseOneStats } from './plan.ts';
import { appendVisits, FilingFates, VisitStore, type VisitArrays } from './store.ts';
import type { SchedulerPolicy } from './types.ts';
import type { PlanInput } from './validate.ts';

export interface ShardRequest {
  prep: PlanInput;
  axis: DayAxis;
  policy: SchedulerPolicy;
  deptOrder: Int32Array;
  budget: number;
  smallSearch: number | undefined;
  e0: number;
  e1: number;
}

export interface ShardResult {
  e0: number;
  e1: number;
  stats: PhaseOneStats;
  state: Uint8Array;
  visit: Int32Array;
  carrier: Int32Array;
  lo: Int32Array;
  hi: Int32Array;
  visits: VisitArrays;
  /** Set by the worker: its thread's CPU time and the wall time spent on the shard. */
  timing?: ShardTiming;
}

export interface ShardTiming {
  cpuMs: number;
  wallMs: number;
}

/** The plain policy fields the scheduler reads (a full Policy may carry more). */
export function schedulerPolicy(p: SchedulerPolicy): SchedulerPolicy {
  const { id, departmentOnsiteCap, gradeOnsiteCaps, quietPeriods, noticeLeadWorkingDays, maxDepartmentsPerJointVisit } = p;
  return { id, departmentOnsiteCap, gradeOnsiteCaps, quietPeriods, noticeLeadWorkingDays, maxDepartmentsPerJointVisit };
}

/** The typed-array part of a prepared input (what a shard is sent). */
export function planInput(p: PlanInput): PlanInput {
  const { today, n, entGrade, entOnsite, entOptOut, entDvStart, entDvDept, entDvCount, deptCapacity, fEnt, fDept, fFrom, fTo, fDelStart, fDel } = p;
  return { today, n, entGrade, entOnsite, entOptOut, entDvStart, entDvDept, entDvCount, deptCapacity, fEnt, fDept, fFrom, fTo, fDelStart, fDel };
}

/** Worker side: plan the shard. Returns the result and the buffers to transfer. */
export function solveShard(req: ShardRequest): { result: ShardResult; transfer: ArrayBuffer[] } {
  const { prep, axis, policy } = req;
  const caps = new Caps(prep, policy);
  const coverer = new Coverer({ fDept: prep.fDept, fDelStart: prep.fDelStart, fDel: prep.fDel, deptOrder: req.deptOrder }, prep.deptCapacity.length);
  const fates = new FilingFates(prep.n);
  const store = new VisitStore(new Int32Array(prep.entGrade.length));
  const stats = planWithoutCapacity(prep, axis, policy, caps, coverer, fates, store, req.budget, req.smallSearch, req.e0, req.e1);
  const visits: VisitArrays = {
    count: store.count, filUsed: store.filUsed, entHead: store.entHead, ent: store.ent, day: store.day, year: store.year,
    lo: store.lo, hi: store.hi, filStart: store.filStart, filLen: store.filLen, alive: store.alive, nextOfEnt: store.nextOfEnt, fil: store.fil,
  };
  const result: ShardResult = { e0: req.e0, e1: req.e1, stats, state: fates.state, visit: fates.visit, carrier: fates.carrier, lo: fates.lo, hi: fates.hi, visits };
  const transfer = [fates.state, fates.visit, fates.carrier, fates.lo, fates.hi, ...Object.values(visits).filter((x) => typeof x !== 'number')].map(
    (a) => (a as Int32Array).buffer as ArrayBuffer,
  );
  return { result, transfer };
}

/** Main side: splice a shard's result into the run's fates and visits (shards merged in enterprise order). */
export function mergeShard(prep: PlanInput, fates: FilingFates, store: VisitStore, r: ShardResult): void {
  const offset = appendVisits(store, r.visits, r.e0, r.e1);
  const { fEnt } = prep;
  for (let f = 0; f < prep.n; f++) {
    const e = fEnt[f];
    if (e < r.e0 || e >= r.e1) continue;
    fates.state[f] = r.state[f];
    fates.lo[f] = r.lo[f];
    fates.hi[f] = r.hi[f];
    fates.carrier[f] = r.carrier[f];
    fates.visit[f] = r.visit[f] < 0 ? -1 : r.visit[f] + offset;
  }
}

export function addStats(a: PhaseOneStats, b: PhaseOneStats): PhaseOneStats {
  return {
    enterprises: a.enterprises + b.enterprises,
    certified: a.certified + b.certified,
    searched: a.searched + b.searched,
    inexact: a.inexact + b.inexact,
    searchNodes: a.searchNodes + b.searchNodes,
  };
}

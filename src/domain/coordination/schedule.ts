/**
 * schedule(input, ctx): the joint-visit scheduler (issue 5 item 2). Pure: no I/O, no clock.
 * Lexicographic objective: (1) most filings scheduled lawfully, (2) fewest visits, (3) earliest
 * days, (4) fewest teams entering. Exact for (1) and (2) without capacity limits (see
 * docs/scheduler.md for the proof sketch and the bounded cases); capacity is heuristic plus repair.
 */
import { toDayNumber } from '../calendar/dates.ts';
import { policyInForce } from '../policy/select.ts';
import type { Policy } from '../policy/types.ts';
import { buildAxis, type DayAxis } from './axis.ts';
import { CapacityPhase } from './capacity.ts';
import { Caps } from './caps.ts';
import { Coverer } from './cover.ts';
import { ScheduleInputError } from './errors.ts';
import { OutputBuilder } from './output.ts';
import { planWithoutCapacity, type PhaseOneStats } from './plan.ts';
import { FilingFates, VisitStore } from './store.ts';
import type { ScheduleDiagnostics, ScheduleOutput, SchedulerContext } from './types.ts';
import { prepareInput, type PreparedInput } from './validate.ts';

const DEFAULT_BUDGET = 20_000;

export function schedule(input: unknown, ctx: SchedulerContext): ScheduleOutput {
  return scheduleWithDiagnostics(input, ctx).output;
}

export type ScheduleResult = { output: ScheduleOutput; diagnostics: ScheduleDiagnostics };

export function scheduleWithDiagnostics(input: unknown, ctx: SchedulerContext): ScheduleResult {
  const run = startSchedule(input, ctx);
  const p1 = planWithoutCapacity(run.prep, run.axis, ctx.policy, run.caps, run.coverer, run.fates, run.store, run.budget, ctx.smallSearchFilings);
  return finishSchedule(run, p1, ctx);
}

/** Everything phase 1 needs, validated and laid out; shared by the sequential and the parallel path. */
export interface ScheduleRun {
  prep: PreparedInput;
  axis: DayAxis;
  caps: Caps;
  deptOrder: Int32Array;
  coverer: Coverer;
  fates: FilingFates;
  store: VisitStore;
  budget: number;
  /** Clock readings: start, end of preparation. */
  t0: number;
  t1: number;
}

/** Validates the input and builds the lawful-day axis; throws ScheduleInputError before any planning. */
export function startSchedule(input: unknown, ctx: SchedulerContext): ScheduleRun {
  const now = ctx.now ?? (() => 0); // the domain reads no clock unless the caller lends one
  const t0 = now();
  const prep = prepareInput(input);
  const { calendar, policy } = ctx;
  if (prep.policy !== undefined && prep.policy !== policy.id) {
    throw new ScheduleInputError([{ path: 'policy', zh: `与所用政策版本 ${policy.id} 不一致`, en: `does not match the policy version in use (${policy.id})` }]);
  }
  const rangeFrom = toDayNumber(calendar.range.from), rangeTo = toDayNumber(calendar.range.to);
  if (prep.today < rangeFrom || prep.today > rangeTo) {
    throw new ScheduleInputError([{ path: 'today', zh: `超出工作日历范围（${calendar.range.from} 至 ${calendar.range.to}）`, en: `outside the working calendar (${calendar.range.from} to ${calendar.range.to})` }]);
  }
  let lastDay = prep.today;
  for (let i = 0; i < prep.n; i++) if (prep.fTo[i] > lastDay) lastDay = prep.fTo[i];
  const axis = buildAxis(prep.today, lastDay, ctx);
  const caps = new Caps(prep, policy);
  const deptOrder = departmentOrder(prep.deptIds);
  const coverer = new Coverer({ fDept: prep.fDept, fDelStart: prep.fDelStart, fDel: prep.fDel, deptOrder }, prep.deptIds.length);
  const fates = new FilingFates(prep.n);
  const store = new VisitStore(new Int32Array(prep.entIds.length));
  return { prep, axis, caps, deptOrder, coverer, fates, store, budget: ctx.searchNodeBudget ?? DEFAULT_BUDGET, t0, t1: now() };
}

/** Rank of each department id in string order (deterministic tie-breaks). */
export function departmentOrder(ids: readonly string[]): Int32Array {
  const D = ids.length;
  const byId = Array.from({ length: D }, (_, d) => d).sort((a, b) => (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
  const order = new Int32Array(D);
  byId.forEach((d, rank) => (order[d] = rank));
  return order;
}

/** Capacity (when any department has a limit), then the output. */
export function finishSchedule(run: ScheduleRun, p1: PhaseOneStats, ctx: SchedulerContext): ScheduleResult {
  const now = ctx.now ?? (() => 0);
  const { prep, axis, caps, coverer, fates, store } = run;
  const t2 = now();
  let capacityStats = { moved: 0, dropped: 0, reinserted: 0 };
  if (prep.deptCapacity.some((c) => c >= 0)) {
    const phase = new CapacityPhase(prep, axis, caps, coverer, fates, store, ctx.policy.maxDepartmentsPerJointVisit);
    phase.run();
    capacityStats = phase.stats;
  }
  const t3 = now();
  const output = new OutputBuilder(prep, axis, ctx.policy, caps, fates, store, run.deptOrder).build();
  const t4 = now();
  return {
    output,
    diagnostics: {
      enterprises: p1.enterprises,
      certified: p1.certified,
      searched: p1.searched,
      inexact: p1.inexact,
      searchNodes: p1.searchNodes,
      capacityMoved: capacityStats.moved,
      capacityDropped: capacityStats.dropped,
      capacityReinserted: capacityStats.reinserted,
      millis: { prepare: run.t1 - run.t0, solve: t2 - run.t1, capacity: t3 - t2, output: t4 - t3 },
    },
  };
}

/**
 * The policy version for an input: the one its `policy` field names, else the one in force on its
 * `today`. Throws ScheduleInputError naming `policy` or `today`.
 */
export function selectPolicy(input: unknown, versions: readonly Policy[]): Policy {
  const o = typeof input === 'object' && input !== null && !Array.isArray(input) ? (input as Record<string, unknown>) : {};
  if (o.policy !== undefined) {
    const named = versions.find((p) => p.id === o.policy);
    if (named) return named;
    const known = versions.map((p) => p.id).join(', ');
    throw new ScheduleInputError([{ path: 'policy', zh: `未知的政策版本 ${String(o.policy)}（可用：${known}）`, en: `unknown policy version ${String(o.policy)} (known: ${known})` }]);
  }
  let today: number;
  try {
    today = toDayNumber(o.today as string);
  } catch {
    throw new ScheduleInputError([{ path: 'today', zh: '不是有效日期（YYYY-MM-DD）', en: 'not a date (YYYY-MM-DD)' }]);
  }
  const inForce = policyInForce(versions, o.today as string);
  if (!inForce || !Number.isFinite(today)) {
    throw new ScheduleInputError([{ path: 'today', zh: `${String(o.today)} 没有生效的政策版本`, en: `no policy version is in force on ${String(o.today)}` }]);
  }
  return inForce;
}

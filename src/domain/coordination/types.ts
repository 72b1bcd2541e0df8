/**
 * The joint-visit scheduler's contract (issue 5 item 3). The JSON shapes below are a public
 * format that other systems feed; the field names must not change.
 */
import type { Grade } from '../calendar/quiet.ts';
import type { IsoDate, WorkingCalendar } from '../calendar/types.ts';
import type { Policy, Text } from '../policy/types.ts';

export type { Grade, IsoDate, Text };

export interface ScheduleEnterprise {
  id: string;
  grade: Grade;
  /** On-site visits already made in the calendar year of `today` (R5; a joint visit counts once). */
  onsiteVisitsThisYear: number;
  /** Per department: on-site inspections already made in the year of `today` (R4). */
  departmentVisitsThisYear: Record<string, number>;
  /** The enterprise asked not to be merged: each filing is its own visit. Default false. */
  optOut?: boolean;
}

export interface ScheduleDepartment {
  id: string;
  /** Visits the department can staff per working day (teams); null = no limit. */
  capacityPerDay: number | null;
}

export interface ScheduleFiling {
  id: string;
  enterprise: string;
  department: string;
  /** The window the department filed, inclusive. */
  from: IsoDate;
  to: IsoDate;
  /** Departments that may carry the filing out on the owner's behalf (delegable-item library). */
  delegableTo?: string[];
}

export interface ScheduleInput {
  /** The planning day: the day notices go out. */
  today: IsoDate;
  /** Policy version id; default: the version in force on `today`. */
  policy?: string;
  enterprises: ScheduleEnterprise[];
  departments: ScheduleDepartment[];
  filings: ScheduleFiling[];
}

export type UnscheduledReason = 'GRADE_EXEMPT' | 'GRADE_CAP' | 'DEPARTMENT_CAP' | 'NO_LAWFUL_DAY' | 'CAPACITY' | 'OPT_OUT';

export interface VisitFiling {
  id: string;
  /** The department that carries the filing out: its owner, or a delegate present in the visit. */
  by: string;
}

export interface ScheduledVisit {
  enterprise: string;
  date: IsoDate;
  /** The lead department: most filings carried, then the smallest id. */
  lead: string;
  /** The departments whose teams enter (the carriers), sorted by id. */
  departments: string[];
  filings: VisitFiling[];
}

export interface UnscheduledFiling {
  filing: string;
  reason: UnscheduledReason;
  message: Text;
}

export interface ScheduleStats {
  filings: number;
  scheduled: number;
  visits: number;
  /** A proven lower bound on the visits needed for the scheduled filings (docs/scheduler.md). */
  lowerBound: number;
  /** Visits with two or more departments or a delegated filing, over all visits (0 when none). */
  jointRate: number;
}

export interface ScheduleOutput {
  visits: ScheduledVisit[];
  unscheduled: UnscheduledFiling[];
  stats: ScheduleStats;
}

/** The policy parameters the scheduler reads (a full Policy satisfies it). */
export type SchedulerPolicy = Pick<
  Policy,
  'id' | 'departmentOnsiteCap' | 'gradeOnsiteCaps' | 'quietPeriods' | 'noticeLeadWorkingDays' | 'maxDepartmentsPerJointVisit'
>;

export interface SchedulerContext {
  calendar: WorkingCalendar;
  policy: SchedulerPolicy;
  /**
   * Plan on days of years whose official holiday arrangement is not yet known (weekday rule only).
   * Default false: such days are not used and the filings concerned say why.
   */
  allowProvisional?: boolean;
  /** Branch-and-bound nodes allowed per enterprise before the best plan found is kept. Default 20,000. */
  searchNodeBudget?: number;
  /**
   * Tuning: capped-grade enterprises with more candidate filings than this search over visit days
   * rather than over groupings of filings. Default 12 (tests lower it to exercise that search).
   */
  smallSearchFilings?: number;
  /** A clock for the diagnostics' phase timings (e.g. performance.now); without it they are 0. */
  now?: () => number;
}

/** How the plan was reached: for benchmarks and the coordinator's "how good is this" view. */
export interface ScheduleDiagnostics {
  enterprises: number;
  /** Enterprises solved by a relaxation whose optimum turned out lawful (a proof of optimality). */
  certified: number;
  /** Enterprises solved by exhaustive branch and bound (also exact). */
  searched: number;
  /** Enterprises where the search hit its budget or size limit: the plan is lawful, maybe not optimal. */
  inexact: number;
  searchNodes: number;
  /** Capacity phase: visits placed on another day than the capacity-free plan, filings dropped, re-placed. */
  capacityMoved: number;
  capacityDropped: number;
  capacityReinserted: number;
  /** Phase timings by ctx.now (0 without a clock). */
  millis: { prepare: number; solve: number; capacity: number; output: number };
  /**
   * scheduleParallel only: phase 1 per thread (the calling thread first), with that thread's CPU
   * time and the wall time it spent (NaN where the runtime cannot tell a thread's CPU time).
   */
  shards?: { enterprises: number; filings: number; cpuMs: number; wallMs: number; worker: boolean }[];
}

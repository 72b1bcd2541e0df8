/**
 * The jurisdiction policy: every number and text the rules read, as versioned data.
 * A coordinator publishes a new version effective from a date; an inspection is judged by the
 * version in force on its date (policyInForce).
 */
import type { Grade, QuietWindow } from '../calendar/quiet.ts';
import type { IsoDate } from '../calendar/types.ts';

export type { Grade, QuietWindow };

export type RuleId = 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'R6' | 'R7' | 'R8' | 'R9' | 'R10' | 'R11' | 'R12' | 'R13' | 'R14' | 'R15';
export const RULE_IDS: readonly RuleId[] = ['R1', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8', 'R9', 'R10', 'R11', 'R12', 'R13', 'R14', 'R15'];

/** Rules an exception case may lift (SPEC R7). */
export const LIFTABLE_RULES: readonly RuleId[] = ['R5', 'R6', 'R9'];

export interface Text {
  zh: string;
  en: string;
}

/** A clause a rule cites: its id in the source text and the zh quotation. */
export interface Clause {
  id: string;
  text: string;
  /** Superior texts the rule also rests on, by name only (e.g. 国办发〔2024〕54号). */
  also?: string[];
}

/** Obligations an exception case adds (R7). */
export type ExceptionObligation = 'HEAD_APPROVAL' | 'FILE_WITH_COORDINATOR';

export interface ExceptionCase {
  /** Stable code, UPPER_SNAKE; never reused for another meaning. */
  code: string;
  name: Text;
  /** Exactly which rules the case lifts: a subset of R5, R6, R9. */
  lifts: RuleId[];
  obligations: ExceptionObligation[];
  /** True when the head's approval may be recorded after the inspection (urgent cases). */
  approvalAfterwards: boolean;
  /** Why the case lifts what it lifts (shown to users and in docs). */
  rationale: Text;
}

export type DeadlineUnit = 'working_days' | 'calendar_days';

export interface Deadline {
  code: string;
  name: Text;
  days: number;
  unit: DeadlineUnit;
  /** What the deadline runs from. */
  from: Text;
  /** What happens when it passes with nothing done. */
  defaultOutcome: { code: string } & Text;
}

export type JointRateBasis = 'visits' | 'tasks';

export interface Policy {
  /** Version id, e.g. 'yunhe-2025'. */
  id: string;
  jurisdiction: { code: string; name: Text };
  effectiveFrom: IsoDate;
  /** The document the version implements. */
  basis: { id: string; title: string };
  /** R4: on-site inspections of one enterprise by one department per calendar year. */
  departmentOnsiteCap: number;
  /** R5: on-site visits per enterprise per year by grade; 0 = exempt (exemption list); null = no cap. */
  gradeOnsiteCaps: Record<Grade, number | null>;
  /** R6: each grade's monthly quiet window; null = none. */
  quietPeriods: Record<Grade, QuietWindow | null>;
  /** R9: working days strictly between notice and inspection. */
  noticeLeadWorkingDays: number;
  /** R10 (and R6 for research visits): working days strictly between report and visit. */
  visitReportLeadWorkingDays: number;
  /** R7: an exception inspection is filed with the coordinator by the end of the n-th working day after it. */
  exceptionFilingWorkingDays: number;
  /** R13 */
  minInspectors: number;
  exceptionCases: ExceptionCase[];
  /** R8: an off-site pass holds back on-site inspection of the same items for this many calendar days. */
  offsiteHoldDays: number;
  /** R11: other departments' on-site inspections within ± this many days are "the same period". */
  mergeWindowDays: number;
  maxDepartmentsPerJointVisit: number;
  jointRate: {
    /** The figure compared with the target. */
    primary: JointRateBasis;
    targets: { year: number; target: number }[];
  };
  alerts: {
    /** Window for "several departments at one enterprise". */
    multiDepartmentWindowDays: number;
    /** How many distinct departments (in separate visits) within the window raise the alert. */
    multiDepartmentMinDepartments: number;
    /** Alert when a cap has at most this many visits left. */
    capRemainingAlert: number;
  };
  deadlines: Deadline[];
  /** R15 */
  improvement: { gradingPeriods: number };
  /** Catalog items unused for this many years are flagged for retirement (54号). */
  itemRetirementUnusedYears: number;
  /** The clause each rule cites. */
  clauses: Record<RuleId, Clause>;
  /** The clause for the yearly goals (joint rate). */
  goalsClause: Clause;
}

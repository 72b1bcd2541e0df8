// The jurisdiction policy API: the version in force with every parameter, the versions, publishing.
import { api } from './client';
import type { Grade } from './types';

export interface LocalText {
  zh: string;
  en: string;
}

export interface Clause {
  id: string;
  text: string;
  also?: string[];
}

export type Obligation = 'HEAD_APPROVAL' | 'FILE_WITH_COORDINATOR';

export interface ExceptionCase {
  code: string;
  name: LocalText;
  lifts: string[];
  obligations: Obligation[];
  approvalAfterwards: boolean;
  rationale: LocalText;
}

export interface Deadline {
  code: string;
  name: LocalText;
  days: number;
  unit: 'working_days' | 'calendar_days';
  from: LocalText;
  defaultOutcome: LocalText & { code: string };
}

export type PerGrade<T> = Record<Grade, T>;

export interface Policy {
  id: string;
  jurisdiction: { code: string; name: LocalText };
  effectiveFrom: string;
  basis: { id: string; title: string };
  departmentOnsiteCap: number;
  gradeOnsiteCaps: PerGrade<number | null>;
  quietPeriods: PerGrade<{ startDay: number; endDay: number | null } | null>;
  noticeLeadWorkingDays: number;
  visitReportLeadWorkingDays: number;
  exceptionFilingWorkingDays: number;
  minInspectors: number;
  exceptionCases: ExceptionCase[];
  offsiteHoldDays: number;
  mergeWindowDays: number;
  maxDepartmentsPerJointVisit: number;
  jointRate: { primary: 'visits' | 'tasks'; targets: { year: number; target: number }[] };
  alerts: { multiDepartmentWindowDays: number; multiDepartmentMinDepartments: number; capRemainingAlert: number };
  deadlines: Deadline[];
  improvement: { gradingPeriods: number };
  itemRetirementUnusedYears: number;
  clauses: Record<string, Clause>;
  goalsClause: Clause;
}

export interface PolicyVersion {
  id: string;
  jurisdiction: string;
  effectiveFrom: string;
  basis: { id: string; title: string };
  source: 'built_in' | 'published';
  publishedAt: string | null;
  publishedBy: string | null;
}

export interface PolicyInForce {
  date: string;
  jurisdiction: string;
  version: PolicyVersion;
  next: PolicyVersion | null;
  policy: Policy;
}

export interface PolicyVersionList {
  jurisdiction: string;
  today: string;
  inForce: string | null;
  items: PolicyVersion[];
}

/** One problem the API found in a policy it was asked to publish (error details.errors). */
export interface PolicyProblem {
  path: string;
  code: string;
  message: string;
}

const quiet = { silent: true } as const;

export const getPolicy = (date?: string) => api.get<PolicyInForce>('/policy', { date }, quiet);
export const listPolicyVersions = () => api.get<PolicyVersionList>('/policy/versions', undefined, quiet);
export const publishPolicyVersion = (policy: unknown) => api.post<PolicyVersion>('/policy/versions', policy, { silent: true });

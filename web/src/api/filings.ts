// The filing API (备案): file, check as the user types, list, read, and every state change.
import { api, request, type QueryValue } from './client';
import type { Finding, Verdict } from './ruleCheck';
import type { Grade, InspectionMode } from './types';

export type FilingState =
  | 'draft'
  | 'submitted'
  | 'head_approved'
  | 'accepted'
  | 'returned'
  | 'merge_required'
  | 'notified'
  | 'in_progress'
  | 'completed'
  | 'cancelled';
export const FILING_STATES: readonly FilingState[] = [
  'draft',
  'submitted',
  'head_approved',
  'returned',
  'merge_required',
  'accepted',
  'notified',
  'in_progress',
  'completed',
  'cancelled',
];
export type FilingKind = 'random' | 'targeted' | 'campaign';
export const FILING_KINDS: readonly FilingKind[] = ['random', 'targeted', 'campaign'];
export type FilingPath = 'planned' | 'triggered' | 'emergency';
/** The transitions the API names in a filing's `transitions`. */
export type FilingAction =
  | 'submit'
  | 'approve'
  | 'reject'
  | 'accept'
  | 'return'
  | 'require_merge'
  | 'notify'
  | 'arrive'
  | 'register'
  | 'complete'
  | 'cancel'
  | 'edit';

export interface FilingSummary {
  id: number;
  department: { code: string; name: string };
  enterprise: { uscc: string; name: string; grade: Grade | null };
  kind: FilingKind;
  path: FilingPath;
  mode: InspectionMode;
  plannedDate: string;
  windowEnd: string | null;
  state: FilingState;
  stateLabel: string;
  exceptionCase: string | null;
  /** Item names. */
  items: string[];
  createdAt: string;
}

export interface FilingCheck {
  verdict: Verdict;
  findings: Finding[];
  earliestDate: string | null;
  provisional: boolean;
}

export interface FilingItem {
  code: string;
  name: string;
  legalBasis: string;
  version: number | null;
  owner: { code: string; name: string };
  delegated: boolean;
  checklist: { id: string; text: string }[];
}

export interface FilingPerson {
  username: string;
  displayName: string;
  certificateNumber: string | null;
  certificateValidUntil: string | null;
}

export interface FilingProblem {
  description: string;
  rectifyBy: string;
}

export type Answer = 'yes' | 'no' | 'na';
export type Outcome = 'none' | 'problems' | 'violation';

export interface FilingRecord {
  arrivedAt: string | null;
  codeShown: boolean;
  answers: { key: string; answer: Answer; note?: string }[] | null;
  outcome: Outcome | null;
  problems: FilingProblem[] | null;
  rectificationDue: string | null;
  caseReference: string | null;
  summary: string | null;
  completedAt: string | null;
}

export interface FilingDetail extends Omit<FilingSummary, 'items'> {
  exceptionReason: string | null;
  campaignBasis: string | null;
  planTaskId: number | null;
  onsiteReason: string | null;
  nationalRuleBasis: string | null;
  joinsFilingId: number | null;
  /** The joint visit (综合查一次) it is part of: as lead with members, or as a member. */
  jointVisit?: JointVisit | null;
  reviewComment: string | null;
  cancelReason: string | null;
  lateReason: string | null;
  startedAt: string | null;
  registeredAt: string | null;
  items: FilingItem[];
  inspectors: FilingPerson[];
  check: (FilingCheck & { step: string; at: string }) | null;
  justifications: Record<string, { text: string; by: string; at: string }>;
  deadlines: { code: string; dueOn: string; metAt: string | null; outcome: string | null }[];
  flags: { code: string; raisedAt: string; note: string | null }[];
  history: { at: string; actor: string; action: string; state: FilingState | null; comment: string | null }[];
  notice: { id: number; issuedOn: string; acknowledgedAt: string | null; deemedDeliveredAt: string | null; recusalRequest: string | null } | null;
  record: FilingRecord | null;
  transitions: FilingAction[];
  /** The current inspection code (on-site, from acceptance on), its verify page '/v/<token>' and QR (SVG data URL). */
  code?: string | null;
  codeUrl?: string | null;
  codeQr?: string | null;
  codeValidFrom?: string | null;
  codeValidTo?: string | null;
}

export interface FilingInput {
  department: string;
  enterprise: string;
  kind: FilingKind;
  path: FilingPath;
  mode: InspectionMode;
  plannedDate: string;
  windowEnd?: string;
  items: string[];
  inspectors: string[];
  exceptionCase?: string;
  exceptionReason?: string;
  campaignBasis?: string;
  planTaskId?: number;
  onsiteReason?: string;
  nationalRuleBasis?: string;
  /** The lead filing of another department's visit this filing joins (same enterprise, same day). */
  joinsFilingId?: number;
  justifications?: Record<string, string>;
}

export interface FilingQuery {
  enterprise?: string;
  state?: FilingState[];
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

/** The list query as a query string (`state` repeats, which the shared client cannot express). */
export function filingQueryString(query: Partial<FilingQuery>): string {
  const params = new URLSearchParams();
  const scalar: Record<string, QueryValue> = { enterprise: query.enterprise, from: query.from, to: query.to, limit: query.limit, offset: query.offset };
  for (const [key, value] of Object.entries(scalar)) if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  for (const state of query.state ?? []) params.append('state', state);
  return params.toString();
}

const quiet = { silent: true } as const;
const enc = encodeURIComponent;

export const listFilings = (query: FilingQuery) =>
  api.get<{ items: FilingSummary[]; total: number }>(`/filings?${filingQueryString(query)}`, undefined, quiet);
/** The Excel export of the same list (a plain link: the session cookie authenticates it). */
export const filingsExportUrl = (query: Partial<FilingQuery>) => {
  const qs = filingQueryString({ ...query, limit: undefined, offset: undefined });
  return `/api/v1/filings.xlsx${qs ? `?${qs}` : ''}`;
};
export const getFiling = (id: number) => api.get<FilingDetail>(`/filings/${id}`, undefined, quiet);
/** Silent: the form shows a refused check in place. */
export const checkFiling = (body: FilingInput) => api.post<FilingCheck>('/filings/check', body, quiet);
export const createFiling = (body: FilingInput) => api.post<FilingDetail>('/filings', body, quiet);

/** The fields of a draft or returned filing to change (PATCH): enterprise, department and path stay; null clears an optional field. */
export type FilingPatch = Partial<{ [K in Exclude<keyof FilingInput, 'department' | 'enterprise' | 'path'>]: FilingInput[K] | null }> & { justifications?: Record<string, string> };
/** 修改备案: the rules run again; the state stays (a returned filing is submitted again afterwards). */
export const updateFiling = (id: number, body: FilingPatch) => request<FilingDetail>('PATCH', `/filings/${id}`, { body, silent: true });

export interface JointVisit {
  leadFilingId: number;
  date: string;
  role: 'lead' | 'member';
  /** Every department in the visit, the lead first. */
  departments: { code: string; name: string }[];
}

/** A visit another department plans at the enterprise: only its day, departments, lead and state. */
export interface MergeOffer {
  leadFilingId: number;
  date: string;
  state: FilingState;
  stateLabel: string;
  departments: { code: string; name: string }[];
  joinable: boolean;
  reason: { code: string; zh: string; en: string } | null;
}

export interface MergeOffers {
  enterprise: { uscc: string; name: string };
  from: string;
  to: string;
  nearbyFrom: string;
  nearbyTo: string;
  windowDays: number;
  maxDepartments: number;
  optedOut: boolean;
  notice: { zh: string; en: string } | null;
  /** Visits on a day inside [from, to]: may be joined. */
  offers: MergeOffer[];
  /** Visits within ± windowDays outside [from, to]: for information. */
  nearby: MergeOffer[];
}

/** The visits other departments plan at the enterprise around a filing's window (silent: shown in place). */
export const getMergeOffers = (uscc: string, from: string, to: string) =>
  api.get<MergeOffers>(`/enterprises/${enc(uscc)}/merge-offers`, { from, to }, quiet);

export interface StepBody {
  comment?: string;
  reason?: string;
  justifications?: Record<string, string>;
}

const PATHS: Partial<Record<FilingAction, string>> = { require_merge: 'require-merge' };
/** A state change; reject, return, require_merge and cancel carry a reason, the others a comment. */
export const runFilingAction = (id: number, action: FilingAction, body: StepBody) =>
  api.post<FilingDetail>(`/filings/${id}/${PATHS[action] ?? action}`, body, quiet);

export interface ChecklistQuestion {
  key: string;
  text: string;
  items: string[];
}
export const getChecklist = (id: number) => api.get<{ items: ChecklistQuestion[] }>(`/filings/${id}/checklist`, undefined, quiet);
export const arriveAt = (id: number, body: { codeShown: boolean; justifications?: Record<string, string> }) =>
  api.post<FilingDetail>(`/filings/${id}/arrive`, body, quiet);
export interface CompleteBody {
  answers: { key: string; answer: Answer; note?: string }[];
  outcome: Outcome;
  problems?: FilingProblem[];
  caseReference?: string;
  summary?: string;
}
export const completeInspection = (id: number, body: CompleteBody) => api.post<FilingDetail>(`/filings/${id}/complete`, body, quiet);
export const noticePrintUrl = (filingId: number) => `/api/v1/filings/${filingId}/notice.html`;

export interface DepartmentInspector {
  username: string;
  displayName: string;
  certificates: { number: string; issuedOn: string; validUntil: string }[];
  training: { course: string; completedOn: string; hours: number; validUntil: string | null }[];
  certificateValid: boolean;
  trainingCurrent: boolean;
  qualified: boolean;
}
export const listInspectors = (department: string) =>
  api.get<{ items: DepartmentInspector[] }>(`/departments/${enc(department)}/inspectors`, undefined, quiet);

export interface EnterpriseHistory {
  enterprise: { uscc: string; name: string; grade: Grade | null };
  year: number;
  counts: { onsiteInspections: number; jointVisits: number; offsiteInspections: number; research: number; leader: number };
  filings: {
    id: number;
    department: { code: string; name: string };
    kind: FilingKind;
    mode: InspectionMode;
    plannedDate: string;
    state: FilingState;
    stateLabel: string;
    outcome: Outcome | null;
    items: string[];
  }[];
  offsiteChecks: { id: number; department: string; source: string; checkedOn: string; result: string; summary: string | null }[];
  visits: { id: number; type: string; organiser: string; visitDate: string; purpose: string }[];
}
export const getEnterpriseHistory = (uscc: string) => api.get<EnterpriseHistory>(`/enterprises/${enc(uscc)}/history`, undefined, quiet);

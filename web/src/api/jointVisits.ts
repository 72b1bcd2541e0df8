// 综合查一次: merge proposals (合并建议) and joint visits (联合检查).
import { api } from './client';
import type { DepartmentRef, Grade } from './types';

const quiet = { silent: true } as const;

export type ProposalState = 'proposed' | 'accepted' | 'rejected' | 'expired';
export const PROPOSAL_STATES: readonly ProposalState[] = ['proposed', 'accepted', 'rejected', 'expired'];

export interface ProposalFiling {
  id: number;
  department: DepartmentRef;
  by: DepartmentRef;
  plannedDate: string;
  windowEnd: string | null;
  state: string;
  stateLabel: string;
  items: string[];
  removed: boolean;
}

export interface Proposal {
  id: number;
  state: ProposalState;
  enterprise: { uscc: string; name: string; grade: Grade | null };
  proposedDate: string;
  dueOn: string | null;
  lead: DepartmentRef;
  departments: DepartmentRef[];
  filings: ProposalFiling[];
  createdAt: string;
  decidedAt: string | null;
  decidedBy: string | null;
  reason: string | null;
  jointVisitId: number | null;
}

export interface RunResult {
  runId: number;
  from: string;
  to: string;
  today: string;
  dueOn: string | null;
  stats: Record<string, number>;
  proposalIds: number[];
  unscheduled: { filing: string; reason: string; message: { zh: string; en: string } }[];
}

export interface ProposalQuery {
  state?: ProposalState;
  q?: string;
  department?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export interface AcceptInput {
  reason: string;
  date?: string;
  leadDepartment?: string;
  removeFilings?: number[];
  acceptFilings?: boolean;
}

export interface JointVisitSummary {
  id: number;
  date: string;
  enterprise: { uscc: string; name: string; grade: Grade | null };
  lead: DepartmentRef;
  departments: DepartmentRef[];
  filingStates: string[];
  accepted: { by: string | null; at: string | null; reason: string; proposalId: number | null } | null;
  hasCode: boolean;
}

export interface JointVisitDetail extends JointVisitSummary {
  filings: { id: number; lead: boolean; department: DepartmentRef; plannedDate: string; state: string; stateLabel: string; items: string[] }[];
  items: { code: string; name: string; legalBasis: string; version: number; frozen: boolean; owner: DepartmentRef }[];
  team: { username: string; displayName: string; certificateNumber: string | null; certificateValidUntil: string | null; department: DepartmentRef }[];
  checklist: { key: string; text: string; items: string[] }[];
  codeReady: boolean;
  code: string | null;
  codeUrl: string | null;
  codeQr: string | null;
  codeValidFrom: string | null;
  codeValidTo: string | null;
}

export interface JointVisitQuery {
  q?: string;
  department?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export const runProposals = (from: string, to: string) => api.post<RunResult>('/merge-proposals/runs', { from, to });
export const listProposals = (query: ProposalQuery) => api.get<{ items: Proposal[]; total: number }>('/merge-proposals', { ...query }, quiet);
/** Silent: the decision modals show a refusal in place. */
export const acceptProposal = (id: number, body: AcceptInput) => api.post<{ proposal: Proposal; jointVisit: JointVisitDetail }>(`/merge-proposals/${id}/accept`, body, quiet);
export const rejectProposal = (id: number, reason: string) => api.post<Proposal>(`/merge-proposals/${id}/reject`, { reason }, quiet);
export const listJointVisits = (query: JointVisitQuery) => api.get<{ items: JointVisitSummary[]; total: number }>('/joint-visits', { ...query }, quiet);
export const getJointVisit = (id: number) => api.get<JointVisitDetail>(`/joint-visits/${id}`, undefined, quiet);
export const issueJointCode = (id: number) => api.post<JointVisitDetail>(`/joint-visits/${id}/code`);
export const checklistXlsxUrl = (id: number) => `/api/v1/joint-visits/${id}/checklist.xlsx`;

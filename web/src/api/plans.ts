// Annual inspection plans (年度入企检查计划): draft, submit, review, publish, revise; the public plans.
import { api, request } from './client';
import type { FilingKind } from './filings';

export type PlanStatus = 'draft' | 'submitted' | 'returned' | 'accepted' | 'published' | 'superseded';
export const PLAN_STATUSES: readonly PlanStatus[] = ['draft', 'submitted', 'returned', 'accepted', 'published', 'superseded'];
export type PlanAction = 'update' | 'delete' | 'submit' | 'comment' | 'return' | 'accept' | 'publish' | 'revise';

export interface PlanTaskInput {
  kind: FilingKind;
  title: string;
  items: string[];
  months: number[];
  targetRule?: string;
  targetCount?: number;
  enterprises?: string[];
  basis?: string;
}

export interface PlanTask {
  id: number;
  kind: FilingKind;
  title: string;
  months: number[];
  targetRule: string | null;
  targetCount: number | null;
  basis: string | null;
  items: { code: string; name: string; status: string }[];
  enterprises: { uscc: string; name: string }[];
}

export interface PlanSummary {
  id: number;
  department: { code: string; name: string };
  year: number;
  revision: number;
  status: PlanStatus;
  statusLabel: string;
  revisionReason: string | null;
  reviewComment: string | null;
  taskCount: number;
  createdAt: string;
  submittedAt: string | null;
  reviewedAt: string | null;
  publishedAt: string | null;
}

export interface PlanView extends PlanSummary {
  tasks: PlanTask[];
  history: {
    action: string;
    fromStatus: PlanStatus | null;
    toStatus: PlanStatus;
    comment: string | null;
    by: { username: string; displayName: string } | null;
    at: string;
  }[];
  actions: PlanAction[];
}

export interface PlanQuery {
  year?: number;
  department?: string;
  status?: PlanStatus;
  limit: number;
  offset: number;
}

const quiet = { silent: true } as const;

export const listPlans = (query: PlanQuery) => api.get<{ items: PlanSummary[]; total: number }>('/plans', { ...query }, quiet);
export const getPlan = (id: number) => api.get<PlanView>(`/plans/${id}`, undefined, quiet);
export const createPlan = (body: { department: string; year: number; tasks: PlanTaskInput[] }) => api.post<PlanView>('/plans', body, quiet);
export const updatePlan = (id: number, tasks: PlanTaskInput[]) => request<PlanView>('PUT', `/plans/${id}`, { body: { tasks }, silent: true });
export const deletePlan = (id: number) => api.del(`/plans/${id}`, quiet);
export const planExportUrl = (id: number) => `/api/v1/plans/${id}.xlsx`;
/** submit and publish take no body; accept an optional comment; comment and return a comment. */
export const runPlanStep = (id: number, action: 'submit' | 'publish' | 'accept' | 'comment' | 'return', comment?: string) =>
  api.post<{ id: number; status: PlanStatus }>(
    `/plans/${id}/${action}`,
    action === 'submit' || action === 'publish' ? undefined : comment ? { comment } : {},
    quiet,
  );
/** A published plan's change is a new draft revision with its reason. */
export const revisePlan = (id: number, reason: string) => api.post<PlanView>(`/plans/${id}/revise`, { reason }, quiet);

export interface PublicPlan {
  department: { code: string; name: string };
  year: number;
  revision: number;
  revisionReason: string | null;
  publishedAt: string;
  tasks: {
    kind: FilingKind;
    title: string;
    months: number[];
    targetRule: string | null;
    targetCount: number | null;
    enterpriseCount: number;
    basis: string | null;
    items: { code: string; name: string }[];
  }[];
}
export const listPublicPlans = (query: { year?: number; department?: string; limit: number; offset: number }) =>
  api.get<{ year: number; items: PublicPlan[]; total: number }>('/public/plans', { ...query }, quiet);

// The enterprise portal: its own visit history, ratings of completed visits, the merge opt-out.
import { api } from './client';

const quiet = { silent: true };

interface Department {
  code: string;
  name: string;
}

export interface YearCounts {
  year: number;
  onsiteInspections: number;
  onsiteVisits: number;
  jointVisits: number;
  offsiteInspections: number;
  offsiteChecks: number;
  research: number;
  leader: number;
  cancelled: number;
}

export interface VisitRating {
  score: number;
  comment: string | null;
  ratedAt: string | null;
}

export interface HistoryInspection {
  id: number;
  department: Department;
  kind: string;
  mode: string;
  plannedDate: string;
  windowEnd: string | null;
  state: string;
  stateLabel: string;
  jointVisitId: number | null;
  noticeId: number | null;
  outcome: string | null;
  items: string[];
  completedAt: string | null;
  rating: VisitRating | null;
  canRate: boolean;
}

export interface MergeOptOut {
  optOut: boolean;
  reason: string | null;
  since: string | null;
}

export interface VisitHistory {
  enterprise: { uscc: string; name: string };
  mergeOptOut: MergeOptOut;
  years: YearCounts[];
  inspections: HistoryInspection[];
  offsiteChecks: { id: number; department: Department; source: string; checkedOn: string; result: string }[];
  visits: { id: number; type: string; organiser: string; department: Department | null; visitDate: string; purpose: string }[];
}

export const getVisitHistory = () => api.get<VisitHistory>('/enterprise/history', undefined, quiet);

export const rateVisit = (id: number, body: { score: number; comment?: string }) =>
  api.post<{ filingId: number; score: number; comment: string | null; ratedAt: string }>(`/enterprise/visits/${id}/rating`, body, quiet);

export const setMergeOptOut = (body: { optOut: boolean; reason?: string }) =>
  api.post<MergeOptOut & { changed: boolean }>('/enterprise/merge-opt-out', body, quiet);

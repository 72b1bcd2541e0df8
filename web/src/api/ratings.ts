// Ratings of visits: aggregates by department (a department sees only its own, anonymised) and,
// for the coordinator and supervisors, every rating.
import { api } from './client';

interface Department {
  code: string;
  name: string;
}

export interface RatingAggregate {
  count: number;
  mean: number;
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

export interface RatingSummary {
  minimumGroup: number;
  closedBefore: string;
  departments: { department: Department; published: RatingAggregate | null; exact?: RatingAggregate }[];
}

export interface RatingRow {
  id: number;
  filingId: number;
  plannedDate: string;
  department: Department;
  enterprise: { uscc: string; name: string };
  score: number;
  comment: string | null;
  ratedAt: string;
}

export const getRatingSummary = (department?: string) => api.get<RatingSummary>('/ratings/summary', department ? { department } : undefined);

export const listRatings = (q: { department?: string; enterprise?: string; limit: number; offset: number }) =>
  api.get<{ items: RatingRow[]; total: number }>('/ratings', q);

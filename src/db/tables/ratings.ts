/** 0007: the enterprise's request not to be merged (R11) and its anonymous ratings of completed visits. */
import type { Generated } from 'kysely';
import type { Timestamp } from '../schema.ts';

export interface MergeOptOutTable {
  enterprise_id: number;
  opt_out: boolean;
  reason: string | null;
  set_at: Generated<Date>;
  set_by: number;
}

export interface VisitRatingTable {
  id: Generated<number>;
  filing_id: number;
  enterprise_id: number;
  department_id: number;
  score: number;
  comment: string | null;
  rated_by: number;
  rated_at: Timestamp;
}

export interface RatingTables {
  merge_opt_outs: MergeOptOutTable;
  visit_ratings: VisitRatingTable;
}

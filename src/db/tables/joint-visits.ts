/** 0008: merge proposals (合并检查建议) and joint visits (联合检查, 综合查一次). */
import type { ColumnType, Generated } from 'kysely';
import type { Timestamp } from '../schema.ts';

type JsonDefault<T> = ColumnType<T, string | undefined, string>;

export type MergeProposalState = 'proposed' | 'accepted' | 'rejected' | 'expired';

export interface MergeProposalRunTable {
  id: Generated<number>;
  period_from: string;
  period_to: string;
  run_on: string;
  run_by: number;
  run_at: Generated<Date>;
  stats: ColumnType<Record<string, number>, string, string>;
  unscheduled: JsonDefault<{ filing: string; reason: string; message: { zh: string; en: string } }[]>;
}

export interface MergeProposalTable {
  id: Generated<number>;
  run_id: number;
  enterprise_id: number;
  proposed_date: string;
  lead_department_id: number;
  state: Generated<MergeProposalState>;
  due_on: string | null;
  created_at: Generated<Date>;
  decided_at: Timestamp | null;
  decided_by: number | null;
  decision_reason: string | null;
}

export interface MergeProposalFilingTable {
  proposal_id: number;
  filing_id: number;
  by_department_id: number;
  removed: Generated<boolean>;
}

export interface JointVisitTable {
  id: Generated<number>;
  enterprise_id: number;
  visit_date: string;
  lead_filing_id: number;
  lead_department_id: number;
  proposal_id: number | null;
  accepted_by: number;
  accepted_at: Generated<Date>;
  reason: string;
  state: Generated<'active' | 'cancelled'>;
}

export interface JointVisitTables {
  merge_proposal_runs: MergeProposalRunTable;
  merge_proposals: MergeProposalTable;
  merge_proposal_filings: MergeProposalFilingTable;
  joint_visits: JointVisitTable;
}

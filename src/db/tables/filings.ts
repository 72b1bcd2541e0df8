/** 0004: filings (备案) and their lifecycle, notices (预告), inspection records, off-site checks, official visits. */
import type { ColumnType, Generated } from 'kysely';
import type { InspectionMode, Json, Timestamp } from '../schema.ts';

/** A jsonb column with a default: read as T, written as JSON text. */
type JsonDefault<T> = ColumnType<T, string | undefined, string>;
import type { InspectionKind } from './plans.ts';

export type FilingPath = 'planned' | 'triggered' | 'emergency';
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

export interface Justification {
  text: string;
  by: string;
  at: string;
}

export interface FilingTable {
  id: Generated<number>;
  department_id: number;
  enterprise_id: number;
  kind: InspectionKind;
  path: FilingPath;
  mode: InspectionMode;
  planned_date: string;
  window_end: string | null;
  exception_case: string | null;
  exception_reason: string | null;
  campaign_basis: string | null;
  plan_task_id: number | null;
  onsite_reason: string | null;
  national_rule_basis: string | null;
  joins_filing_id: number | null;
  state: Generated<FilingState>;
  justifications: JsonDefault<Record<string, Justification>>;
  check_result: Json | null;
  created_by: number | null;
  created_at: Generated<Date>;
  submitted_at: Timestamp | null;
  submitted_by: number | null;
  head_approved_at: Timestamp | null;
  head_approved_by: number | null;
  reviewed_at: Timestamp | null;
  reviewed_by: number | null;
  review_comment: string | null;
  started_at: Timestamp | null;
  registered_at: Timestamp | null;
  late_reason: string | null;
  cancelled_at: Timestamp | null;
  cancel_reason: string | null;
  completed_at: Timestamp | null;
  updated_at: Generated<Date>;
}

export interface FilingItemTable {
  filing_id: number;
  item_id: number;
  item_version: number | null;
  delegate_department_id: number | null;
}

export interface FilingInspectorTable {
  filing_id: number;
  user_id: number;
  certificate_number: string | null;
  certificate_valid_until: string | null;
}

export interface FilingDeadlineTable {
  id: Generated<number>;
  filing_id: number;
  code: string;
  due_on: string;
  met_at: Timestamp | null;
  outcome: string | null;
  outcome_at: Timestamp | null;
}

export interface FilingFlagTable {
  id: Generated<number>;
  filing_id: number;
  code: string;
  raised_at: Generated<Date>;
  note: string | null;
}

export interface NoticeTable {
  id: Generated<number>;
  filing_id: number;
  enterprise_id: number;
  issued_on: string;
  content: Json<Record<string, unknown>>;
  acknowledged_at: Timestamp | null;
  acknowledged_by: number | null;
  recusal_request: string | null;
  deemed_delivered_at: Timestamp | null;
  created_at: Generated<Date>;
}

export type RecordOutcome = 'none' | 'problems' | 'violation';

export interface InspectionRecordTable {
  filing_id: number;
  arrived_at: Timestamp;
  arrived_by: number;
  code_shown: boolean;
  answers: JsonDefault<unknown[]>;
  outcome: RecordOutcome | null;
  problems: JsonDefault<unknown[]>;
  rectification_due: string | null;
  case_reference: string | null;
  summary: string | null;
  completed_at: Timestamp | null;
  completed_by: number | null;
}

export type OffsiteSource = 'data' | 'sensor' | 'written';

export interface OffsiteCheckTable {
  id: Generated<number>;
  department_id: number;
  enterprise_id: number;
  source: OffsiteSource;
  checked_on: string;
  result: 'pass' | 'violation';
  summary: string;
  filing_id: number | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface OffsiteCheckItemTable {
  check_id: number;
  item_id: number;
}

export interface OfficialVisitTable {
  id: Generated<number>;
  enterprise_id: number;
  type: 'research' | 'leader';
  department_id: number | null;
  organiser: string;
  leader_name: string | null;
  visit_date: string;
  reported_on: string;
  purpose: string;
  business_relation: string;
  state: Generated<'reported' | 'cancelled'>;
  check_result: Json | null;
  justifications: JsonDefault<Record<string, Justification>>;
  created_by: number | null;
  created_at: Generated<Date>;
  cancelled_at: Timestamp | null;
}

export interface FilingTables {
  filings: FilingTable;
  filing_items: FilingItemTable;
  filing_inspectors: FilingInspectorTable;
  filing_deadlines: FilingDeadlineTable;
  filing_flags: FilingFlagTable;
  notices: NoticeTable;
  inspection_records: InspectionRecordTable;
  offsite_checks: OffsiteCheckTable;
  offsite_check_items: OffsiteCheckItemTable;
  official_visits: OfficialVisitTable;
}

/** 0003 and 0005: annual plans (年度入企检查计划) with their history, and the delegable-item library (委托检查事项清单库). */
import type { Generated } from 'kysely';
import type { Timestamp } from '../schema.ts';
export type PlanStatus = 'draft' | 'submitted' | 'returned' | 'accepted' | 'published' | 'superseded';
export type InspectionKind = 'random' | 'targeted' | 'campaign';

export interface AnnualPlanTable {
  id: Generated<number>;
  department_id: number;
  year: number;
  revision: Generated<number>;
  status: Generated<PlanStatus>;
  revision_reason: string | null;
  review_comment: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  submitted_at: Timestamp | null;
  reviewed_by: number | null;
  reviewed_at: Timestamp | null;
  published_at: Timestamp | null;
}

export interface PlanTaskTable {
  id: Generated<number>;
  plan_id: number;
  kind: InspectionKind;
  title: string;
  months: number[];
  target_rule: string | null;
  target_count: number | null;
  basis: string | null;
}

export interface PlanTaskItemTable {
  task_id: number;
  item_id: number;
}

export interface PlanTaskEnterpriseTable {
  task_id: number;
  enterprise_id: number;
}

export interface DelegationTable {
  id: Generated<number>;
  item_id: number;
  delegate_department_id: number;
  valid_from: string;
  valid_until: string | null;
  status: Generated<'active' | 'withdrawn'>;
  note: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
  withdrawn_at: Timestamp | null;
  withdrawn_by: number | null;
  withdrawal_reason: string | null;
}

/** 0005: every step of a plan, with who, when and the comment or reason. */
export type PlanEventAction = 'create' | 'update' | 'submit' | 'comment' | 'return' | 'accept' | 'publish' | 'supersede';

export interface PlanEventTable {
  id: Generated<number>;
  plan_id: number;
  action: PlanEventAction;
  from_status: PlanStatus | null;
  to_status: PlanStatus;
  comment: string | null;
  by_user: number | null;
  at: Generated<Date>;
}

export interface PlanTables {
  annual_plans: AnnualPlanTable;
  plan_tasks: PlanTaskTable;
  plan_task_items: PlanTaskItemTable;
  plan_task_enterprises: PlanTaskEnterpriseTable;
  delegations: DelegationTable;
  plan_events: PlanEventTable;
}

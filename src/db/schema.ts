/**
 * Table types for Kysely, kept by hand beside the SQL migrations (the SQL is the source of truth).
 * Core tables are here; each later migration's tables live in tables/<area>.ts and join DB below.
 */
import type { ColumnType, Generated } from 'kysely';
import type { PlanTables } from './tables/plans.ts';
import type { CatalogTables } from './tables/catalog.ts';
import type { PolicyTables } from './tables/policy.ts';
import type { FilingTables } from './tables/filings.ts';
import type { CodeTables } from './tables/codes.ts';
import type { RatingTables } from './tables/ratings.ts';
import type { JointVisitTables } from './tables/joint-visits.ts';
import type { AlertTables } from './tables/alerts.ts';

export type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Json<T = unknown> = ColumnType<T, string, string>;

export interface JurisdictionTable {
  id: Generated<number>;
  code: string;
  name: string;
  division_code: string;
  policy_version: string;
  created_at: Generated<Date>;
}

export interface TownTable {
  id: Generated<number>;
  jurisdiction_id: number;
  code: string;
  name: string;
}

export interface DepartmentTable {
  id: Generated<number>;
  jurisdiction_id: number;
  code: string;
  name: string;
  head_name: string | null;
  created_at: Generated<Date>;
}

export interface EnterpriseTable {
  id: Generated<number>;
  jurisdiction_id: number;
  uscc: string;
  name: string;
  industry: string;
  town_id: number | null;
  address: string | null;
  legal_representative: string | null;
  above_scale: Generated<boolean>;
  key_enterprise: Generated<boolean>;
  grade: 'A' | 'B' | 'C' | 'D' | null;
  grade_year: number | null;
  created_at: Generated<Date>;
}

export interface ChecklistQuestion {
  id: string;
  text: string;
}

export type InspectionMode = 'onsite' | 'offsite';

export interface InspectionItemTable {
  id: Generated<number>;
  department_id: number;
  code: string;
  name: string;
  legal_basis: string;
  modes: InspectionMode[];
  delegable: Generated<boolean>;
  checklist: Json<ChecklistQuestion[]>;
  version: Generated<number>;
  status: Generated<'active' | 'retired'>;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

export interface InspectionItemVersionTable {
  item_id: number;
  version: number;
  name: string;
  legal_basis: string;
  modes: InspectionMode[];
  delegable: boolean;
  checklist: Json<ChecklistQuestion[]>;
  created_at: Generated<Date>;
}

export type Role = 'coordinator' | 'dept_admin' | 'dept_head' | 'inspector' | 'enterprise' | 'supervisor' | 'county_office';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  role: Role;
  department_id: number | null;
  enterprise_id: number | null;
  password_hash: string | null;
  disabled: Generated<boolean>;
  failed_logins: Generated<number>;
  locked_until: Timestamp | null;
  created_at: Generated<Date>;
}

export interface InspectorCertificateTable {
  id: Generated<number>;
  user_id: number;
  number: string;
  issued_on: string;
  valid_until: string;
}

export interface TrainingRecordTable {
  id: Generated<number>;
  user_id: number;
  course: string;
  completed_on: string;
  hours: number;
  valid_until: string | null;
}

export interface SessionTable {
  id: string;
  user_id: number;
  csrf_token: string;
  created_at: Generated<Date>;
  expires_at: Timestamp;
  last_seen_at: Generated<Date>;
}

export interface ApiKeyTable {
  id: Generated<number>;
  user_id: number;
  name: string;
  prefix: string;
  key_hash: string;
  created_by: number | null;
  created_at: Generated<Date>;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface AuditLogTable {
  id: Generated<number>;
  at: Timestamp;
  actor_user_id: number | null;
  actor_label: string;
  action: string;
  entity: string;
  entity_id: string | null;
  before: Json | null;
  after: Json | null;
  prev_hash: string;
  hash: string;
}

export interface SchemaMigrationTable {
  name: string;
  checksum: string;
  applied_at: Generated<Date>;
}

export interface CoreTables {
  jurisdictions: JurisdictionTable;
  towns: TownTable;
  departments: DepartmentTable;
  enterprises: EnterpriseTable;
  inspection_items: InspectionItemTable;
  inspection_item_versions: InspectionItemVersionTable;
  users: UserTable;
  inspector_certificates: InspectorCertificateTable;
  training_records: TrainingRecordTable;
  sessions: SessionTable;
  api_keys: ApiKeyTable;
  audit_log: AuditLogTable;
  schema_migrations: SchemaMigrationTable;
}

/** Every table: add a migration's tables here. */
export interface DB extends CoreTables, PlanTables, FilingTables, CodeTables, PolicyTables, RatingTables, CatalogTables, JointVisitTables, AlertTables {}

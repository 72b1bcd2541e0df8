// Shapes of the /api/v1 responses the UI reads (the API contract of issue 2).

export type Role =
  | 'coordinator'
  | 'dept_admin'
  | 'dept_head'
  | 'inspector'
  | 'enterprise'
  | 'supervisor'
  | 'county_office';

export const ROLES: readonly Role[] = [
  'coordinator',
  'dept_admin',
  'dept_head',
  'inspector',
  'enterprise',
  'supervisor',
  'county_office',
];

export interface DepartmentRef {
  code: string;
  name: string;
}

export interface EnterpriseRef {
  uscc: string;
  name: string;
}

export interface User {
  id: string | number;
  username: string;
  displayName: string;
  role: Role;
  department: DepartmentRef | null;
  enterprise: EnterpriseRef | null;
}

export interface SessionResponse {
  user: User;
  csrfToken: string;
}

export interface DemoAccount {
  username: string;
  role: Role;
  label: string;
}

export interface Meta {
  demo: boolean;
  jurisdiction: { code: string; name: string };
  demoAccounts?: DemoAccount[];
  version: string;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Department {
  code: string;
  name: string;
  headName: string | null;
  itemCount: number;
}

export type InspectionMode = 'onsite' | 'offsite';

export interface ChecklistQuestion {
  id: string | number;
  text: string;
}

export interface InspectionItem {
  code: string;
  name: string;
  legalBasis: string;
  modes: InspectionMode[];
  delegable: boolean;
  version: number;
  checklist: ChecklistQuestion[];
}

export interface Town {
  code: string;
  name: string;
}

export type Grade = 'A' | 'B' | 'C' | 'D';
export const GRADES: readonly Grade[] = ['A', 'B', 'C', 'D'];

export interface Enterprise {
  uscc: string;
  name: string;
  grade: Grade | null;
  gradeYear: number | null;
  town: Town | null;
  industry: string | null;
  aboveScale: boolean;
  key: boolean;
}

export interface EnterpriseDetail extends Enterprise {
  address: string | null;
  legalRepresentative: string | null;
}

export type JsonObject = { [key: string]: unknown };

export interface AuditEntry {
  id: string | number;
  at: string;
  actor: { username: string; displayName: string } | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: JsonObject | null;
  after: JsonObject | null;
}

export interface ApiKey {
  id: string | number;
  name: string;
  /** The first characters of the key, to tell keys apart (never the whole key). */
  prefix?: string;
  user: { username: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface IssuedApiKey {
  id: string | number;
  key: string;
}

export interface PublicDepartment {
  code: string;
  name: string;
  itemCount: number;
}

export interface PublicItem {
  department: DepartmentRef;
  code: string;
  name: string;
  legalBasis: string;
  modes: InspectionMode[];
  delegable: boolean;
}

// Who may open which page. One table for the route guards and the side navigation;
// the API enforces the same rules again on every request.
import type { Role, User } from '../api/types';

export const STAFF_ROLES: readonly Role[] = [
  'coordinator',
  'dept_admin',
  'dept_head',
  'inspector',
  'supervisor',
  'county_office',
];
export const DEPARTMENT_ROLES: readonly Role[] = ['dept_admin', 'dept_head', 'inspector'];
export const ALL_ROLES: readonly Role[] = [...STAFF_ROLES, 'enterprise'];

export const ACCESS = {
  home: ALL_ROLES,
  departments: ['coordinator', 'supervisor'],
  departmentItems: ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  enterprises: STAFF_ROLES,
  enterpriseDetail: STAFF_ROLES,
  myEnterprise: ['enterprise'],
  myVisits: ['enterprise'],
  // ratings of visits: a department sees its own anonymous aggregate; the coordinator and supervisors every rating
  ratings: ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  audit: ['coordinator', 'supervisor'],
  apiKeys: ['coordinator'],
  ruleCheck: ['coordinator', ...DEPARTMENT_ROLES],
  calendar: STAFF_ROLES,
  policy: STAFF_ROLES,
  filings: ['coordinator', 'supervisor', 'dept_admin', 'dept_head'],
  filingNew: ['dept_admin', 'dept_head'],
  filingDetail: ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  approvals: ['dept_head'],
  review: ['coordinator'],
  notices: ['enterprise'],
  inspections: ['inspector'],
  inspectionRecord: ['inspector'],
  plans: ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  planEdit: ['dept_admin'],
  delegations: ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  // KPI dashboard: a department sees the county figures and only its own department row.
  kpi: ['coordinator', 'supervisor', 'dept_admin', 'dept_head'],
  // Alerts go to the coordinator and supervisors, never to the department concerned.
  alerts: ['coordinator', 'supervisor'],
  // 综合查一次: the coordinator decides merge proposals (supervisors read them); departments see the joint visits they are in.
  mergeProposals: ['coordinator', 'supervisor'],
  jointVisits: ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  public: ALL_ROLES,
} as const satisfies Record<string, readonly Role[]>;

export type PageId = keyof typeof ACCESS;

export function canOpen(user: User, page: PageId): boolean {
  return (ACCESS[page] as readonly Role[]).includes(user.role);
}

export function isDepartmentUser(user: User): boolean {
  return DEPARTMENT_ROLES.includes(user.role);
}

/** A department's staff see their own department only; coordinator and supervisors see all. */
export function canSeeDepartment(user: User, code: string): boolean {
  if (!canOpen(user, 'departmentItems')) return false;
  if (isDepartmentUser(user)) return user.department?.code === code;
  return true;
}

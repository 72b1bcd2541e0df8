/**
 * The one place that decides who may do what (roles) and who may see which records (scope).
 * Every API route names a permission from this table (server/access-hook.ts refuses to start a route
 * without one); use cases call the scope helpers below for record-level checks.
 */
import type { Role } from '../../db/schema.ts';
import { forbidden } from '../../domain/errors.ts';
import { DEPARTMENT_ROLES, STAFF_ROLES, type Principal } from './principal.ts';

const ALL_ROLES: readonly Role[] = [...STAFF_ROLES, 'enterprise'];

/** 'public': no sign-in needed. Otherwise the roles that may call the route. */
export const PERMISSIONS = {
  public: 'public',
  'session.self': ALL_ROLES,
  'departments.read': STAFF_ROLES,
  'items.write': ['coordinator', 'dept_admin'],
  'items.upkeep': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'plans.read': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'plans.write': ['dept_admin'],
  'plans.review': ['coordinator'],
  'delegations.read': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'delegations.write': ['coordinator'],
  'inspectors.read': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'towns.read': ALL_ROLES,
  'enterprises.list': STAFF_ROLES,
  'enterprises.read': ALL_ROLES,
  'audit.read': ['coordinator', 'supervisor'],
  'apikeys.manage': ['coordinator'],
  'policy.read': STAFF_ROLES,
  'policy.publish': ['coordinator'],
  'calendar.read': STAFF_ROLES,
  'calendar.write': ['coordinator'],
  'rules.check': ['coordinator', ...DEPARTMENT_ROLES],
  'filings.read': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'filings.write': DEPARTMENT_ROLES,
  'filings.mergeOffers': ['coordinator', ...DEPARTMENT_ROLES],
  'filings.transition': ['coordinator', ...DEPARTMENT_ROLES],
  'filings.record': ['inspector'],
  'notices.print': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES, 'enterprise'],
  'enterprise.notices': ['enterprise'],
  'enterprises.history': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'offsite.read': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  'offsite.write': DEPARTMENT_ROLES,
  'visits.read': STAFF_ROLES,
  'visits.write': ['coordinator', 'dept_admin', 'dept_head', 'county_office'],
  'codes.rotate': ['coordinator'],
  'enterprise.portal': ['enterprise'],
  'ratings.read': ['coordinator', 'supervisor'],
  'ratings.summary': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
  // Alerts go to the coordinator and supervisors, never to the department concerned; supervisors only read.
  'alerts.read': ['coordinator', 'supervisor'],
  'alerts.ack': ['coordinator'],
  // KPI dashboard: county figures for all; a department sees only its own row of the department breakdown (kpi/scope.ts).
  'kpi.read': ['coordinator', 'supervisor', 'dept_admin', 'dept_head'],
  // 综合查一次: the coordinator runs and decides merge proposals; supervisors read them; joint visits are read by the departments in them.
  'merge.read': ['coordinator', 'supervisor'],
  'merge.decide': ['coordinator'],
  'joint.read': ['coordinator', 'supervisor', ...DEPARTMENT_ROLES],
} as const satisfies Record<string, 'public' | readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && Object.hasOwn(PERMISSIONS, value);
}

export function allows(permission: Permission, principal: Principal | null): boolean {
  const rule = PERMISSIONS[permission];
  if (rule === 'public') return true;
  return principal !== null && (rule as readonly Role[]).includes(principal.role);
}

/** Department-owned records: department users reach only their own department's; coordinator and supervisor all. */
export function assertDepartmentScope(principal: Principal, departmentId: number): void {
  if (principal.role === 'coordinator' || principal.role === 'supervisor') return;
  if (principal.department?.id === departmentId) return;
  throw forbidden('您只能查看或处理本部门的记录。', 'You can only see or handle your own department’s records.');
}

/** Enterprise-owned records: an enterprise user reaches only its own enterprise; staff all. */
export function assertEnterpriseScope(principal: Principal, enterpriseId: number): void {
  if (principal.role !== 'enterprise') return;
  if (principal.enterprise?.id === enterpriseId) return;
  throw forbidden('您只能查看本企业的信息。', 'You can only see your own enterprise’s records.');
}

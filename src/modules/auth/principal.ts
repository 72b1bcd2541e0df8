import type { Role } from '../../db/schema.ts';

/** Who is making a request, as every use case sees it. */
export interface Principal {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  department: { id: number; code: string; name: string } | null;
  enterprise: { id: number; uscc: string; name: string } | null;
  via: 'session' | 'api_key';
}

export const STAFF_ROLES: readonly Role[] = ['coordinator', 'dept_admin', 'dept_head', 'inspector', 'supervisor', 'county_office'];
export const DEPARTMENT_ROLES: readonly Role[] = ['dept_admin', 'dept_head', 'inspector'];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  coordinator: { zh: '县综合执法办', en: 'Coordinator' },
  dept_admin: { zh: '行政执法部门', en: 'Department admin' },
  dept_head: { zh: '部门负责人', en: 'Department head' },
  inspector: { zh: '执法人员', en: 'Inspector' },
  enterprise: { zh: '企业', en: 'Enterprise' },
  supervisor: { zh: '监督部门（县司法局/县纪委县监委）', en: 'Supervisor' },
  county_office: { zh: '县委办/县府办', en: 'County office' },
};

export { authenticate, type Authenticated, type Credentials } from './authenticate.ts';
export { login, logout } from './login.ts';
export { hashPassword, verifyPassword } from './password.ts';
export { allows, assertDepartmentScope, assertEnterpriseScope, isPermission, PERMISSIONS, type Permission } from './permissions.ts';
export { DEPARTMENT_ROLES, ROLE_LABELS, STAFF_ROLES, type Principal } from './principal.ts';
export { authRoutes, userView } from './routes.ts';

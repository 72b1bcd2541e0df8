export { catalogRoutes } from './routes.ts';
export { addItem, changeItem, departmentByCode, searchItems } from './items.ts';
export { listDepartments } from './repository.ts';
export { DepartmentCode, ItemView } from './schemas.ts';

export { catalogRoutes } from './routes.ts';
export { addItem, changeItem, departmentByCode, searchItems } from './items.ts';
export { listDepartments } from './repository.ts';
export { DepartmentCode, ItemCode, ItemStatus, ItemView, Mode } from './schemas.ts';
export { usableItems, usableItemsByCode, type UsableItem } from './usable-items.ts';
export { retireItem } from './retire-item.ts';
export { reactivateItem } from './reactivate-item.ts';
export { retirementCandidates, retirementYears } from './retirement-candidates.ts';
export { dateInChina, isCalendarDate } from './dates.ts';

/**
 * The demo county (Yunhe, 云和县) as plain, deterministic data. No database and no I/O here: the
 * seeder inserts these objects. Import from this file only.
 */
export { demoJurisdiction, demoTowns } from './towns.ts';
export { demoIndustries } from './industries.ts';
export { demoDepartments } from './departments.ts';
export { EXPIRED_CERTIFICATES, STALE_TRAINING_DEPARTMENTS } from './inspectors.ts';
export {
  DEFAULT_DEMO_SEED,
  DEFAULT_ENTERPRISE_COUNT,
  DEMO_GRADE_YEAR,
  MAX_DEMO_ENTERPRISES,
  generateEnterprises,
} from './enterprises.ts';
export { DEMO_ENTERPRISE_USERS, DEMO_PASSWORD, demoAccounts, type DemoAccountsOptions } from './accounts.ts';
export type {
  DemoAccount,
  DemoDepartment,
  DemoEnterprise,
  DemoIndustry,
  DemoInspectionItem,
  DemoInspector,
  DemoJurisdiction,
  DemoRole,
  DemoTown,
  DemoTrainingRecord,
  EntityKind,
  GenerateEnterprisesOptions,
  IndustryCode,
  InspectionMode,
  IsoDate,
  SupervisionGrade,
  TownKind,
} from './types.ts';

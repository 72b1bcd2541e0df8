export { planRoutes } from './routes.ts';
export { findPlanTaskFor, type CoveringPlanTask, type PlanTaskQuery } from './find-plan-task.ts';
export { publishedPlans } from './public-plans.ts';
export { exportPublishedPlans } from './export-plans.ts';
export { XLSX_TYPE } from './excel.ts';
export { PLAN_ACTIONS, PLAN_STATUS_LABELS, type PlanAction } from './state-machine.ts';
export { PublicPlanQuery, PublicPlanView, Xlsx } from './schemas.ts';

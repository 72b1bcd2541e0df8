export { ruleRoutes } from './routes.ts';
export { checkProposedInspection, prepareInspectionCheck, type PreparedCheck, type RuleCheckOptions, type RuleCheckRequest } from './check-inspection.ts';
export { onsiteHistory } from './history.ts';
export { ruleContextFor } from './rule-context.ts';
export { CheckResultView, FindingView, RuleCheckBody } from './schemas.ts';

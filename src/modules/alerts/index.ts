/** Alerts (预警) for the coordinator and supervisors: what other modules may use. */
export { alertRoutes } from './routes.ts';
export { alertSummary, searchAlerts } from './list-alerts.ts';
export { acknowledgeAlert } from './acknowledge-alert.ts';
export { COMPUTED_KINDS, kindLabel } from './kinds.ts';

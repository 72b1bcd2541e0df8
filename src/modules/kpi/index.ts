export { kpiRoutes } from './routes.ts';
export { getKpi, type Kpi } from './get-kpi.ts';

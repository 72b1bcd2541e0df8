export { visitRoutes } from './routes.ts';
export { cancelVisit, listVisits, reportVisit, type VisitInput } from './visits.ts';

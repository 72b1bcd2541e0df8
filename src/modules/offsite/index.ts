export { offsiteRoutes } from './routes.ts';
export { listOffsiteChecks, recordOffsiteCheck, type OffsiteInput } from './offsite-checks.ts';

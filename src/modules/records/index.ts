export { recordRoutes } from './routes.ts';
export { arrive, complete, type Answer, type CompleteInput } from './record-inspection.ts';
export { combinedChecklist, type CombinedQuestion } from './checklist.ts';

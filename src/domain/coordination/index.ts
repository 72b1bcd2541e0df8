/** Coordination (综合查一次): the joint-visit scheduler. */
export * from './types.ts';
export { ScheduleInputError, type InputIssue } from './errors.ts';
export { schedule, scheduleWithDiagnostics, selectPolicy, type ScheduleResult } from './schedule.ts';
export { scheduleParallel, type ParallelOptions } from './parallel.ts';

// The plan editor's values ↔ the API's tasks.
import type { FilingKind } from '../../api/filings';
import type { PlanTask, PlanTaskInput } from '../../api/plans';

export interface TaskValues {
  kind: FilingKind;
  title?: string;
  items?: string[];
  months?: number[];
  targetRule?: string;
  targetCount?: number | null;
  enterprises?: string[];
  basis?: string;
}

export interface PlanFormValues {
  year: number;
  tasks: TaskValues[];
}

export const emptyTask = (): TaskValues => ({ kind: 'random', items: [], months: [], enterprises: [] });

export const fromTask = (task: PlanTask): TaskValues => ({
  kind: task.kind,
  title: task.title,
  items: task.items.map((i) => i.code),
  months: task.months,
  targetRule: task.targetRule ?? undefined,
  targetCount: task.targetCount,
  enterprises: task.enterprises.map((e) => e.uscc),
  basis: task.basis ?? undefined,
});

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

export function toTask(v: TaskValues): PlanTaskInput {
  const task: PlanTaskInput = { kind: v.kind, title: (v.title ?? '').trim(), items: v.items ?? [], months: [...(v.months ?? [])].sort((a, b) => a - b) };
  const rule = text(v.targetRule);
  if (rule) task.targetRule = rule;
  if (v.kind === 'random' && v.targetCount) task.targetCount = v.targetCount;
  if (v.kind !== 'random' && v.enterprises && v.enterprises.length > 0) task.enterprises = v.enterprises;
  const basis = v.kind === 'campaign' ? text(v.basis) : undefined;
  if (basis) task.basis = basis;
  return task;
}

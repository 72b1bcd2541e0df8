/** Rows to API views (staff and public). */
import type { Principal } from '../auth/index.ts';
import type { eventsOf, PlanRow, tasksOf } from './repository.ts';
import { allowedActions, PLAN_STATUS_LABELS } from './state-machine.ts';

type TaskRow = Awaited<ReturnType<typeof tasksOf>>[number];
type EventRow = Awaited<ReturnType<typeof eventsOf>>[number];
type Summary = Omit<PlanRow, 'task_count'> & { task_count?: number | string | null };

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const planSummary = (p: Summary) => ({
  id: p.id,
  department: { code: p.department_code, name: p.department_name },
  year: p.year,
  revision: p.revision,
  status: p.status,
  statusLabel: PLAN_STATUS_LABELS[p.status].zh,
  revisionReason: p.revision_reason,
  reviewComment: p.review_comment,
  taskCount: Number(p.task_count ?? 0),
  createdAt: iso(p.created_at)!,
  submittedAt: iso(p.submitted_at),
  reviewedAt: iso(p.reviewed_at),
  publishedAt: iso(p.published_at),
});

export const taskView = (t: TaskRow) => ({
  id: t.id,
  kind: t.kind,
  title: t.title,
  months: t.months,
  targetRule: t.target_rule,
  targetCount: t.target_count,
  basis: t.basis,
  items: t.items.map((i) => ({ code: i.code, name: i.name, status: i.status })),
  enterprises: t.enterprises.map((e) => ({ uscc: e.uscc, name: e.name })),
});

export const planView = (p: PlanRow, tasks: TaskRow[], events: EventRow[], by: Principal) => ({
  ...planSummary(p),
  tasks: tasks.map(taskView),
  history: events.map((e) => ({
    action: e.action,
    fromStatus: e.from_status,
    toStatus: e.to_status,
    comment: e.comment,
    by: e.username ? { username: e.username, displayName: e.display_name ?? e.username } : null,
    at: iso(e.at)!,
  })),
  actions: allowedActions(p, by),
});

/** What the public sees: no enterprise names (a targeted list is not published), only their number. */
export const publicPlanView = (p: Summary, tasks: TaskRow[]) => ({
  department: { code: p.department_code, name: p.department_name },
  year: p.year,
  revision: p.revision,
  revisionReason: p.revision_reason,
  publishedAt: iso(p.published_at)!,
  tasks: tasks
    .filter((t) => t.plan_id === p.id)
    .map((t) => ({
      kind: t.kind,
      title: t.title,
      months: t.months,
      targetRule: t.target_rule,
      targetCount: t.target_count,
      enterpriseCount: t.enterprises.length,
      basis: t.basis,
      items: t.items.map((i) => ({ code: i.code, name: i.name })),
    })),
});

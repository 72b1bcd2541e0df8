/**
 * The annual plan's state machine, in one table: what each action needs (state), who may take it and
 * what it leaves. draft → submitted → (returned → submitted …) → accepted → published; a change
 * after publication is a new revision (a new draft with its reason) that goes the same way, and its
 * publication supersedes the revision published before (status 'superseded', done by the system).
 */
import type { PlanStatus } from '../../db/tables/plans.ts';
import { conflict, forbidden, invalid, type Message } from '../../domain/errors.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';

export type PlanAction = 'update' | 'delete' | 'submit' | 'comment' | 'return' | 'accept' | 'publish' | 'revise';
/** department: an admin of the plan's own department; coordinator: 县综合执法办. */
type Actor = 'department' | 'coordinator';

interface PlanActionRule {
  from: readonly PlanStatus[];
  /** unchanged: status stays; removed: the plan is deleted; new_revision: a new draft revision is made. */
  to: PlanStatus | 'unchanged' | 'removed' | 'new_revision';
  actor: Actor;
  /** The comment (coordinator) or reason (revision) the action carries. */
  text: 'required' | 'optional' | 'none';
  label: Message;
}

export const PLAN_ACTIONS: Record<PlanAction, PlanActionRule> = {
  update: { from: ['draft', 'returned'], to: 'unchanged', actor: 'department', text: 'none', label: { zh: '修改', en: 'change' } },
  delete: { from: ['draft', 'returned'], to: 'removed', actor: 'department', text: 'none', label: { zh: '删除', en: 'delete' } },
  submit: { from: ['draft', 'returned'], to: 'submitted', actor: 'department', text: 'none', label: { zh: '提交审核', en: 'submit' } },
  comment: { from: ['submitted'], to: 'unchanged', actor: 'coordinator', text: 'required', label: { zh: '提出意见', en: 'comment' } },
  return: { from: ['submitted'], to: 'returned', actor: 'coordinator', text: 'required', label: { zh: '退回修改', en: 'return' } },
  accept: { from: ['submitted'], to: 'accepted', actor: 'coordinator', text: 'optional', label: { zh: '审核通过', en: 'accept' } },
  publish: { from: ['accepted'], to: 'published', actor: 'department', text: 'none', label: { zh: '公布', en: 'publish' } },
  revise: { from: ['published'], to: 'new_revision', actor: 'department', text: 'required', label: { zh: '修订', en: 'revise' } },
};

export const PLAN_STATUS_LABELS: Record<PlanStatus, Message> = {
  draft: { zh: '草稿', en: 'draft' },
  submitted: { zh: '待审核', en: 'submitted' },
  returned: { zh: '已退回', en: 'returned' },
  accepted: { zh: '审核通过（待公布）', en: 'accepted' },
  published: { zh: '已公布', en: 'published' },
  superseded: { zh: '已被新版本替代', en: 'superseded' },
};

interface PlanState {
  status: PlanStatus;
  department_id: number;
}

const isActor = (actor: Actor, plan: PlanState, p: Principal) =>
  actor === 'coordinator' ? p.role === 'coordinator' : p.role === 'dept_admin' && p.department?.id === plan.department_id;

/** The actions the caller may take on the plan now (for the UI). */
export function allowedActions(plan: PlanState, p: Principal): PlanAction[] {
  return (Object.keys(PLAN_ACTIONS) as PlanAction[]).filter((a) => PLAN_ACTIONS[a].from.includes(plan.status) && isActor(PLAN_ACTIONS[a].actor, plan, p));
}

/**
 * Refuses the action unless the caller may take it on this plan in its current state: another
 * department's plan (403), the wrong role (403), the wrong state (409), a missing text (400).
 */
export function assertMay(action: PlanAction, plan: PlanState, p: Principal, text?: string | null): void {
  const rule = PLAN_ACTIONS[action];
  assertDepartmentScope(p, plan.department_id);
  if (!isActor(rule.actor, plan, p)) {
    throw rule.actor === 'coordinator'
      ? forbidden(`只有县综合执法办可以${rule.label.zh}年度计划。`, `Only the coordinator may ${rule.label.en} an annual plan.`)
      : forbidden(`只有本部门的管理员可以${rule.label.zh}年度计划。`, `Only an admin of the plan’s department may ${rule.label.en} it.`);
  }
  if (!rule.from.includes(plan.status)) {
    const allowed = rule.from.map((s) => `“${PLAN_STATUS_LABELS[s].zh}”`).join('或');
    throw conflict(
      'PLAN_STATE_INVALID',
      `计划当前状态为“${PLAN_STATUS_LABELS[plan.status].zh}”，不能${rule.label.zh}；只有${allowed}的计划可以${rule.label.zh}。`,
      `The plan is ${PLAN_STATUS_LABELS[plan.status].en}; “${rule.label.en}” needs a plan that is ${rule.from.join(' or ')}.`,
      { status: plan.status, action },
    );
  }
  if (rule.text === 'required' && !(text ?? '').trim()) {
    throw action === 'revise'
      ? invalid('PLAN_REASON_REQUIRED', '修订已公布的计划须说明修订理由。', 'A revision of a published plan must state its reason.')
      : invalid('PLAN_COMMENT_REQUIRED', `${rule.label.zh}须填写审核意见。`, `To ${rule.label.en}, write the review comment.`);
  }
}

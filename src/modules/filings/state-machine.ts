/**
 * The one state machine of a filing (备案): every transition, the states it may start from, the
 * state it leads to and who may make it. Use cases ask `transitionFor` and never decide this alone.
 */
import type { Role } from '../../db/schema.ts';
import type { FilingPath, FilingState } from '../../db/tables/filings.ts';
import { conflict, DomainError } from '../../domain/errors.ts';

export type FilingAction =
  | 'submit'
  | 'approve'
  | 'reject'
  | 'accept'
  | 'return'
  | 'require_merge'
  | 'notify'
  | 'arrive'
  | 'register'
  | 'complete'
  | 'cancel'
  | 'edit';

export interface Transition {
  action: FilingAction;
  from: readonly FilingState[];
  /** null: the state stays (a fact is recorded, e.g. an emergency's approval afterwards). */
  to: FilingState | null;
  /** Roles that may make it; 'system' for the deadline job. */
  by: readonly (Role | 'system')[];
  /** Limits the row to filings on these paths. */
  paths?: readonly FilingPath[];
  label: { zh: string; en: string };
}

const DEPT_USERS: readonly Role[] = ['dept_admin', 'dept_head', 'inspector'];
const ROUTINE: readonly FilingPath[] = ['planned', 'triggered'];

export const TRANSITIONS: readonly Transition[] = [
  { action: 'submit', from: ['draft', 'returned', 'merge_required'], to: 'submitted', by: DEPT_USERS, paths: ROUTINE, label: { zh: '提交备案', en: 'Submit' } },
  { action: 'approve', from: ['submitted'], to: 'head_approved', by: ['dept_head'], paths: ROUTINE, label: { zh: '负责人批准', en: 'Approve (head)' } },
  { action: 'approve', from: ['in_progress', 'completed'], to: null, by: ['dept_head'], paths: ['emergency'], label: { zh: '负责人事后补批', en: 'Approve afterwards (head)' } },
  { action: 'reject', from: ['submitted'], to: 'returned', by: ['dept_head'], paths: ROUTINE, label: { zh: '负责人退回', en: 'Return (head)' } },
  { action: 'accept', from: ['head_approved', 'merge_required'], to: 'accepted', by: ['coordinator', 'system'], paths: ROUTINE, label: { zh: '备案通过', en: 'Accept' } },
  { action: 'accept', from: ['in_progress', 'completed'], to: null, by: ['coordinator'], paths: ['emergency'], label: { zh: '紧急检查备案审核通过', en: 'Accept (emergency, afterwards)' } },
  { action: 'return', from: ['head_approved'], to: 'returned', by: ['coordinator', 'system'], paths: ROUTINE, label: { zh: '退回备案', en: 'Return' } },
  { action: 'require_merge', from: ['head_approved'], to: 'merge_required', by: ['coordinator'], paths: ROUTINE, label: { zh: '要求合并检查', en: 'Require merging' } },
  { action: 'notify', from: ['accepted'], to: 'notified', by: ['coordinator', 'system'], paths: ROUTINE, label: { zh: '发出预告', en: 'Notify the enterprise' } },
  { action: 'arrive', from: ['notified', 'accepted'], to: 'in_progress', by: ['inspector'], paths: ROUTINE, label: { zh: '到达现场（亮码）', en: 'Arrive (show the code)' } },
  { action: 'register', from: ['in_progress'], to: null, by: ['inspector', 'dept_admin', 'dept_head'], paths: ['emergency'], label: { zh: '紧急检查登记', en: 'Register the emergency inspection' } },
  { action: 'complete', from: ['in_progress'], to: 'completed', by: ['inspector'], label: { zh: '完成检查', en: 'Complete' } },
  { action: 'edit', from: ['draft', 'returned'], to: null, by: DEPT_USERS, paths: ROUTINE, label: { zh: '修改备案', en: 'Edit' } },
  {
    action: 'cancel',
    from: ['draft', 'submitted', 'returned', 'head_approved', 'merge_required', 'accepted', 'notified'],
    to: 'cancelled',
    by: ['dept_admin', 'dept_head', 'system'],
    label: { zh: '撤销', en: 'Cancel' },
  },
];

export const STATE_LABELS: Record<FilingState, { zh: string; en: string }> = {
  draft: { zh: '草稿', en: 'Draft' },
  submitted: { zh: '待负责人审批', en: 'Awaiting the head' },
  head_approved: { zh: '待县综合执法办审核', en: "Awaiting the coordinator's review" },
  accepted: { zh: '备案通过', en: 'Accepted' },
  returned: { zh: '已退回', en: 'Returned' },
  merge_required: { zh: '需合并检查', en: 'Merge required' },
  notified: { zh: '已预告', en: 'Enterprise notified' },
  in_progress: { zh: '检查中', en: 'In progress' },
  completed: { zh: '已完成', en: 'Completed' },
  cancelled: { zh: '已撤销', en: 'Cancelled' },
};

/**
 * The transition a role may make from a state, or a refusal saying why: the wrong state (409) or
 * the wrong role (403).
 */
export function transitionFor(action: FilingAction, state: FilingState, path: FilingPath, role: Role | 'system'): Transition {
  const rows = TRANSITIONS.filter((t) => t.action === action && (!t.paths || t.paths.includes(path)));
  const fromState = rows.filter((t) => t.from.includes(state));
  const label = rows[0]?.label ?? { zh: action, en: action };
  if (fromState.length === 0) {
    throw conflict(
      'INVALID_TRANSITION',
      `备案当前状态为“${STATE_LABELS[state].zh}”，不能执行“${label.zh}”。`,
      `The filing is “${STATE_LABELS[state].en}”; “${label.en}” is not possible from there.`,
      { state, action },
    );
  }
  const allowed = fromState.find((t) => t.by.includes(role));
  if (!allowed) {
    const who = [...new Set(fromState.flatMap((t) => t.by))].filter((r) => r !== 'system');
    throw new DomainError(
      'FORBIDDEN_TRANSITION',
      'forbidden',
      { zh: `“${label.zh}”只能由${who.map(roleZh).join('或')}执行。`, en: `“${label.en}” may only be done by ${who.join(' or ')}.` },
      { action, roles: who },
    );
  }
  return allowed;
}

const ROLE_ZH: Partial<Record<Role, string>> = {
  coordinator: '县综合执法办',
  dept_admin: '部门经办人员',
  dept_head: '部门主要负责人',
  inspector: '执法人员',
};
const roleZh = (r: Role | 'system') => (r === 'system' ? '系统' : (ROLE_ZH[r] ?? r));

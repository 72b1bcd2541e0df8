/** One filing as its readers see it: findings, justifications, deadlines, history from the audit log, notice, record. */
import type { ChecklistQuestion } from '../../db/schema.ts';
import type { Principal } from '../auth/index.ts';
import { currentCode } from '../codes/index.ts';
import type { Deps } from '../deps.ts';
import { auditHistory, deadlinesOf, filingInspectors, filingItems, findFiling, flagsOf, type FilingRow } from './repository.ts';
import { codeFields } from './code-view.ts';
import { visitByLead, type OpenVisit } from './repository-merge.ts';
import { STATE_LABELS, TRANSITIONS } from './state-machine.ts';
import { assertFilingScope, filingNotFound } from './transition.ts';

const iso = (t: Date | string | null) => (t ? new Date(t).toISOString() : null);

/** The filing, if the caller may see it (a department user: only its own department's). */
export async function visibleFiling(deps: Deps, by: Principal, id: number): Promise<FilingRow> {
  const row = await findFiling(deps.db, id);
  if (!row) throw filingNotFound(id);
  assertFilingScope(by, row);
  return row;
}

export function summaryOf(row: FilingRow, items: string[]) {
  return {
    id: row.id,
    department: { code: row.department_code, name: row.department_name },
    enterprise: { uscc: row.uscc, name: row.enterprise_name, grade: row.grade },
    kind: row.kind,
    path: row.path,
    mode: row.mode,
    plannedDate: row.planned_date,
    windowEnd: row.window_end,
    state: row.state,
    stateLabel: STATE_LABELS[row.state].zh,
    exceptionCase: row.exception_case,
    items,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The joint visit the filing is part of: none for a lead nobody joined. */
function jointVisitOf(row: FilingRow, v: OpenVisit | undefined) {
  if (!v) return null;
  const role = row.joins_filing_id === null ? 'lead' : 'member';
  if (role === 'lead' && v.memberIds.length === 0) return null;
  return { leadFilingId: v.leadFilingId, date: v.date, role, departments: v.departments.map((d) => ({ code: d.code, name: d.name })) } as const;
}

/** The actions the caller could take now, by the state machine (rules may still refuse them). */
export function availableActions(row: FilingRow, by: Principal): string[] {
  return [...new Set(TRANSITIONS.filter((t) => t.from.includes(row.state) && (!t.paths || t.paths.includes(row.path)) && t.by.includes(by.role)).map((t) => t.action))];
}

/**
 * The filing with its code for those who may read it (its department, the coordinator, supervisors).
 * With `origin` (the server's public origin as the caller reached it), also the QR code of the verify page.
 */
export async function getFiling(deps: Deps, by: Principal, id: number, o: { origin?: string } = {}) {
  const row = await visibleFiling(deps, by, id);
  const [items, inspectors, deadlines, flags, history, notice, record, code, visit] = await Promise.all([
    filingItems(deps.db, id),
    filingInspectors(deps.db, id, row.planned_date),
    deadlinesOf(deps.db, id),
    flagsOf(deps.db, id),
    auditHistory(deps.db, id),
    deps.db.selectFrom('notices').selectAll().where('filing_id', '=', id).executeTakeFirst(),
    deps.db.selectFrom('inspection_records').selectAll().where('filing_id', '=', id).executeTakeFirst(),
    currentCode(deps.db, { kind: 'inspection', id }),
    visitByLead(deps.db, row.joins_filing_id ?? row.id),
  ]);
  const oversight = by.role === 'coordinator' || by.role === 'supervisor';
  const check = row.check_result as { step: string; at: string; verdict: 'allow'; findings: never[]; earliestDate: string | null; provisional: boolean } | null;
  return {
    ...summaryOf(row, items.map((i) => i.code)),
    exceptionReason: row.exception_reason,
    campaignBasis: row.campaign_basis,
    planTaskId: row.plan_task_id,
    onsiteReason: row.onsite_reason,
    nationalRuleBasis: row.national_rule_basis,
    joinsFilingId: row.joins_filing_id,
    jointVisit: jointVisitOf(row, visit),
    reviewComment: row.review_comment,
    cancelReason: row.cancel_reason,
    lateReason: row.late_reason,
    startedAt: iso(row.started_at),
    registeredAt: iso(row.registered_at),
    items: items.map((i) => ({
      code: i.code,
      name: i.name,
      legalBasis: i.legal_basis,
      version: i.item_version,
      owner: { code: i.owner_code, name: i.owner_name },
      delegated: i.delegate_department_id !== null,
      checklist: i.checklist as ChecklistQuestion[],
    })),
    inspectors: inspectors.map((u) => ({ username: u.username, displayName: u.display_name, certificateNumber: u.certificate_number, certificateValidUntil: u.certificate_valid_until })),
    check,
    justifications: row.justifications,
    deadlines: deadlines.map((d) => ({ code: d.code, dueOn: d.due_on, metAt: iso(d.met_at), outcome: d.outcome })),
    flags: oversight ? flags.map((f) => ({ code: f.code, raisedAt: new Date(f.raised_at).toISOString(), note: f.note })) : [],
    history: history.map((h) => {
      const after = (h.after ?? {}) as { state?: string; comment?: string | null };
      return { at: new Date(h.at).toISOString(), actor: h.actor_label, action: h.action, state: after.state ?? null, comment: after.comment ?? null };
    }),
    notice: notice
      ? { id: notice.id, issuedOn: notice.issued_on, acknowledgedAt: iso(notice.acknowledged_at), deemedDeliveredAt: iso(notice.deemed_delivered_at), recusalRequest: notice.recusal_request }
      : null,
    record: record
      ? {
          arrivedAt: iso(record.arrived_at),
          codeShown: record.code_shown,
          answers: record.answers,
          outcome: record.outcome,
          problems: record.problems,
          rectificationDue: record.rectification_due,
          caseReference: record.case_reference,
          summary: record.summary,
          completedAt: iso(record.completed_at),
        }
      : null,
    transitions: availableActions(row, by),
    ...(await codeFields(row.state, code, o.origin)),
  };
}

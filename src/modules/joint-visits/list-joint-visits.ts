/** Joint visits (联合检查), paged with search; a department user sees only the visits its department is part of. */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { resolveDepartment } from '../filings/index.ts';
import { listVisits, type VisitRow } from './repository-visits.ts';

export interface VisitQuery {
  q?: string;
  department?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export function visitSummary(r: VisitRow) {
  return {
    id: Number(r.id),
    date: r.planned_date,
    enterprise: { uscc: r.uscc, name: r.enterprise_name, grade: r.grade },
    lead: { code: r.lead_code, name: r.lead_name },
    departments: r.departments,
    filingStates: r.member_states,
    accepted: r.joint_visit_row === null ? null : { by: r.accepted_by ?? null, at: r.accepted_at ? new Date(r.accepted_at).toISOString() : null, reason: r.reason ?? '', proposalId: r.proposal_id === null ? null : Number(r.proposal_id) },
    hasCode: Boolean(r.has_code),
  };
}

export async function searchJointVisits(deps: Deps, by: Principal, q: VisitQuery) {
  let departmentId = q.department ? (await resolveDepartment(deps.db, q.department)).id : undefined;
  // A department's users see the visits of their own department, whatever they ask for.
  if (by.department && by.role !== 'coordinator' && by.role !== 'supervisor') departmentId = departmentId === undefined || departmentId === by.department.id ? by.department.id : -1;
  const { rows, total } = await listVisits(deps.db, { q: q.q?.trim() || undefined, departmentId, from: q.from, to: q.to, limit: q.limit ?? 20, offset: q.offset ?? 0 });
  return { items: rows.map(visitSummary), total };
}

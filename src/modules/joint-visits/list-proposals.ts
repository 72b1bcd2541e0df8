/** The merge proposals, paged and filtered (state, enterprise name or USCC, department, date range). */
import type { MergeProposalState } from '../../db/tables/joint-visits.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { resolveDepartment, STATE_LABELS } from '../filings/index.ts';
import { listProposals, proposalFilings, type ProposalFilter } from './repository.ts';

export interface ProposalQuery {
  state?: MergeProposalState;
  q?: string;
  department?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

const iso = (t: Date | string | null) => (t ? new Date(t).toISOString() : null);

export async function proposalViews(deps: Deps, filter: ProposalFilter) {
  const { rows, total } = await listProposals(deps.db, filter);
  const members = await proposalFilings(deps.db, rows.map((r) => Number(r.id)));
  const items = rows.map((r) => {
    const filings = members
      .filter((m) => Number(m.proposal_id) === Number(r.id))
      .map((m) => ({
        id: Number(m.id),
        department: { code: m.department_code, name: m.department_name },
        by: { code: m.by_code, name: m.by_name },
        plannedDate: m.planned_date,
        windowEnd: m.window_end,
        state: m.state,
        stateLabel: STATE_LABELS[m.state].zh,
        items: m.item_names ?? [],
        removed: m.removed,
      }));
    const departments = [...new Map(filings.filter((f) => !f.removed).map((f) => [f.department.code, f.department])).values()];
    return {
      id: Number(r.id),
      state: r.state,
      enterprise: { uscc: r.uscc, name: r.enterprise_name, grade: r.grade },
      proposedDate: r.proposed_date,
      dueOn: r.due_on,
      lead: { code: r.lead_code, name: r.lead_name },
      departments,
      filings,
      createdAt: iso(r.created_at)!,
      decidedAt: iso(r.decided_at),
      decidedBy: r.decided_by ?? null,
      reason: r.decision_reason,
      jointVisitId: r.lead_filing_id === null ? null : Number(r.lead_filing_id),
    };
  });
  return { items, total };
}

export async function searchProposals(deps: Deps, _by: Principal, q: ProposalQuery) {
  const departmentId = q.department ? (await resolveDepartment(deps.db, q.department)).id : undefined;
  return proposalViews(deps, {
    state: q.state,
    q: q.q?.trim() || undefined,
    departmentId,
    from: q.from,
    to: q.to,
    today: todayOf(deps),
    limit: q.limit ?? 20,
    offset: q.offset ?? 0,
  });
}

/** One proposal as the list shows it. */
export async function proposalView(deps: Deps, id: number) {
  const { items } = await proposalViews(deps, { ids: [id], today: todayOf(deps), limit: 1, offset: 0 });
  return items[0];
}

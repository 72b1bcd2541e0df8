/**
 * The coordinator accepts a merge proposal (确认合并), with a reason: optionally another date (inside
 * every member filing's window, lawful by the rules), another lead department, some filings taken
 * out. It becomes a joint visit: every member's planned date is the visit's day and each joins the
 * lead filing; one team, one combined checklist. With `acceptFilings`, the members awaiting the
 * coordinator's review are accepted too (the filings module's own acceptance: rules, notice, code).
 * When every member is then accepted or notified, the joint code is issued. One transaction, audited.
 */
import type { FilingState } from '../../db/tables/filings.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { acceptFiling, CODE_STATES, issueFilingCode, loadRuleContexts, resolveDepartment, STATE_LABELS } from '../filings/index.ts';
import { issueJointCode } from '../filings/index.ts';
import { currentCode } from '../codes/index.ts';
import { decideProposal, lockProposal, PENDING_STATES, proposalFilings } from './repository.ts';
import { hasNotice, insertJointVisit, joinedBy, lockEnterpriseRow, lockFilings } from './repository-visits.ts';
import { recheckMembers } from './recheck.ts';

export interface AcceptInput {
  reason: string;
  date?: string;
  leadDepartment?: string;
  removeFilings?: number[];
  acceptFilings?: boolean;
}

export const proposalNotFound = (id: number) => notFound('MERGE_PROPOSAL_NOT_FOUND', `合并建议 #${id} 不存在。`, `No merge proposal #${id}.`);

/** The proposal, locked, if it is still open (proposed and not past its confirmation day). */
export async function openProposal(trx: Parameters<typeof lockProposal>[0], id: number, today: string) {
  const p = await lockProposal(trx, id);
  if (!p) throw proposalNotFound(id);
  if (p.state !== 'proposed') {
    const zh = { accepted: '已确认合并', rejected: '已驳回', expired: '已过期' }[p.state];
    throw conflict('MERGE_PROPOSAL_DECIDED', `合并建议 #${id} ${zh}，不能再处理。`, `Merge proposal #${id} is already ${p.state}.`, { state: p.state });
  }
  if (p.due_on && p.due_on < today) {
    throw conflict('MERGE_PROPOSAL_EXPIRED', `合并建议 #${id} 已超过确认期限（${p.due_on}），按政策默认不合并，各部门按原备案实施。`, `Merge proposal #${id} passed its confirmation day (${p.due_on}); by default it is not merged.`, { dueOn: p.due_on });
  }
  return p;
}

export async function acceptProposal(deps: Deps, by: Principal, id: number, input: AcceptInput) {
  const rules = await loadRuleContexts(deps);
  const today = todayOf(deps);
  const lead = input.leadDepartment ? await resolveDepartment(deps.db, input.leadDepartment) : null;
  return deps.db.transaction().execute(async (trx) => {
    const p = await openProposal(trx, id, today);
    const all = await proposalFilings(trx, [id]);
    const removed = new Set(input.removeFilings ?? []);
    for (const r of removed) {
      if (!all.some((f) => Number(f.id) === r)) throw invalid('NOT_IN_PROPOSAL', `备案 #${r} 不在该合并建议中。`, `Filing #${r} is not in this proposal.`);
    }
    const kept = all.filter((f) => !removed.has(Number(f.id)));
    if (kept.length < 2) throw invalid('TOO_FEW_FILINGS', '联合检查至少须保留两项备案。', 'A joint visit keeps at least two filings.');
    const enterprise = await lockEnterpriseRow(trx, Number(p.enterprise_id));
    const rows = await lockFilings(trx, kept.map((f) => Number(f.id)));
    const [notified, leads] = [await hasNotice(trx, rows.map((r) => r.id)), await joinedBy(trx, rows.map((r) => r.id))];
    for (const r of rows) {
      const label = STATE_LABELS[r.state];
      if (!PENDING_STATES.includes(r.state) || notified.has(r.id) || r.joins_filing_id !== null || leads.some((l) => Number(l.joins_filing_id) === r.id)) {
        throw conflict(
          'FILING_NOT_MERGEABLE',
          `备案 #${r.id} 当前为“${label.zh}”${notified.has(r.id) ? '且已预告' : ''}${r.joins_filing_id !== null || leads.some((l) => Number(l.joins_filing_id) === r.id) ? '且已在联合检查中' : ''}，不能再合并；请将其移出后再确认。`,
          `Filing #${r.id} is “${label.en}” or already notified or in a joint visit; take it out and accept again.`,
          { filingId: r.id, state: r.state },
        );
      }
    }
    const optOut = await trx.selectFrom('merge_opt_outs').select('opt_out').where('enterprise_id', '=', enterprise.id).executeTakeFirst();
    if (optOut?.opt_out) throw conflict('ENTERPRISE_OPTED_OUT', `${enterprise.name}已申请不合并检查，不能合并。`, 'The enterprise asked not to be merged.');

    const date = input.date ?? p.proposed_date;
    for (const r of rows) {
      const end = r.window_end ?? r.planned_date;
      if (date < r.planned_date || date > end) {
        const dept = kept.find((k) => Number(k.id) === r.id)!.department_name;
        throw invalid(
          'DATE_OUTSIDE_WINDOW',
          `${date} 不在备案 #${r.id}（${dept}）的检查时段 ${r.planned_date} 至 ${end} 内，请选择各备案时段都包含的日期。`,
          `${date} is outside the window of filing #${r.id} (${r.planned_date} to ${end}).`,
          { filingId: r.id, from: r.planned_date, to: end },
        );
      }
    }
    const departments = [...new Set(kept.map((k) => k.department_id))];
    const max = rules(date).policy.maxDepartmentsPerJointVisit;
    if (departments.length > max) {
      throw invalid('JOINT_VISIT_TOO_MANY_DEPARTMENTS', `一次联合检查最多 ${max} 个部门，本次有 ${departments.length} 个，请移出部分备案。`, `At most ${max} departments per joint visit; this one has ${departments.length}.`);
    }
    const leadDeptId = lead?.id ?? p.lead_department_id;
    const leadFiling = kept.find((k) => k.department_id === leadDeptId);
    if (!leadFiling) throw invalid('LEAD_NOT_IN_VISIT', '牵头部门须是参加本次联合检查的部门之一。', 'The lead department must be one of the departments in the visit.');
    const leadId = Number(leadFiling.id);
    const at = deps.now();
    const actor = { userId: by.id, label: by.username };

    for (const r of rows) {
      const joins = r.id === leadId ? null : leadId;
      await trx.updateTable('filings').set({ planned_date: date, joins_filing_id: joins, updated_at: at }).where('id', '=', r.id).execute();
      await recordAudit(trx, actor, {
        action: 'filing.join',
        entity: 'filing',
        entityId: r.id,
        before: { plannedDate: r.planned_date, joinsFilingId: r.joins_filing_id },
        after: { state: r.state, plannedDate: date, joinsFilingId: joins, mergeProposalId: id, comment: input.reason },
      });
    }
    const members = [...rows].sort((a, b) => (a.id === leadId ? -1 : b.id === leadId ? 1 : a.id - b.id)).map((r) => ({ ...r, department_name: kept.find((k) => Number(k.id) === r.id)!.department_name }));
    await recheckMembers(trx, rules, leadId, members, today);

    const accepted: number[] = [];
    if (input.acceptFilings) {
      for (const m of members) {
        if (m.state !== 'head_approved' && m.state !== 'merge_required') continue;
        await acceptFiling(deps, by, m.id, { comment: `合并为联合检查：${input.reason}` }, { trx, rules });
        accepted.push(m.id);
      }
    }
    // Members already accepted keep a code for the old window: issue theirs again for the visit's day.
    for (const m of members) {
      if (!accepted.includes(m.id) && (CODE_STATES as readonly FilingState[]).includes(m.state)) await issueFilingCode(deps, trx, m.id, actor);
    }
    const visit = await insertJointVisit(trx, { enterpriseId: enterprise.id, date, leadFilingId: leadId, leadDepartmentId: leadDeptId, proposalId: id, by: by.id, at, reason: input.reason });
    if (removed.size > 0) {
      await trx.updateTable('merge_proposal_filings').set({ removed: true }).where('proposal_id', '=', id).where('filing_id', 'in', [...removed]).execute();
    }
    await decideProposal(trx, id, { state: 'accepted', at, by: by.id, reason: input.reason });
    // A member accepted just now issued the visit's code when it completed the visit (acceptFiling).
    const code = accepted.length > 0 ? await currentCode(trx, { kind: 'joint_visit', id: leadId }) : await issueJointCode(deps, trx, leadId, actor);
    await recordAudit(trx, actor, {
      action: 'merge_proposal.accept',
      entity: 'merge_proposal',
      entityId: id,
      before: { state: 'proposed', date: p.proposed_date, leadDepartmentId: p.lead_department_id, filings: all.map((f) => Number(f.id)) },
      after: {
        state: 'accepted',
        jointVisit: { id: Number(visit.id), leadFilingId: leadId, date, leadDepartmentId: leadDeptId, filings: rows.map((r) => r.id) },
        removed: [...removed],
        acceptedFilings: accepted,
        code: code ? { keyId: code.keyId, validFrom: code.validFrom, validTo: code.validTo } : null,
        comment: input.reason,
      },
    });
    return { jointVisitId: leadId, codeIssued: code !== null };
  });
}

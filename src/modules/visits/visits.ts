/**
 * 调研 and 领导干部入企公务: reported to the county offices at least the policy's working days
 * ahead, related to the enterprise's business; research visits keep out of the quiet period (R6,
 * R10). They count in the enterprise's visit totals by type.
 */
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { checkOfficialVisit } from '../../domain/rules/index.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { enforce, loadRuleContexts, resolveDepartment, resolveEnterprise, snapshot, todayOf } from '../filings/index.ts';

export interface VisitInput {
  type: 'research' | 'leader';
  enterprise: string;
  department?: string;
  organiser: string;
  leaderName?: string;
  visitDate: string;
  purpose: string;
  businessRelation: string;
  relatedToBusiness: boolean;
  justifications?: Record<string, string>;
}

export async function reportVisit(deps: Deps, by: Principal, input: VisitInput) {
  const department = input.department ? await resolveDepartment(deps.db, input.department) : undefined;
  if (by.department && (!department || department.id !== by.department.id)) assertDepartmentScope(by, department?.id ?? -1);
  const enterprise = await resolveEnterprise(deps.db, input.enterprise);
  const today = todayOf(deps);
  if (input.visitDate < today) throw invalid('VISIT_IN_PAST', '入企公务须事前报备，不能补报过去的日期。', 'A visit is reported before it happens, not afterwards.');
  const ctx = (await loadRuleContexts(deps))(input.visitDate);
  const check = checkOfficialVisit(
    { enterprise: { uscc: enterprise.uscc, grade: enterprise.grade ?? 'C' }, type: input.type, date: input.visitDate, reportDate: today, relatedToBusiness: input.relatedToBusiness, purpose: input.purpose },
    ctx,
  );
  const at = deps.now();
  const justifications = enforce(check, {}, input.justifications, { username: by.username, at: at.toISOString() });
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('official_visits')
      .values({
        enterprise_id: enterprise.id,
        type: input.type,
        department_id: department?.id ?? null,
        organiser: input.organiser,
        leader_name: input.leaderName ?? null,
        visit_date: input.visitDate,
        reported_on: today,
        purpose: input.purpose,
        business_relation: input.businessRelation,
        check_result: JSON.stringify(snapshot('report', at.toISOString(), check)),
        justifications: JSON.stringify(justifications),
        created_by: by.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, { userId: by.id, label: by.username }, { action: 'visit.report', entity: 'official_visit', entityId: row.id, after: { ...input, reportedOn: today, verdict: check.verdict } });
    return { id: row.id, reportedOn: today, verdict: check.verdict, findings: check.findings };
  });
}

export async function cancelVisit(deps: Deps, by: Principal, id: number) {
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('official_visits').select(['id', 'state', 'department_id', 'created_by']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw notFound('VISIT_NOT_FOUND', `入企公务报备 ${id} 不存在。`, `No visit report ${id}.`);
    if (by.department) assertDepartmentScope(by, row.department_id ?? -1);
    if (row.state === 'cancelled') throw conflict('ALREADY_CANCELLED', '该报备已撤销。', 'This report is already cancelled.');
    await trx.updateTable('official_visits').set({ state: 'cancelled', cancelled_at: deps.now() }).where('id', '=', id).execute();
    await recordAudit(trx, { userId: by.id, label: by.username }, { action: 'visit.cancel', entity: 'official_visit', entityId: id, before: { state: row.state }, after: { state: 'cancelled' } });
  });
}

export async function listVisits(deps: Deps, by: Principal, q: { enterprise?: string; from?: string; to?: string; limit: number; offset: number }) {
  let base = deps.db.selectFrom('official_visits as v').innerJoin('enterprises as e', 'e.id', 'v.enterprise_id').leftJoin('departments as d', 'd.id', 'v.department_id');
  if (by.department) base = base.where('v.department_id', '=', by.department.id);
  if (q.enterprise) base = base.where('e.uscc', '=', q.enterprise);
  if (q.from) base = base.where('v.visit_date', '>=', q.from);
  if (q.to) base = base.where('v.visit_date', '<=', q.to);
  const [rows, count] = await Promise.all([
    base
      .select(['v.id', 'v.type', 'v.organiser', 'v.leader_name', 'v.visit_date', 'v.reported_on', 'v.purpose', 'v.business_relation', 'v.state', 'e.uscc', 'e.name as enterprise_name', 'd.code as department'])
      .orderBy('v.visit_date', 'desc')
      .orderBy('v.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      type: r.type,
      enterprise: { uscc: r.uscc, name: r.enterprise_name },
      department: r.department,
      organiser: r.organiser,
      leaderName: r.leader_name,
      visitDate: r.visit_date,
      reportedOn: r.reported_on,
      purpose: r.purpose,
      businessRelation: r.business_relation,
      state: r.state,
    })),
    total: Number(count.n),
  };
}

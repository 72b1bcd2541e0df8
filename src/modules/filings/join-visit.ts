/**
 * Joining another department's visit (综合查一次) by `joinsFilingId`: what makes a join lawful, checked
 * when a filing is created (with the lead's row locked, so two departments cannot both take the last
 * place) and in the dry-run check. Decision: the date is not moved silently — a filing that joins
 * states the visit's day as its planned date, or it is refused (JOIN_DATE_MISMATCH); the form sets it.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import type { VisitRecord } from '../../domain/rules/index.ts';
import { mergeOptOutOf } from './repository-rules.ts';
import { OPEN_LEAD_STATES, visitByLead, type OpenVisit } from './repository-merge.ts';
import { STATE_LABELS } from './state-machine.ts';

export interface JoinRequest {
  leadId: number;
  enterpriseId: number;
  departmentId: number;
  mode: 'onsite' | 'offsite';
  /** The filing's (effective) date. */
  date: string;
  maxDepartments: number;
}

const names = (v: OpenVisit) => v.departments.map((d) => d.name).join('、');

/** The visit the filing may join, or a DomainError saying why not (nothing is written either way). */
export async function assertJoinable(db: Kysely<DB>, r: JoinRequest, o: { lock?: boolean } = {}): Promise<OpenVisit> {
  const v = await visitByLead(db, r.leadId, o.lock);
  const id = r.leadId;
  if (!v) throw notFound('JOIN_TARGET_NOT_FOUND', `要加入的检查（备案 #${id}）不存在。`, `The visit to join (filing #${id}) does not exist.`, { joinsFilingId: id });
  if (r.mode !== 'onsite') {
    throw invalid('JOIN_OFFSITE', '非现场检查不入企，无需并入联合检查；请改为现场检查或取消“加入此次检查”。', 'An off-site check visits no one and joins no visit; make it on-site or undo the join.', { joinsFilingId: id });
  }
  if (v.enterpriseId !== r.enterpriseId) {
    throw invalid('JOIN_OTHER_ENTERPRISE', `备案 #${id} 检查的是另一家企业，只能加入对同一企业的检查。`, `Filing #${id} inspects another enterprise; only a visit to the same enterprise can be joined.`, { joinsFilingId: id });
  }
  if (v.joinsFilingId !== null) {
    throw invalid(
      'JOIN_TARGET_NOT_LEAD',
      `备案 #${id} 本身已并入备案 #${v.joinsFilingId} 的联合检查，请加入牵头备案 #${v.joinsFilingId}。`,
      `Filing #${id} itself joins the visit of filing #${v.joinsFilingId}; join the lead filing #${v.joinsFilingId} instead.`,
      { joinsFilingId: id, lead: v.joinsFilingId },
    );
  }
  if (v.mode !== 'onsite') {
    throw invalid('JOIN_TARGET_OFFSITE', `备案 #${id} 是非现场检查，不是一次入企检查，不能加入。`, `Filing #${id} is an off-site check, not a visit; it cannot be joined.`, { joinsFilingId: id });
  }
  if (!OPEN_LEAD_STATES.includes(v.state)) {
    const label = STATE_LABELS[v.state];
    throw conflict(
      'JOIN_TARGET_CLOSED',
      `备案 #${id} 当前状态为“${label.zh}”，不能再加入（只能加入已提交、尚未开始的检查）。`,
      `Filing #${id} is “${label.en}”; only a visit filed and not yet begun can be joined.`,
      { joinsFilingId: id, state: v.state },
    );
  }
  if (v.departments.some((d) => d.id === r.departmentId)) {
    throw invalid(
      'JOIN_OWN_DEPARTMENT',
      `本部门已在该次检查中（${names(v)}，${v.date}），不能再以“加入”方式并入；如需增加检查事项，请修改本部门原有的备案。`,
      `Your department is already in that visit (${v.date}); add items to your own filing instead of joining it again.`,
      { joinsFilingId: id },
    );
  }
  if (r.date !== v.date) {
    throw invalid(
      'JOIN_DATE_MISMATCH',
      `联合检查定于 ${v.date}，加入后本次检查日期须为同一天（当前为 ${r.date}）。`,
      `The joint visit is on ${v.date}; a filing joining it takes that day (this one says ${r.date}).`,
      { joinsFilingId: id, visitDate: v.date },
    );
  }
  if (v.departments.length + 1 > r.maxDepartments) {
    throw conflict(
      'JOIN_VISIT_FULL',
      `该次联合检查已有 ${v.departments.length} 个部门（${names(v)}），最多 ${r.maxDepartments} 个，不能再加入。请另行安排，或委托已参加的部门代查简单事项。`,
      `That joint visit already has ${v.departments.length} departments, the most allowed is ${r.maxDepartments}. Arrange another visit or delegate simple items to a department in it.`,
      { joinsFilingId: id, departments: v.departments.length, max: r.maxDepartments },
    );
  }
  if (await mergeOptOutOf(db, r.enterpriseId)) {
    throw conflict('JOIN_OPTED_OUT', '该企业已申请不合并检查，不能并入其他部门的检查。', 'The enterprise asked not to be merged; joining another department\'s visit is not possible.', { joinsFilingId: id });
  }
  return v;
}

/**
 * The joined visit as the rules see it when it is not counted yet (its lead filed but not accepted):
 * the visit the filing will be part of, one record with its departments.
 */
export async function pendingJoinedVisit(db: Kysely<DB>, leadId: number): Promise<VisitRecord | undefined> {
  const v = await visitByLead(db, leadId);
  if (!v || v.joinsFilingId !== null || v.mode !== 'onsite' || !OPEN_LEAD_STATES.includes(v.state)) return undefined;
  return { id: `F${leadId}`, type: 'inspection', mode: 'onsite', date: v.date, departments: v.departments.map((d) => d.code), items: [], status: 'filed' };
}

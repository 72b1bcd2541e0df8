/**
 * R11: inspections of one enterprise by several departments in one period are merged into one
 * joint visit where they can be. "One period" = within ± mergeWindowDays; a joint visit has at most
 * maxDepartmentsPerJointVisit departments; an enterprise may ask not to be merged.
 */
import { toDayNumber } from '../calendar/dates.ts';
import { joinableVisits, joinedVisit } from './counting.ts';
import { finding, list, listZh } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR11JointVisit(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite') return [];
  const max = ctx.policy.maxDepartmentsPerJointVisit;
  if (p.jointVisitId) {
    const v = joinedVisit(input);
    if (!v) {
      return [finding(ctx, 'R11', 'R11_JOINT_VISIT_UNKNOWN', 'block', `联合检查 ${p.jointVisitId} 不存在或已取消。`, `Joint visit ${p.jointVisitId} does not exist or was cancelled.`, { jointVisitId: p.jointVisitId })];
    }
    const departments = v.departments.includes(p.department) ? v.departments : [...v.departments, p.department];
    if (departments.length > max) {
      return [finding(ctx, 'R11', 'R11_JOINT_VISIT_FULL', 'block',
        `联合检查 ${v.id} 已有 ${v.departments.length} 个部门，最多 ${max} 个。请另行安排或委托已参加的部门检查简单事项。`,
        `Joint visit ${v.id} already has ${v.departments.length} departments, the most allowed is ${max}. Arrange another visit or delegate simple items to a department in it.`, { jointVisitId: v.id, departments: v.departments, max })];
    }
    if (v.date !== p.date) {
      return [finding(ctx, 'R11', 'R11_JOINT_DATE_DIFFERS', 'warn',
        `联合检查 ${v.id} 定于 ${v.date}，与本次检查日期 ${p.date} 不一致。请将日期调整为 ${v.date}。`,
        `Joint visit ${v.id} is on ${v.date}, not ${p.date}: align the date to ${v.date}.`, { jointVisitId: v.id, visitDate: v.date })];
    }
    return [finding(ctx, 'R11', 'R11_JOINS_VISIT', 'allow',
      `与 ${listZh(v.departments)} 合并为联合检查 ${v.id}（${v.date}），企业本年度只计一次。`,
      `Merged into joint visit ${v.id} with ${list(v.departments)} on ${v.date}; it counts once for the enterprise.`, { jointVisitId: v.id, departments })];
  }
  if (p.enterprise.mergeOptOut) {
    return [finding(ctx, 'R11', 'R11_OPTED_OUT', 'allow', '企业已申请不合并检查。', 'The enterprise asked not to be merged.')];
  }
  const w = ctx.policy.mergeWindowDays;
  const candidates = joinableVisits(input, w, max, toDayNumber);
  if (candidates.length === 0) {
    return [finding(ctx, 'R11', 'R11_NO_MERGE_CANDIDATE', 'allow', `前后 ${w} 天内没有其他部门对该企业的现场检查安排。`, `No other department plans an on-site inspection of this enterprise within ${w} days.`)];
  }
  const zh = candidates.map((v) => `${listZh(v.departments)}（${v.date}，${v.id}）`).join('；');
  const en = candidates.map((v) => `${list(v.departments)} (${v.date}, ${v.id})`).join('; ');
  return [finding(ctx, 'R11', 'R11_MERGE_PROPOSED', 'warn',
    `同一时期其他部门也将入企检查：${zh}。请加入该联合检查（“综合查一次”），企业本年度只计一次。`,
    `Other departments will inspect this enterprise in the same period: ${en}. Join that visit as a joint inspection; it counts once for the enterprise.`,
    { candidates: candidates.map((v) => ({ id: v.id, date: v.date, departments: v.departments })) })];
}

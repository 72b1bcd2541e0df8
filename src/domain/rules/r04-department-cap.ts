/**
 * R4: one department makes at most N on-site inspections of one enterprise per calendar year
 * ("unless national rules say otherwise": a cited national rule turns the block into a warning).
 * A joint visit counts once for each department in it. Exception cases do not lift R4 (SPEC R7).
 */
import { yearOf } from '../calendar/dates.ts';
import { joinedVisit, onsiteInspectionsThisYear } from './counting.ts';
import { finding } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR04DepartmentCap(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite') return [];
  const cap = ctx.policy.departmentOnsiteCap;
  const joined = joinedVisit(input);
  const already = onsiteInspectionsThisYear(input).filter((v) => v.departments.includes(p.department));
  const adds = joined && joined.departments.includes(p.department) ? 0 : 1;
  const count = already.length + adds;
  const year = yearOf(p.date);
  const data = { year, count, cap, previous: already.map((v) => v.id) };
  if (count <= cap) {
    return [finding(ctx, 'R4', 'R4_WITHIN_CAP', 'allow',
      `本部门本年度对该企业的第 ${count} 次现场检查（上限 ${cap} 次）。`,
      `On-site inspection ${count} of at most ${cap} by this department at this enterprise in ${year}.`, data)];
  }
  if (p.nationalRuleBasis && p.nationalRuleBasis.trim() !== '') {
    return [finding(ctx, 'R4', 'R4_NATIONAL_RULE', 'warn',
      `本部门本年度已对该企业现场检查 ${already.length} 次（上限 ${cap} 次），依“${p.nationalRuleBasis}”（国家另有规定）超出上限，须留档说明。`,
      `This department already inspected this enterprise on site ${already.length} times in ${year} (cap ${cap}); exceeded under the national rule "${p.nationalRuleBasis}", to be recorded.`,
      { ...data, nationalRuleBasis: p.nationalRuleBasis })];
  }
  return [finding(ctx, 'R4', 'R4_CAP_REACHED', 'block',
    `本部门本年度已对该企业现场检查 ${already.length} 次，已达上限 ${cap} 次。请改为非现场检查，或将简单事项委托当期入企的其他部门检查；国家另有规定的，请写明依据。`,
    `This department already inspected this enterprise on site ${already.length} times in ${year}, the cap of ${cap}. Check off site instead, or delegate simple items to another department visiting; if a national rule allows more, cite it.`,
    data)];
}

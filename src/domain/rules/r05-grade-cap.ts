/**
 * R5: on-site visits per enterprise per year by supervision grade (A exempt, B 1, C 2, D no cap);
 * a joint visit counts once, so joining a visit already counted adds nothing. Lifted by the
 * exception cases that list R5.
 */
import { toDayNumber, yearOf } from '../calendar/dates.ts';
import { joinableVisits, joinedVisit, onsiteInspectionsThisYear } from './counting.ts';
import { casesLifting, finding, liftingCase } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR05GradeCap(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite') return [];
  const grade = p.enterprise.grade;
  const cap = ctx.policy.gradeOnsiteCaps[grade];
  const year = yearOf(p.date);
  const visits = onsiteInspectionsThisYear(input);
  const joined = joinedVisit(input);
  const joinsCounted = joined !== undefined && visits.some((v) => v.id === joined.id);
  const count = visits.length + (joinsCounted ? 0 : 1);
  const data = { grade, year, count, cap, previous: visits.map((v) => v.id) };
  if (cap === null) {
    return [finding(ctx, 'R5', 'R5_NO_CAP', 'allow', `${grade} 类企业不设现场检查次数上限（本年度第 ${count} 次）。`, `Grade ${grade}: no cap on on-site visits (visit ${count} this year).`, data)];
  }
  if (count <= cap) {
    const zh = joinsCounted ? `加入已计数的联合检查，不增加次数（${count}/${cap}）。` : `${grade} 类企业本年度第 ${count} 次现场检查（上限 ${cap} 次）。`;
    const en = joinsCounted ? `Joins a visit already counted; adds nothing (${count}/${cap}).` : `Grade ${grade}: on-site visit ${count} of at most ${cap} in ${year}.`;
    return [finding(ctx, 'R5', 'R5_WITHIN_CAP', 'allow', zh, en, data)];
  }
  const lifted = liftingCase(input, ctx, 'R5');
  if (lifted) {
    return [finding(ctx, 'R5', 'R5_LIFTED', 'warn',
      `${grade} 类企业本年度现场检查上限 ${cap} 次，本次为第 ${count} 次；因特殊情形“${lifted.name.zh}”不受此限，须履行特殊情形的审批和备案义务（见 R7）。`,
      `Grade ${grade}: cap of ${cap} on-site visits in ${year}, this is visit ${count}; lifted by the exception case "${lifted.name.en}", whose approval and filing duties apply (see R7).`,
      { ...data, exceptionCase: lifted.code })];
  }
  const joinable = joinableVisits(input, ctx.policy.mergeWindowDays, ctx.policy.maxDepartmentsPerJointVisit, toDayNumber)
    .filter((v) => visits.some((c) => c.id === v.id));
  const cases = casesLifting(ctx, 'R5');
  const joinZh = joinable.length > 0 ? `可加入已计数的联合检查 ${joinable.map((v) => `${v.id}（${v.date}）`).join('、')}，不增加次数；` : '';
  const joinEn = joinable.length > 0 ? `join the visit already counted ${joinable.map((v) => `${v.id} (${v.date})`).join(', ')}, which adds nothing; ` : '';
  const head = cap === 0
    ? { zh: `A 类企业已纳入免检清单，不得实施日常现场检查。`, en: `Grade A enterprises are on the exemption list: no routine on-site inspection.` }
    : { zh: `${grade} 类企业本年度现场检查原则上不超过 ${cap} 次，已有 ${visits.length} 次。`, en: `Grade ${grade}: at most ${cap} on-site visits a year in principle; ${visits.length} already made in ${year}.` };
  return [finding(ctx, 'R5', cap === 0 ? 'R5_EXEMPT' : 'R5_CAP_REACHED', 'block',
    `${head.zh}请${joinZh}改为非现场检查；如属特殊情形（${cases.zh}），请写明特殊情形。`,
    `${head.en} Instead: ${joinEn}check off site; or, if a special case applies (${cases.en}), state it.`,
    { ...data, joinable: joinable.map((v) => v.id) })];
}

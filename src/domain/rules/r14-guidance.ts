/**
 * R14: guidance is not inspection. A guidance service carries no findings or penalties and cannot
 * turn into an inspection; an inspection may not come out of a guidance service (an exception
 * case with its own basis may still be filed separately: warn).
 */
import { finding } from './finding.ts';
import type { Finding, GuidanceService, InspectionCheckInput, RuleContext } from './types.ts';

/** Judge a recorded guidance service. */
export function checkR14GuidanceService(g: GuidanceService, ctx: RuleContext): Finding[] {
  if (g.findingsRecorded > 0 || g.penaltiesImposed > 0 || g.turnedIntoInspection) {
    return [finding(ctx, 'R14', 'R14_GUIDANCE_AS_INSPECTION', 'block',
      `行政指导服务 ${g.id} 记录了检查发现（${g.findingsRecorded}）、处罚（${g.penaltiesImposed}）${g.turnedIntoInspection ? '或转为检查' : ''}：不得以指导为由变相检查。请删除这些记录，指导意见以整改建议形式提供；如发现重大风险，另行按投诉举报或案件查处立案并备案。`,
      `Guidance service ${g.id} records findings (${g.findingsRecorded}), penalties (${g.penaltiesImposed})${g.turnedIntoInspection ? ' or was turned into an inspection' : ''}: guidance may not be a disguised inspection. Remove them and give advice as rectification suggestions; if a serious risk was seen, open a complaint or case and file a separate inspection.`,
      { guidanceId: g.id })];
  }
  return [finding(ctx, 'R14', 'R14_GUIDANCE_OK', 'allow', `行政指导服务 ${g.id} 未记录检查发现或处罚。`, `Guidance service ${g.id} records no findings or penalties.`, { guidanceId: g.id })];
}

/** Judge an inspection that would come out of a guidance service. */
export function checkR14Guidance(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (!p.fromGuidanceId) return [];
  const g = input.guidance;
  const out = g && g.id === p.fromGuidanceId ? checkR14GuidanceService(g, ctx).filter((f) => f.verdict !== 'allow') : [];
  if (p.exceptionCase) {
    out.push(finding(ctx, 'R14', 'R14_SEPARATE_INSPECTION', 'warn',
      `该检查源于行政指导服务 ${p.fromGuidanceId}：须作为独立检查，以特殊情形 ${p.exceptionCase} 为依据单独备案，不得使用指导服务中获取的记录作为检查发现。`,
      `This inspection comes out of guidance service ${p.fromGuidanceId}: it must be a separate inspection, filed on its own basis (exception case ${p.exceptionCase}), not using the guidance records as findings.`, { guidanceId: p.fromGuidanceId }));
    return out;
  }
  out.push(finding(ctx, 'R14', 'R14_FROM_GUIDANCE', 'block',
    `检查不得由行政指导服务 ${p.fromGuidanceId} 转化而来。请继续以指导方式帮助企业整改；如发现重大风险，请按投诉举报或案件查处等特殊情形另行立案。`,
    `An inspection may not come out of guidance service ${p.fromGuidanceId}. Keep helping the enterprise as guidance; if a serious risk was seen, open a separate case (complaint or case investigation).`, { guidanceId: p.fromGuidanceId }));
  return out;
}

/**
 * R2: a routine (random/targeted) on-site inspection belongs to the department's published annual
 * plan; a campaign or an exception case states its basis. The plan is a plan of on-site
 * inspections (入企检查计划), so off-site checks are not judged here. Unknown plan status: no finding.
 */
import { finding, statedCase } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR02Plan(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite') return [];
  const ec = statedCase(input, ctx);
  if (ec) {
    return [finding(ctx, 'R2', 'R2_EXCEPTION_BASIS', 'allow', `以特殊情形“${ec.name.zh}”为依据，无需列入年度计划。`, `Based on the exception case "${ec.name.en}"; no plan entry needed.`, { exceptionCase: ec.code })];
  }
  if (p.kind === 'campaign') {
    if (p.campaignBasis && p.campaignBasis.trim() !== '') {
      return [finding(ctx, 'R2', 'R2_CAMPAIGN_BASIS', 'allow', `专项检查依据：${p.campaignBasis}。`, `Campaign basis: ${p.campaignBasis}.`, { basis: p.campaignBasis })];
    }
    return [finding(ctx, 'R2', 'R2_CAMPAIGN_NO_BASIS', 'block', '专项检查未说明依据。请写明上级部署文件或专项方案。', "The campaign inspection states no basis: cite the superior's deployment or the campaign plan.")];
  }
  if (p.inPublishedPlan === undefined) return [];
  if (p.inPublishedPlan) {
    return [finding(ctx, 'R2', 'R2_IN_PLAN', 'allow', '该检查已列入本部门公布的年度入企检查计划。', "The inspection is in the department's published annual plan.")];
  }
  return [finding(ctx, 'R2', 'R2_NOT_IN_PLAN', 'block',
    '该日常检查（双随机/重点检查）未列入本部门公布的年度入企检查计划。请先调整并公布年度计划；如属特殊情形，请写明特殊情形。',
    "This routine (random/targeted) inspection is not in the department's published annual plan. Amend and publish the plan first, or state an exception case if one applies.")];
}

/**
 * R13: an on-site inspection is carried out by at least N qualified inspectors, each with a valid
 * enforcement certificate and current training; the code is shown at entry. Inspectors not yet
 * assigned (absent): no finding.
 */
import { finding, list, listZh } from './finding.ts';
import type { Finding, InspectionCheckInput, Inspector, RuleContext } from './types.ts';

function problem(i: Inspector, date: string): { zh: string; en: string } | undefined {
  const who = i.name ?? i.id;
  if (!i.certificateValidUntil) return { zh: `${who} 无执法证`, en: `${who} holds no enforcement certificate` };
  if (i.certificateValidUntil < date) return { zh: `${who} 的执法证已于 ${i.certificateValidUntil} 到期`, en: `${who}'s certificate expired on ${i.certificateValidUntil}` };
  if (!i.trainingCurrent) return { zh: `${who} 未完成当期培训`, en: `${who}'s training is not current` };
  return undefined;
}

export function checkR13Inspectors(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite' || !p.inspectors) return [];
  const n = ctx.policy.minInspectors;
  const problems = p.inspectors.map((i) => ({ i, why: problem(i, p.date) }));
  const bad = problems.filter((x) => x.why);
  const qualified = problems.length - bad.length;
  const data = { qualified, required: n, unqualified: bad.map((x) => x.i.id) };
  const whyZh = listZh(bad.map((x) => x.why?.zh ?? ''));
  const whyEn = list(bad.map((x) => x.why?.en ?? ''));
  if (qualified < n) {
    return [finding(ctx, 'R13', 'R13_TOO_FEW_QUALIFIED', 'block',
      `合格执法人员只有 ${qualified} 名，至少需要 ${n} 名持有效执法证并完成培训的人员${bad.length ? `（${whyZh}）` : ''}。请另行指派合格人员。`,
      `Only ${qualified} qualified inspectors; at least ${n} with a valid certificate and current training are needed${bad.length ? ` (${whyEn})` : ''}. Assign qualified inspectors.`, data)];
  }
  if (bad.length > 0) {
    return [finding(ctx, 'R13', 'R13_UNQUALIFIED_MEMBER', 'warn',
      `${whyZh}：请将其移出检查组（合格人员 ${qualified} 名已满足要求）。入企时须亮码。`,
      `${whyEn}: take them off the team (${qualified} qualified inspectors suffice). Show the code on entry.`, data)];
  }
  return [finding(ctx, 'R13', 'R13_OK', 'allow',
    `${qualified} 名执法人员均持有效执法证并完成培训。入企时须亮码。`,
    `${qualified} inspectors, all with valid certificates and current training. Show the code on entry.`, data)];
}

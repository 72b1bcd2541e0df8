/**
 * R6: no on-site inspection and no research visit inside the enterprise's quiet period.
 * Inspections: lifted by the exception cases that list R6 (with R7's duties). Research visits:
 * Y24 二(三) lets one go ahead when reported to the county offices N working days ahead (warn).
 */
import { nextOutsideQuiet, quietPeriodFor } from '../calendar/quiet.ts';
import { casesLifting, finding, liftingCase } from './finding.ts';
import type { Finding, InspectionCheckInput, IsoDate, OfficialVisitProposal, RuleContext } from './types.ts';

function resume(date: IsoDate, grade: InspectionCheckInput['inspection']['enterprise']['grade'], ctx: RuleContext): IsoDate | undefined {
  const out = nextOutsideQuiet(date, grade, ctx.policy);
  if (!out) return undefined;
  try {
    return ctx.calendar.nextWorkingDayOnOrAfter(out);
  } catch {
    return out;
  }
}

export function checkR06QuietPeriod(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite') return [];
  const grade = p.enterprise.grade;
  const q = quietPeriodFor(p.date, grade, ctx.policy);
  const period = { grade, from: q.from, to: q.to };
  if (!q.inQuiet) {
    return [finding(ctx, 'R6', 'R6_OUTSIDE_QUIET', 'allow',
      q.from ? `${p.date} 不在 ${grade} 类企业安静期（${q.from} 至 ${q.to}）内。` : `${grade} 类企业不设安静期。`,
      q.from ? `${p.date} is outside the grade ${grade} quiet period (${q.from} to ${q.to}).` : `Grade ${grade} has no quiet period.`, period)];
  }
  const lifted = liftingCase(input, ctx, 'R6');
  if (lifted) {
    return [finding(ctx, 'R6', 'R6_LIFTED', 'warn',
      `${p.date} 在企业安静期（${q.from} 至 ${q.to}）内；因特殊情形“${lifted.name.zh}”可以入企，须经本单位主要负责人批准并按期备案（见 R7）。`,
      `${p.date} is inside the quiet period (${q.from} to ${q.to}); allowed for the exception case "${lifted.name.en}" with the head's approval and a filing on time (see R7).`,
      { ...period, exceptionCase: lifted.code })];
  }
  const earliest = resume(p.date, grade, ctx);
  const cases = casesLifting(ctx, 'R6');
  return [finding(ctx, 'R6', 'R6_QUIET_PERIOD', 'block',
    `${p.date} 在 ${grade} 类企业安静期（${q.from} 至 ${q.to}）内，不得入企检查。请改在 ${earliest ?? '安静期结束后'} 或之后；如属特殊情形（${cases.zh}），请写明特殊情形，经主要负责人批准并于 ${ctx.policy.exceptionFilingWorkingDays} 个工作日内向县综合执法办备案。`,
    `${p.date} is inside the grade ${grade} quiet period (${q.from} to ${q.to}): no on-site inspection. Move it to ${earliest ?? 'after the quiet period'} or later; or, if a special case applies (${cases.en}), state it, get the head's approval and file with the coordinator within ${ctx.policy.exceptionFilingWorkingDays} working days.`,
    earliest ? { ...period, earliestDate: earliest } : period)];
}

/** R6 for a research visit (leaders' other official visits are judged by R10 alone). */
export function checkR06QuietPeriodVisit(visit: OfficialVisitProposal, ctx: RuleContext): Finding[] {
  if (visit.type !== 'research') return [];
  const grade = visit.enterprise.grade;
  const q = quietPeriodFor(visit.date, grade, ctx.policy);
  const period = { grade, from: q.from, to: q.to };
  if (!q.inQuiet) {
    return [finding(ctx, 'R6', 'R6_OUTSIDE_QUIET', 'allow', `${visit.date} 不在企业安静期内。`, `${visit.date} is outside the quiet period.`, period)];
  }
  const n = ctx.policy.visitReportLeadWorkingDays;
  const reported = visit.reportDate !== undefined && visit.reportDate < visit.date && ctx.calendar.workingDaysBetween(visit.reportDate, visit.date) >= n;
  if (reported) {
    return [finding(ctx, 'R6', 'R6_RESEARCH_REPORTED', 'warn',
      `调研日期 ${visit.date} 在企业安静期（${q.from} 至 ${q.to}）内，已提前 ${n} 个工作日向县委办、县府办备案；请尽量避开安静期。`,
      `The research visit on ${visit.date} is inside the quiet period (${q.from} to ${q.to}); it was reported ${n} working days ahead. Avoid the quiet period where you can.`, period)];
  }
  const earliest = resume(visit.date, grade, ctx);
  return [finding(ctx, 'R6', 'R6_QUIET_PERIOD', 'block',
    `调研日期 ${visit.date} 在企业安静期（${q.from} 至 ${q.to}）内。请改在 ${earliest ?? '安静期结束后'} 或之后；确需在安静期调研的，须提前 ${n} 个工作日向县委办、县府办备案。`,
    `The research visit on ${visit.date} is inside the quiet period (${q.from} to ${q.to}). Move it to ${earliest ?? 'after the quiet period'} or later; if it must happen then, report it to the county offices ${n} working days ahead.`,
    earliest ? { ...period, earliestDate: earliest } : period)];
}

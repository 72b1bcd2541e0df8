/**
 * The public face of the rules. checkInspection runs every rule that judges a proposed inspection
 * (R1–R9, R11–R15); checkOfficialVisit judges a leader's or research visit (R6, R10);
 * checkGuidanceService judges a recorded guidance service (R14).
 */
import { maxDate, yearOf } from '../calendar/dates.ts';
import { finding, worst } from './finding.ts';
import { checkR01Catalog } from './r01-catalog.ts';
import { checkR02Plan } from './r02-plan.ts';
import { checkR03Filing } from './r03-filing.ts';
import { checkR04DepartmentCap } from './r04-department-cap.ts';
import { checkR05GradeCap } from './r05-grade-cap.ts';
import { checkR06QuietPeriod, checkR06QuietPeriodVisit } from './r06-quiet-period.ts';
import { checkR07Exception } from './r07-exception.ts';
import { checkR08OffsiteFirst } from './r08-offsite-first.ts';
import { checkR09AdvanceNotice } from './r09-advance-notice.ts';
import { checkR10OfficialVisit } from './r10-official-visit.ts';
import { checkR11JointVisit } from './r11-joint-visit.ts';
import { checkR12Delegation } from './r12-delegation.ts';
import { checkR13Inspectors } from './r13-inspectors.ts';
import { checkR14Guidance, checkR14GuidanceService } from './r14-guidance.ts';
import { checkR15Improvement } from './r15-improvement.ts';
import type { CheckResult, Finding, GuidanceService, InspectionCheckInput, IsoDate, OfficialVisitProposal, RuleContext } from './types.ts';

export * from './types.ts';
export { worst } from './finding.ts';
export {
  checkR01Catalog, checkR02Plan, checkR03Filing, checkR04DepartmentCap, checkR05GradeCap, checkR06QuietPeriod, checkR06QuietPeriodVisit,
  checkR07Exception, checkR08OffsiteFirst, checkR09AdvanceNotice, checkR10OfficialVisit, checkR11JointVisit, checkR12Delegation,
  checkR13Inspectors, checkR14Guidance, checkR14GuidanceService, checkR15Improvement,
};

type InspectionRule = (input: InspectionCheckInput, ctx: RuleContext) => Finding[];

/** The rules that judge a proposed inspection, in rule order. */
export const INSPECTION_RULES: readonly InspectionRule[] = [
  checkR01Catalog, checkR02Plan, checkR03Filing, checkR04DepartmentCap, checkR05GradeCap, checkR06QuietPeriod, checkR07Exception,
  checkR08OffsiteFirst, checkR09AdvanceNotice, checkR11JointVisit, checkR12Delegation, checkR13Inspectors, checkR14Guidance,
  (input, ctx) => checkR15Improvement(input.improvement, ctx),
];

/** Run every inspection rule once, on the proposal as given. */
export function evaluateInspection(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const rule of INSPECTION_RULES) for (const f of rule(input, ctx)) out.push(f);
  return out;
}

function provisionalFinding(ctx: RuleContext, years: number[]): Finding {
  const ys = years.join(', ');
  return finding(ctx, 'R9', 'R9_PROVISIONAL_CALENDAR', 'warn',
    `${ys} 年的法定节假日安排尚未公布（或未录入），工作日按周一至周五暂估，结果为暂定；安排公布后请重新检查。`,
    `The official holiday arrangement for ${ys} is not published (or not entered): working days are assumed Monday–Friday and the answer is provisional. Check again once it is published.`,
    { provisionalYears: years });
}

/**
 * The first working day on or after `from` on which `evaluate` finds no block, searching only
 * within from's calendar year. Each block that a later date can cure carries data.earliestDate;
 * a block without it (wrong items, caps, inspectors…) means no date helps.
 */
export function searchEarliest(from: IsoDate, evaluate: (date: IsoDate) => Finding[], first: Finding[], ctx: RuleContext): IsoDate | null {
  const year = yearOf(from);
  let date = from;
  let findings = first;
  try {
    for (let i = 0; i < 48; i++) {
      const working = ctx.calendar.isWorkingDay(date);
      let blocked = false;
      let next = date;
      for (const f of findings) {
        if (f.verdict !== 'block') continue;
        blocked = true;
        const hint = f.data?.earliestDate;
        if (typeof hint !== 'string') return null;
        next = maxDate(next, hint);
      }
      if (working && !blocked) return date;
      next = ctx.calendar.nextWorkingDayOnOrAfter(next);
      if (next === date || yearOf(next) !== year) return null;
      date = next;
      findings = evaluate(date);
    }
  } catch {
    return null;
  }
  return null;
}

function provisionalYears(ctx: RuleContext, dates: (IsoDate | null | undefined)[]): number[] {
  const years = new Set<number>();
  for (const d of dates) if (d && ctx.calendar.isProvisional(yearOf(d))) years.add(yearOf(d));
  return [...years].sort((a, b) => a - b);
}

export function checkInspection(input: InspectionCheckInput, ctx: RuleContext): CheckResult {
  const p = input.inspection;
  const findings = evaluateInspection(input, ctx);
  const at = (date: IsoDate) => evaluateInspection({ ...input, inspection: { ...p, date } }, ctx);
  const earliest = searchEarliest(p.date, at, findings, ctx);
  const years = provisionalYears(ctx, [p.date, p.noticeDate, earliest]);
  if (years.length > 0) findings.push(provisionalFinding(ctx, years));
  return { verdict: worst(findings), findings, earliestDate: earliest, provisional: years.length > 0 };
}

export function checkOfficialVisit(visit: OfficialVisitProposal, ctx: RuleContext): CheckResult {
  const evaluate = (date: IsoDate) => {
    const v = { ...visit, date };
    return [...checkR06QuietPeriodVisit(v, ctx), ...checkR10OfficialVisit(v, ctx)];
  };
  const findings = evaluate(visit.date);
  const earliest = searchEarliest(visit.date, evaluate, findings, ctx);
  const years = provisionalYears(ctx, [visit.date, visit.reportDate, earliest]);
  if (years.length > 0) findings.push(provisionalFinding(ctx, years));
  return { verdict: worst(findings), findings, earliestDate: earliest, provisional: years.length > 0 };
}

export function checkGuidanceService(g: GuidanceService, ctx: RuleContext): CheckResult {
  const findings = checkR14GuidanceService(g, ctx);
  return { verdict: worst(findings), findings, earliestDate: null, provisional: false };
}

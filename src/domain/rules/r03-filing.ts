/**
 * R3: every inspection that concerns an enterprise is filed with the coordinator before it happens
 * (no filing, no code, no entry). An exception case may be filed late, within the policy's limit
 * (R7). Unknown filing status: no finding.
 */
import { finding, statedCase } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR03Filing(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (!p.filing) return [];
  const ec = statedCase(input, ctx);
  const n = ctx.policy.exceptionFilingWorkingDays;
  const { filedOn } = p.filing;
  if (filedOn === null) {
    if (ec) {
      const due = ctx.calendar.deadlineAfter(p.date, n);
      return [finding(ctx, 'R3', 'R3_EXCEPTION_FILE_BY', 'warn',
        `尚未备案。特殊情形检查须于 ${due}（检查后第${n}个工作日）结束前向县综合执法办备案。`,
        `Not filed yet. An exception-case inspection must be filed with the coordinator by the end of ${due} (the ${n}th working day after it).`, { dueDate: due })];
    }
    return [finding(ctx, 'R3', 'R3_NOT_FILED', 'warn',
      `尚未备案。请在 ${p.date} 检查前向县综合执法办备案（对象、事项、方式、时间）；未备案不发检查码，不得入企。`,
      `Not filed yet. File it (target, items, method, time) with the coordinator before ${p.date}; no filing, no code, no entry.`)];
  }
  if (filedOn <= p.date) {
    return [finding(ctx, 'R3', 'R3_FILED', 'allow', `已于 ${filedOn} 备案。`, `Filed on ${filedOn}.`, { filedOn })];
  }
  if (ec) {
    const due = ctx.calendar.deadlineAfter(p.date, n);
    if (filedOn <= due) {
      return [finding(ctx, 'R3', 'R3_EXCEPTION_FILED_LATE_OK', 'allow', `特殊情形检查于 ${filedOn} 补备案，在 ${due} 期限内。`, `Exception-case inspection filed on ${filedOn}, within the limit of ${due}.`, { filedOn, dueDate: due })];
    }
    return [finding(ctx, 'R3', 'R3_EXCEPTION_FILED_TOO_LATE', 'block',
      `特殊情形检查于 ${filedOn} 才备案，超过 ${due} 的期限。须向县综合执法办说明情况。`,
      `Exception-case inspection filed on ${filedOn}, after the limit of ${due}; explain the delay to the coordinator.`, { filedOn, dueDate: due })];
  }
  return [finding(ctx, 'R3', 'R3_FILED_AFTER', 'block',
    `备案日期 ${filedOn} 晚于检查日期 ${p.date}：必须先备案后检查。请将检查改到备案之后。`,
    `Filed on ${filedOn}, after the inspection date ${p.date}: file first, inspect after. Move the inspection after the filing.`,
    { filedOn, earliestDate: filedOn })];
}

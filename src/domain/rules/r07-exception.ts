/**
 * R7: an exception case lifts exactly the rules the policy lists for it (R5/R6, R9 for some) and
 * adds its duties: the department head's approval (before; urgent cases may record it afterwards)
 * and a filing with the coordinator by the end of the n-th working day after the inspection.
 */
import { finding, list, listZh } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR07Exception(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  const code = p.exceptionCase;
  if (!code) return [];
  const ec = ctx.policy.exceptionCases.find((c) => c.code === code);
  if (!ec) {
    const known = ctx.policy.exceptionCases.map((c) => c.code);
    return [finding(ctx, 'R7', 'R7_UNKNOWN_CASE', 'block',
      `特殊情形代码 ${code} 不存在。可用代码：${listZh(known)}。`,
      `Unknown exception case code ${code}. Known codes: ${list(known)}.`, { exceptionCase: code, known })];
  }
  const n = ctx.policy.exceptionFilingWorkingDays;
  const due = ctx.calendar.deadlineAfter(p.date, n);
  const data = { exceptionCase: ec.code, lifts: ec.lifts, filingDueDate: due, approvalAfterwards: ec.approvalAfterwards };
  if (p.exceptionFiledOn && p.exceptionFiledOn > due) {
    return [finding(ctx, 'R7', 'R7_FILED_LATE', 'block',
      `特殊情形检查于 ${p.exceptionFiledOn} 才向县综合执法办备案，超过期限 ${due}。`,
      `The exception-case inspection was filed with the coordinator on ${p.exceptionFiledOn}, after the limit of ${due}.`, data)];
  }
  if (p.headApprovedOn && p.headApprovedOn > p.date && !ec.approvalAfterwards) {
    return [finding(ctx, 'R7', 'R7_APPROVAL_AFTER', 'block',
      `特殊情形“${ec.name.zh}”须在检查前经本单位主要负责人批准，但批准日期为 ${p.headApprovedOn}。`,
      `The exception case "${ec.name.en}" needs the head's approval before the inspection, but it was approved on ${p.headApprovedOn}.`, data)];
  }
  if (p.headApprovedOn && p.exceptionFiledOn) {
    return [finding(ctx, 'R7', 'R7_DUTIES_MET', 'allow',
      `特殊情形“${ec.name.zh}”：已于 ${p.headApprovedOn} 经主要负责人批准，已于 ${p.exceptionFiledOn} 备案。`,
      `Exception case "${ec.name.en}": approved by the head on ${p.headApprovedOn}, filed on ${p.exceptionFiledOn}.`, data)];
  }
  const approvalZh = ec.approvalAfterwards ? '报本单位主要负责人批准（紧急情形可事后补录）' : '检查前报本单位主要负责人批准';
  const approvalEn = ec.approvalAfterwards ? "the department head's approval (urgent: may be recorded afterwards)" : "the department head's approval before the inspection";
  const liftsZh = ec.lifts.length > 0 ? `解除 ${listZh(ec.lifts)}` : '不解除任何规则';
  const liftsEn = ec.lifts.length > 0 ? `lifts ${list(ec.lifts)}` : 'lifts no rule';
  return [finding(ctx, 'R7', 'R7_EXCEPTION_DUTIES', 'warn',
    `特殊情形“${ec.name.zh}”${liftsZh}。须${approvalZh}，并于 ${due}（检查后第 ${n} 个工作日）结束前向县综合执法办备案。`,
    `Exception case "${ec.name.en}" ${liftsEn}. Duties: ${approvalEn}, and a filing with the coordinator by the end of ${due} (the ${n}th working day after the inspection).`, data)];
}

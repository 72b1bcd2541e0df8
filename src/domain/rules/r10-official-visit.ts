/**
 * R10: a leader's official visit or a research visit is reported to the county Party and
 * government offices at least N working days ahead (N strictly between), and must relate to the
 * enterprise's business ("原则上不得开展" otherwise).
 */
import { finding } from './finding.ts';
import type { Finding, OfficialVisitProposal, RuleContext } from './types.ts';

export function checkR10OfficialVisit(visit: OfficialVisitProposal, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const kindZh = visit.type === 'research' ? '调研' : '领导干部入企公务活动';
  const kindEn = visit.type === 'research' ? 'research visit' : "leader's official visit";
  if (!visit.relatedToBusiness) {
    out.push(finding(ctx, 'R10', 'R10_NOT_BUSINESS_RELATED', 'block',
      `${kindZh}与企业经营关联性不强，原则上不得开展。请说明与企业经营的关联，或改用其他方式（如座谈、书面了解）。`,
      `The ${kindEn} is not related to the enterprise's business and in principle may not take place. State how it relates to the business, or use another way (a meeting elsewhere, a written enquiry).`))
  }
  const n = ctx.policy.visitReportLeadWorkingDays;
  if (visit.reportDate === undefined) {
    const latest = ctx.calendar.latestNoticeFor(visit.date, n);
    out.push(finding(ctx, 'R10', 'R10_REPORT_DUE', 'warn',
      `请最迟于 ${latest} 向县委办公室、县政府办公室报备（报备日与${kindZh}日之间至少 ${n} 个工作日）。`,
      `Report it to the county Party and government offices by ${latest} at the latest (at least ${n} working days strictly between).`,
      { latestReportDate: latest, leadWorkingDays: n }));
    return out;
  }
  const between = ctx.calendar.workingDaysBetween(visit.reportDate, visit.date);
  const data = { reportDate: visit.reportDate, workingDaysBetween: between, leadWorkingDays: n };
  if (between >= n && visit.reportDate < visit.date) {
    out.push(finding(ctx, 'R10', 'R10_REPORTED', 'allow',
      `已于 ${visit.reportDate} 报备，提前 ${between} 个工作日。`, `Reported on ${visit.reportDate}, ${between} working days ahead.`, data));
    return out;
  }
  const earliest = ctx.calendar.earliestAfterNotice(visit.reportDate, n);
  out.push(finding(ctx, 'R10', 'R10_REPORT_TOO_LATE', 'block',
    `报备日 ${visit.reportDate} 与${kindZh}日 ${visit.date} 之间只有 ${between} 个工作日，少于 ${n} 个。最早可在 ${earliest} 入企。`,
    `Only ${between} working days lie between the report on ${visit.reportDate} and the ${kindEn} on ${visit.date}, fewer than ${n}. The earliest day is ${earliest}.`,
    { ...data, earliestDate: earliest }));
  return out;
}

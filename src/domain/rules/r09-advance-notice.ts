/**
 * R9: advance notice to the enterprise (items, time, inspectors) at least N working days before,
 * with N working days strictly between the notice day and the inspection day. Also: routine
 * on-site inspections take place on working days (SPEC). Lifted by the exception cases that list R9.
 * Off-site checks do not enter the enterprise and are not judged here.
 */
import { finding, liftingCase, statedCase } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

const KIND_ZH = { workday: '工作日', weekend: '周末', holiday: '法定节假日', makeup_workday: '调休上班日' } as const;

function workingDayFinding(input: InspectionCheckInput, ctx: RuleContext): Finding | undefined {
  const p = input.inspection;
  const day = ctx.calendar.dayInfo(p.date);
  if (day.working) return undefined;
  const label = `${KIND_ZH[day.kind]}${day.name ? `（${day.name}）` : ''}`;
  const ec = statedCase(input, ctx);
  if (ec) {
    return finding(ctx, 'R9', 'R9_NON_WORKING_DAY_EXCEPTION', 'warn',
      `${p.date} 是${label}；仅因特殊情形“${ec.name.zh}”在非工作日入企。`,
      `${p.date} is not a working day (${day.kind}${day.nameEn ? `, ${day.nameEn}` : ''}); entering on it only for the exception case "${ec.name.en}".`, { dayKind: day.kind });
  }
  const next = ctx.calendar.nextWorkingDayOnOrAfter(p.date);
  return finding(ctx, 'R9', 'R9_NON_WORKING_DAY', 'block',
    `${p.date} 是${label}，日常现场检查应在工作日进行。最近的工作日是 ${next}。`,
    `${p.date} is not a working day (${day.kind}${day.nameEn ? `, ${day.nameEn}` : ''}); routine on-site inspections take place on working days. The next working day is ${next}.`,
    { dayKind: day.kind, earliestDate: next });
}

export function checkR09AdvanceNotice(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite') return [];
  const out: Finding[] = [];
  const wd = workingDayFinding(input, ctx);
  if (wd) out.push(wd);
  const n = ctx.policy.noticeLeadWorkingDays;
  const lifted = liftingCase(input, ctx, 'R9');
  if (lifted) {
    out.push(finding(ctx, 'R9', 'R9_LIFTED', 'allow',
      `特殊情形“${lifted.name.zh}”下预告会妨碍检查目的，无需提前 ${n} 个工作日预告；检查时仍须亮码并告知检查事项。`,
      `Under the exception case "${lifted.name.en}" a notice would defeat the purpose, so no ${n}-working-day notice is needed; still show the code and state the items on entry.`,
      { exceptionCase: lifted.code }));
    return out;
  }
  if (p.noticeDate === undefined) {
    const latest = ctx.calendar.latestNoticeFor(p.date, n);
    out.push(finding(ctx, 'R9', 'R9_NOTICE_DUE', 'warn',
      `请最迟于 ${latest} 向企业预告检查事项、检查时间和检查人员（预告日与检查日之间至少 ${n} 个工作日）。`,
      `Notify the enterprise of the items, time and inspectors by ${latest} at the latest (at least ${n} working days strictly between notice and inspection).`,
      { latestNoticeDate: latest, leadWorkingDays: n }));
    return out;
  }
  const between = ctx.calendar.workingDaysBetween(p.noticeDate, p.date);
  const earliest = ctx.calendar.earliestAfterNotice(p.noticeDate, n);
  const data = { noticeDate: p.noticeDate, workingDaysBetween: between, leadWorkingDays: n };
  if (between >= n && p.noticeDate < p.date) {
    out.push(finding(ctx, 'R9', 'R9_NOTICE_OK', 'allow',
      `已于 ${p.noticeDate} 预告，与检查日之间有 ${between} 个工作日（至少 ${n} 个）。`,
      `Notified on ${p.noticeDate}: ${between} working days lie between notice and inspection (at least ${n}).`, data));
    return out;
  }
  out.push(finding(ctx, 'R9', 'R9_NOTICE_TOO_LATE', 'block',
    `预告日 ${p.noticeDate} 与检查日 ${p.date} 之间只有 ${between} 个工作日，少于 ${n} 个。按此预告，最早可在 ${earliest} 检查；如属须突击检查的特殊情形，请写明特殊情形。`,
    `Only ${between} working days lie between the notice on ${p.noticeDate} and ${p.date}, fewer than ${n}. With this notice the earliest inspection day is ${earliest}; if a special case makes notice self-defeating, state it.`,
    { ...data, earliestDate: earliest }));
  return out;
}

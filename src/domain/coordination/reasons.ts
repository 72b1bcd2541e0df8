/** Why a filing was not scheduled, in plain Chinese and English, with what to do instead. */
import type { Text, UnscheduledReason } from './types.ts';

export type NoDayKind = 'passed' | 'notice' | 'no_working_day' | 'quiet' | 'unknown_year' | 'occupied';

export interface ReasonDetails {
  grade: string;
  department: string;
  from: string;
  to: string;
  /** Calendar year the caps are counted in (the window's first year with lawful days). */
  year: number;
  gradeCap: number | null;
  /** On-site visits of the enterprise in `year`: made before plus planned here. */
  gradeUsed: number;
  deptCap: number;
  /** Dates of the enterprise's planned visits (to suggest joining one). */
  planned: string[];
  noDay: NoDayKind;
  earliest: string | null;
  noticeLead: number;
  quiet: { startDay: number; endDay: number | null } | null;
  maxDepartments: number;
  capacity: number;
}

const OFFSITE = { zh: '改为非现场检查（书面核查、数据比对、物联感知）', en: 'check off site (written review, data, IoT)' };

function joinHint(d: ReasonDetails): Text {
  if (d.planned.length === 0) return { zh: '', en: '' };
  const dates = d.planned.slice(0, 4).join('、');
  return {
    zh: `调整时间窗口，并入本企业已安排的检查（${dates}），或委托届时入企的部门代查（委托检查事项清单库内事项）；`,
    en: `widen the window to join this enterprise's planned visit (${d.planned.slice(0, 4).join(', ')}) or have a department visiting then carry it (delegable items); `,
  };
}

function noDay(d: ReasonDetails): Text {
  const w = { zh: `时间窗口（${d.from} 至 ${d.to}）`, en: `The window ${d.from} to ${d.to}` };
  switch (d.noDay) {
    case 'passed':
      return { zh: `${w.zh}已过。建议：重新备案时间窗口。`, en: `${w.en} has passed. Suggestion: file a new window.` };
    case 'notice':
      return {
        zh: `须提前 ${d.noticeLead} 个工作日向企业预告，最早可在 ${d.earliest ?? '—'} 入企检查，${w.zh}早于该日。建议：将时间窗口延至 ${d.earliest ?? '—'} 或之后，或${OFFSITE.zh}。`,
        en: `The enterprise must be notified ${d.noticeLead} working days ahead, so the earliest inspection day is ${d.earliest ?? '—'}; ${w.en.toLowerCase()} ends before it. Suggestion: extend the window to ${d.earliest ?? '—'} or later, or ${OFFSITE.en}.`,
      };
    case 'no_working_day':
      return { zh: `${w.zh}内没有工作日（日常现场检查在工作日进行）。建议：调整时间窗口。`, en: `${w.en} holds no working day (routine on-site inspections take place on working days). Suggestion: change the window.` };
    case 'quiet': {
      const q = d.quiet;
      const span = q ? { zh: `每月 ${q.startDay} 日至${q.endDay === null ? '月底' : `${q.endDay} 日`}`, en: `day ${q.startDay} to ${q.endDay === null ? 'month end' : `day ${q.endDay}`} of each month` } : { zh: '', en: '' };
      return {
        zh: `${w.zh}内的工作日都在 ${d.grade} 类企业安静期（${span.zh}）内。建议：将时间窗口调整到安静期以外，或${OFFSITE.zh}。`,
        en: `Every working day in ${w.en.toLowerCase()} falls in the grade ${d.grade} quiet period (${span.en}). Suggestion: move the window out of the quiet period, or ${OFFSITE.en}.`,
      };
    }
    case 'unknown_year':
      return {
        zh: `${w.zh}内可用日期所在年度的法定节假日安排尚未公布（或超出工作日历范围），工作日无法确定，暂不排入。建议：节假日安排公布并录入后重新排程。`,
        en: `The official holiday arrangement for the year of ${w.en.toLowerCase()} is not yet known (or lies outside the working calendar), so its working days cannot be told; not planned. Suggestion: plan again once the arrangement is published and entered.`,
      };
    case 'occupied':
      return {
        zh: `${w.zh}内的可用日期都已安排本企业的其他检查，且无法再并入（每次联合检查最多 ${d.maxDepartments} 个部门，企业每天只接受一次入企）。建议：委托已入企的部门代查、放宽时间窗口，或${OFFSITE.zh}。`,
        en: `Every lawful day in ${w.en.toLowerCase()} already has a visit to this enterprise that cannot take it (at most ${d.maxDepartments} departments per joint visit, one visit a day). Suggestion: have a department visiting carry it (delegation), widen the window, or ${OFFSITE.en}.`,
      };
  }
}

export function explain(reason: UnscheduledReason, d: ReasonDetails): Text {
  const next = d.year + 1;
  switch (reason) {
    case 'GRADE_EXEMPT':
      return {
        zh: `${d.grade} 类企业已纳入免检清单，不安排日常现场检查。建议：${OFFSITE.zh}；确属特殊情形的，按例外程序经本单位主要负责人批准后实施。`,
        en: `Grade ${d.grade} enterprises are on the exemption list: no routine on-site inspection. Suggestion: ${OFFSITE.en}; if a special case applies, follow the exception procedure with the head's approval.`,
      };
    case 'GRADE_CAP': {
      const j = joinHint(d);
      return {
        zh: `${d.grade} 类企业 ${d.year} 年现场检查原则上不超过 ${d.gradeCap ?? '—'} 次，已有 ${d.gradeUsed} 次（含已检查和本计划安排）。建议：${j.zh}${OFFSITE.zh}，或顺延至 ${next} 年。`,
        en: `Grade ${d.grade}: at most ${d.gradeCap ?? '—'} on-site visits in ${d.year} in principle, ${d.gradeUsed} already (made or planned here). Suggestion: ${j.en}${OFFSITE.en}, or move it to ${next}.`,
      };
    }
    case 'DEPARTMENT_CAP':
      return {
        zh: `部门 ${d.department} ${d.year} 年对该企业的现场检查已达上限 ${d.deptCap} 次（含已检查和本计划安排）；委托他部门代查仍计入本部门次数。建议：${OFFSITE.zh}，或顺延至 ${next} 年；国家另有规定的，写明依据后单独报批。`,
        en: `Department ${d.department} has reached its cap of ${d.deptCap} on-site inspections of this enterprise in ${d.year} (made or planned here); a delegated inspection still counts for the owner. Suggestion: ${OFFSITE.en}, or move it to ${next}; if a national rule allows more, file it separately citing the rule.`,
      };
    case 'NO_LAWFUL_DAY':
      return noDay(d);
    case 'CAPACITY':
      return {
        zh: `时间窗口（${d.from} 至 ${d.to}）内可用日期的检查力量已排满（部门 ${d.department} 每个工作日 ${d.capacity < 0 ? '不限' : d.capacity} 组）。建议：委托当日入企的其他部门代查（委托检查事项清单库内事项）、放宽时间窗口，或${OFFSITE.zh}。`,
        en: `Inspection teams are fully booked on every lawful day of the window ${d.from} to ${d.to} (department ${d.department}: ${d.capacity < 0 ? 'no limit' : d.capacity} a working day). Suggestion: have a department visiting that day carry it (delegable items), widen the window, or ${OFFSITE.en}.`,
      };
    case 'OPT_OUT': {
      const capped = d.gradeCap !== null && d.gradeUsed >= d.gradeCap;
      const why = capped
        ? { zh: `${d.grade} 类企业 ${d.year} 年现场检查上限 ${d.gradeCap} 次已用完`, en: `the grade ${d.grade} cap of ${d.gradeCap} visits in ${d.year} is used up` }
        : { zh: '时间窗口内的可用日期已安排其他检查（企业每天只接受一次入企）', en: 'every lawful day in its window already has another visit (one visit a day)' };
      return {
        zh: `企业已申请不合并检查，每项检查单独入企；${why.zh}。建议：征得企业同意后与其他部门联合检查、${OFFSITE.zh}，或顺延至 ${next} 年。`,
        en: `The enterprise asked not to be merged, so each inspection is a visit of its own; ${why.en}. Suggestion: with the enterprise's consent join another department's visit, ${OFFSITE.en}, or move it to ${next}.`,
      };
    }
  }
}

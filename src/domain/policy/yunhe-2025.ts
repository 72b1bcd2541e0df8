/** Version 1 of Yunhe County's policy: 云政办发〔2025〕24号, in force from its date, 2025-07-11. */
import { YUNHE_2025_CLAUSES, YUNHE_2025_GOALS } from './clauses-yunhe.ts';
import { YUNHE_2025_EXCEPTION_CASES } from './exception-cases-yunhe.ts';
import type { Deadline, Policy } from './types.ts';

const wd = 'working_days' as const;
const cd = 'calendar_days' as const;

const DEADLINES: Deadline[] = [
  {
    code: 'HEAD_APPROVAL', name: { zh: '主要负责人审批', en: "Department head's approval" }, days: 0, unit: wd,
    from: { zh: '检查日（须于检查前批准；紧急情形事后补录）', en: 'the inspection day (approve before it; urgent cases recorded afterwards)' },
    defaultOutcome: { code: 'NOT_APPROVED', zh: '未批准：不发检查码，不得入企', en: 'Not approved: no code is issued and no entry' },
  },
  {
    code: 'URGENT_APPROVAL_RECORD', name: { zh: '紧急情形事后补录审批', en: 'Urgent case: approval recorded afterwards' }, days: 3, unit: wd,
    from: { zh: '检查日', en: 'the inspection day' },
    defaultOutcome: { code: 'FLAGGED_UNAPPROVED', zh: '标记为未经批准的检查，预警至综合执法办和监督部门', en: 'Flagged as unapproved; alert to the coordinator and supervisors' },
  },
  {
    code: 'EXCEPTION_FILING', name: { zh: '特殊情形检查向县综合执法办备案', en: 'Exception-case inspection filed with the coordinator' }, days: 3, unit: wd,
    from: { zh: '检查日（不计当日）', en: 'the inspection day (not counted)' },
    defaultOutcome: { code: 'LATE_FILING_ALERT', zh: '逾期未备案：记为违规检查并预警', en: 'Overdue: recorded as a breach and alerted' },
  },
  {
    code: 'COORDINATOR_REVIEW', name: { zh: '县综合执法办审核备案', en: "Coordinator's review of a filing" }, days: 2, unit: wd,
    from: { zh: '备案提交日', en: 'the filing day' },
    defaultOutcome: { code: 'DEEMED_ACCEPTED', zh: '视为备案通过，并提示监督部门', en: 'Deemed accepted; supervisors are told' },
  },
  {
    code: 'MERGE_CONFIRMATION', name: { zh: '合并检查建议确认', en: 'Merge proposal confirmation' }, days: 3, unit: wd,
    from: { zh: '系统提出合并建议日', en: 'the day the merge is proposed' },
    defaultOutcome: { code: 'NOT_MERGED', zh: '不合并，各部门按原备案实施并计入联合检查率', en: 'Not merged; each department goes ahead as filed (counts against the joint rate)' },
  },
  {
    code: 'NOTICE_ACK', name: { zh: '企业确认预告', en: 'Enterprise acknowledges a notice' }, days: 2, unit: wd,
    from: { zh: '预告送达日', en: 'the day the notice is delivered' },
    defaultOutcome: { code: 'DEEMED_DELIVERED', zh: '视为已送达，检查按预告进行', en: 'Deemed delivered; the inspection goes ahead as notified' },
  },
  {
    code: 'GUIDANCE_ACCEPT', name: { zh: '部门接单（预约式行政指导）', en: 'Department accepts a guidance booking' }, days: 3, unit: wd,
    from: { zh: '企业点单日', en: 'the day the enterprise books' },
    defaultOutcome: { code: 'ESCALATED_TO_COORDINATOR', zh: '转县综合执法办督办', en: 'Escalated to the coordinator' },
  },
  {
    code: 'COMPLAINT_ANSWER', name: { zh: '投诉举报答复', en: 'Complaint answered' }, days: 5, unit: wd,
    from: { zh: '受理日', en: 'the day it is accepted' },
    defaultOutcome: { code: 'ESCALATED_TO_SUPERVISORS', zh: '逾期未答复：转县司法局督办并预警', en: 'Overdue: escalated to the justice bureau and alerted' },
  },
  {
    code: 'EMERGENCY_REGISTRATION', name: { zh: '突发事件检查补登记', en: 'Emergency inspection registered late (after an outage)' }, days: 3, unit: cd,
    from: { zh: '检查日（原则上离场前登记）', en: 'the inspection day (normally registered before leaving)' },
    defaultOutcome: { code: 'FLAGGED_UNREGISTERED', zh: '记为无码入企并预警', en: 'Recorded as entry without a code and alerted' },
  },
];

export const YUNHE_2025: Policy = {
  id: 'yunhe-2025',
  jurisdiction: { code: '331125', name: { zh: '云和县', en: 'Yunhe County' } },
  effectiveFrom: '2025-07-11',
  basis: { id: '云政办发〔2025〕24号', title: '云和县落实严格规范涉企行政检查“云企舒”10项工作机制' },
  departmentOnsiteCap: 2,
  gradeOnsiteCaps: { A: 0, B: 1, C: 2, D: null },
  quietPeriods: {
    A: { startDay: 11, endDay: null },
    B: { startDay: 11, endDay: null },
    C: { startDay: 21, endDay: null },
    D: { startDay: 21, endDay: null },
  },
  noticeLeadWorkingDays: 5,
  visitReportLeadWorkingDays: 3,
  exceptionFilingWorkingDays: 3,
  minInspectors: 2,
  exceptionCases: YUNHE_2025_EXCEPTION_CASES,
  offsiteHoldDays: 365,
  mergeWindowDays: 30,
  maxDepartmentsPerJointVisit: 5,
  jointRate: {
    primary: 'visits',
    targets: [
      { year: 2025, target: 0.6 },
      { year: 2026, target: 0.7 },
      { year: 2027, target: 0.8 },
    ],
  },
  alerts: { multiDepartmentWindowDays: 30, multiDepartmentMinDepartments: 2, capRemainingAlert: 0 },
  deadlines: DEADLINES,
  improvement: { gradingPeriods: 2 },
  itemRetirementUnusedYears: 5,
  clauses: YUNHE_2025_CLAUSES,
  goalsClause: YUNHE_2025_GOALS,
};

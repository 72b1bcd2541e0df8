/**
 * 预告: an accepted filing produces the advance notice to the enterprise (items, time, inspectors,
 * its on-site count for the year, its rights), inside the acceptance's transaction.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Deps } from '../deps.ts';
import { addDeadline, filingInspectors, filingItems, type FilingRow } from './repository.ts';
import { deadlineFrom, type RuleContexts } from './rule-context.ts';
import { visitHistory } from './run-rules.ts';
import { runTransition } from './transition.ts';

export const RIGHTS = [
  {
    zh: '申请回避：认为执法人员与本企业存在利害关系、可能影响公正检查的，可在检查前向检查部门或县综合执法办申请其回避。',
    en: 'Recusal: if an inspector has a conflict of interest with the enterprise, ask before the inspection that he or she withdraw.',
  },
  {
    zh: '查验证件和检查码：执法人员入企须出示执法证件并亮码（查前备案、查时亮码）；未出示的，企业可拒绝检查并投诉。',
    en: 'Check credentials and the inspection code: inspectors show their certificates and the code on entry; without them the enterprise may refuse and complain.',
  },
  { zh: '陈述和申辩：对检查中发现的问题，企业有权陈述、申辩。', en: 'Be heard: the enterprise may state its case on any problem found.' },
  {
    zh: '投诉举报：对违规检查、重复检查或吃拿卡要等行为，可向县综合执法办、县司法局或县纪委县监委投诉举报。',
    en: 'Complain: report unlawful, repeated or corrupt inspections to the coordinator, the justice bureau or the discipline commission.',
  },
];

/** On-site inspection visits of the enterprise in the year (a joint visit counts once). */
export async function onsiteCountForYear(trx: Transaction<DB>, enterpriseId: number, year: number) {
  const visits = await visitHistory(trx, enterpriseId, `${year}-01-01`, `${year}-12-31`);
  return visits.filter((v) => v.type === 'inspection' && v.mode === 'onsite').length;
}

export async function issueNotice(deps: Deps, trx: Transaction<DB>, rules: RuleContexts, row: FilingRow, today: string) {
  await runTransition(
    deps,
    'system',
    row.id,
    'notify',
    async () => {
      const [items, inspectors] = await Promise.all([filingItems(trx, row.id), filingInspectors(trx, row.id, row.planned_date)]);
      const ctx = rules(today);
      const year = Number(row.planned_date.slice(0, 4));
      const count = await onsiteCountForYear(trx, row.enterprise_id, year);
      const ackDue = deadlineFrom(ctx, 'NOTICE_ACK', today);
      const content = {
        department: { code: row.department_code, name: row.department_name },
        enterprise: { uscc: row.uscc, name: row.enterprise_name, address: row.enterprise_address },
        kind: row.kind,
        mode: row.mode,
        date: row.planned_date,
        windowEnd: row.window_end,
        exceptionCase: row.exception_case,
        items: items.map((i) => ({ code: i.code, name: i.name, legalBasis: i.legal_basis, owner: i.owner_name, delegated: i.delegate_department_id !== null })),
        inspectors: inspectors.map((u) => ({ name: u.display_name, certificateNumber: u.certificate_number })),
        onsiteCountThisYear: { year, count, cap: row.grade ? ctx.policy.gradeOnsiteCaps[row.grade] : null },
        rights: RIGHTS,
        policy: ctx.policy.basis,
        ackDue,
      };
      const notice = await trx
        .insertInto('notices')
        .values({ filing_id: row.id, enterprise_id: row.enterprise_id, issued_on: today, content: JSON.stringify(content) })
        .returning('id')
        .executeTakeFirstOrThrow();
      if (ackDue) await addDeadline(trx, row.id, 'NOTICE_ACK', ackDue);
      return { audit: { noticeId: notice.id, issuedOn: today, onsiteCountThisYear: count } };
    },
    { trx, rules },
  );
}

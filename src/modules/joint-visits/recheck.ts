/**
 * The rules again, on every filing of a joint visit at its new date, through the filings module's
 * public functions (factsOf + checkFiling): a block (quiet period, non-working day, notice lead
 * time, caps, certificates …) refuses the whole change. Warnings are left to each filing's own review.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingState } from '../../db/tables/filings.ts';
import { conflict } from '../../domain/errors.ts';
import { checkFiling, factsOf, findFiling, type RuleContexts } from '../filings/index.ts';

const COUNTED: readonly FilingState[] = ['accepted', 'notified', 'in_progress', 'completed'];

export interface Member {
  id: number;
  state: FilingState;
  department_name: string;
}

/**
 * Checks each member as it now stands in the transaction (date and join already set). A filing
 * joining a lead whose visit is not counted yet is judged on its own: the visit is one new visit.
 */
export async function recheckMembers(trx: Transaction<DB>, rules: RuleContexts, leadId: number, members: readonly Member[], today: string) {
  for (const m of members) {
    const row = await findFiling(trx, m.id);
    if (!row) continue;
    const visitCounted = members.some((o) => o.id !== m.id && COUNTED.includes(o.state));
    const facts = await factsOf(trx, row, { noticeDate: today, joinsFilingId: m.id === leadId || !visitCounted ? null : leadId });
    const check = await checkFiling(trx, facts, rules);
    const blocks = check.findings.filter((f) => f.verdict === 'block');
    if (blocks.length > 0) {
      throw conflict(
        blocks[0].code,
        `备案 #${m.id}（${m.department_name}）在 ${facts.date} 不能检查：${blocks.map((b) => `【${b.rule}】${b.message.zh}`).join('')}`,
        `Filing #${m.id} cannot be inspected on ${facts.date}: ${blocks.map((b) => `[${b.rule}] ${b.message.en}`).join(' ')}`,
        { filingId: m.id, findings: blocks, earliestDate: check.earliestDate },
      );
    }
  }
}

/**
 * 紧急检查登记: an emergency inspection that began before it was filed names its items, normally
 * before the inspectors leave; after an outage, within the policy's days, with the reason. A late
 * registration is flagged to the coordinator and supervisors. Registering issues the inspection's code.
 */
import { invalid } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { factsOf } from './facts.ts';
import { codeAudit, issueFilingCode } from './issue-code.ts';
import { lockEnterprise } from './repository-rules.ts';
import { freezeItemVersions, meetDeadline, raiseFlag } from './repository.ts';
import { resolveItems } from './resolve.ts';
import { dateInChina, deadlineFrom } from './rule-context.ts';
import { checkFiling, enforce, snapshot } from './run-rules.ts';
import { runTransition } from './transition.ts';

export interface RegisterInput {
  items: string[];
  lateReason?: string;
  justifications?: Record<string, string>;
}

export async function registerEmergency(deps: Deps, by: Principal, id: number, input: RegisterInput) {
  return runTransition(deps, by, id, 'register', async ({ trx, row, today, at, actor, rules }) => {
    if (row.registered_at) throw invalid('ALREADY_REGISTERED', '该紧急检查已登记。', 'This emergency inspection is already registered.');
    if (input.items.length === 0) throw invalid('ITEMS_REQUIRED', '登记紧急检查须列明检查事项。', 'Registering names the items inspected.');
    const startedOn = row.started_at ? dateInChina(new Date(row.started_at)) : row.planned_date;
    const late = today > startedOn;
    if (late && !input.lateReason) {
      throw invalid('LATE_REASON_REQUIRED', '紧急检查未在离场前登记的，须说明补登记的原因（如系统故障）。', 'A registration after the day the inspection began states why (e.g. an outage).');
    }
    await lockEnterprise(trx, row.enterprise_id);
    const items = await resolveItems(trx, row.department_id, input.items, startedOn);
    const facts = await factsOf(trx, row, { itemCodes: input.items, itemIds: items.flatMap((i) => (i.itemId ? [i.itemId] : [])), filedOn: today, exceptionFiledOn: today });
    const check = await checkFiling(trx, facts, rules);
    const justifications = enforce(check, row.justifications, input.justifications, { username: actor.username, at: at.toISOString() });
    await trx
      .insertInto('filing_items')
      .values(items.flatMap((i) => (i.itemId ? [{ filing_id: row.id, item_id: i.itemId, delegate_department_id: i.delegateDepartmentId }] : [])))
      .execute();
    await freezeItemVersions(trx, row.id);
    await meetDeadline(trx, row.id, 'EMERGENCY_REGISTRATION');
    const code = await issueFilingCode(deps, trx, row.id, { userId: actor.id, label: actor.username });
    if (late) {
      const due = deadlineFrom(rules(startedOn), 'EMERGENCY_REGISTRATION', startedOn);
      const overdue = due !== null && today > due;
      await raiseFlag(trx, row.id, overdue ? 'EMERGENCY_REGISTERED_OVERDUE' : 'EMERGENCY_REGISTERED_LATE', `${startedOn} 开始检查，${today} 登记：${input.lateReason}`);
    }
    return {
      set: {
        registered_at: at,
        late_reason: input.lateReason ?? null,
        justifications: JSON.stringify(justifications),
        check_result: JSON.stringify(snapshot('register', at.toISOString(), check)),
      },
      audit: { items: input.items, late, lateReason: input.lateReason ?? null, verdict: check.verdict, ...codeAudit(code) },
      result: check,
    };
  });
}

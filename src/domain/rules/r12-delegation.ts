/**
 * R12: simple items in the delegable-item library may be inspected by another department on the
 * owner's behalf. Items the department takes from the library must be delegable to it; and where
 * another department visits in the same period, the department's own delegable items could ride
 * along (a suggestion). Nothing to say: no finding.
 */
import { toDayNumber } from '../calendar/dates.ts';
import { joinableVisits } from './counting.ts';
import { finding, list, listZh } from './finding.ts';
import type { Finding, InspectionCheckInput, RuleContext } from './types.ts';

export function checkR12Delegation(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  const own = new Set(input.catalog.items.map((i) => i.code));
  const library = input.delegableLibrary ?? [];
  const out: Finding[] = [];
  const foreign = library.filter((d) => p.items.includes(d.item) && !own.has(d.item) && d.ownerDepartment !== p.department);
  const refused = foreign.filter((d) => d.delegates && d.delegates.length > 0 && !d.delegates.includes(p.department));
  const accepted = foreign.filter((d) => !refused.includes(d));
  if (refused.length > 0) {
    const items = refused.map((d) => d.item);
    out.push(finding(ctx, 'R12', 'R12_NOT_DELEGATED', 'block',
      `事项 ${listZh(items)} 在委托检查事项清单库中，但未委托本部门检查。请删除这些事项，或由所属部门（${listZh(refused.map((d) => d.ownerDepartment))}）检查。`,
      `Items ${list(items)} are in the delegable-item library but not delegated to this department. Remove them, or leave them to their owners (${list(refused.map((d) => d.ownerDepartment))}).`, { items }));
  }
  if (accepted.length > 0) {
    const items = accepted.map((d) => d.item);
    out.push(finding(ctx, 'R12', 'R12_DELEGATED', 'allow',
      `事项 ${listZh(items)} 受 ${listZh(accepted.map((d) => d.ownerDepartment))} 委托检查，结果须反馈委托部门。`,
      `Items ${list(items)} are inspected on behalf of ${list(accepted.map((d) => d.ownerDepartment))}; report the results to the owners.`, { items }));
  }
  if (p.mode === 'onsite' && !p.jointVisitId) {
    const delegableOwn = p.items.filter((code) => input.catalog.items.some((i) => i.code === code && i.delegable) || library.some((d) => d.item === code && d.ownerDepartment === p.department));
    const visits = joinableVisits(input, ctx.policy.mergeWindowDays, Number.MAX_SAFE_INTEGER, toDayNumber);
    if (delegableOwn.length > 0 && visits.length > 0) {
      const v = visits[0];
      const all = delegableOwn.length === p.items.length;
      out.push(finding(ctx, 'R12', 'R12_COULD_DELEGATE', 'allow',
        `事项 ${listZh(delegableOwn)} 属简单事项，可委托 ${listZh(v.departments)} 在 ${v.date} 入企时代为检查${all ? '，本部门无需另行入企' : ''}。`,
        `Items ${list(delegableOwn)} are simple and delegable: ${list(v.departments)} could inspect them on ${v.date}${all ? ', so this department need not visit at all' : ''}.`,
        { items: delegableOwn, visit: v.id }));
    }
  }
  return out;
}

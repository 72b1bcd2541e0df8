/**
 * R8: off-site first. Where an off-site check of the same items found no violation (and no later
 * off-site check of them failed), no on-site inspection of them follows within the hold period
 * ("in principle": a stated reason, or an exception case, turns the block into a warning).
 */
import { addDays, toDayNumber } from '../calendar/dates.ts';
import { finding, list, listZh } from './finding.ts';
import type { Finding, InspectionCheckInput, IsoDate, OffsiteResult, RuleContext } from './types.ts';

interface Held {
  item: string;
  passedOn: IsoDate;
  holdUntil: IsoDate;
}

export function heldItems(input: InspectionCheckInput, holdDays: number): Held[] {
  const p = input.inspection;
  const at = toDayNumber(p.date);
  const latest = new Map<string, OffsiteResult>();
  for (const r of input.offsiteResults ?? []) {
    const d = toDayNumber(r.date);
    if (d >= at || at - d > holdDays || !p.items.includes(r.item)) continue;
    const prev = latest.get(r.item);
    if (!prev || r.date > prev.date || (r.date === prev.date && !r.passed)) latest.set(r.item, r);
  }
  const out: Held[] = [];
  for (const r of latest.values()) if (r.passed) out.push({ item: r.item, passedOn: r.date, holdUntil: addDays(r.date, holdDays) });
  return out;
}

export function checkR08OffsiteFirst(input: InspectionCheckInput, ctx: RuleContext): Finding[] {
  const p = input.inspection;
  if (p.mode !== 'onsite' || !input.offsiteResults) return [];
  const held = heldItems(input, ctx.policy.offsiteHoldDays);
  if (held.length === 0) {
    return [finding(ctx, 'R8', 'R8_NO_OFFSITE_PASS', 'allow', '这些事项近期没有通过非现场检查的记录，可以现场检查。', 'No recent off-site pass for these items; an on-site inspection may follow.')];
  }
  const items = held.map((h) => h.item);
  const detailZh = held.map((h) => `${h.item}（${h.passedOn} 通过）`).join('、');
  const detailEn = held.map((h) => `${h.item} (passed ${h.passedOn})`).join(', ');
  const reason = p.onsiteReason?.trim() || (p.exceptionCase ? `特殊情形 ${p.exceptionCase}` : '');
  if (reason) {
    return [finding(ctx, 'R8', 'R8_REASON_STATED', 'warn',
      `事项 ${detailZh} 已通过非现场检查且未发现违法行为；现场检查的理由“${reason}”将留档备查。`,
      `Items ${detailEn} passed an off-site check with no violation; the stated reason for going on site ("${reason}") is recorded.`, { held, reason })];
  }
  const until = held.reduce((m, h) => (h.holdUntil > m ? h.holdUntil : m), held[0].holdUntil);
  const earliest = addDays(until, 1);
  return [finding(ctx, 'R8', 'R8_OFFSITE_PASSED', 'block',
    `事项 ${detailZh} 已通过非现场检查且未发现违法行为，原则上不再现场检查。请删除这些事项（${listZh(items)}）或继续采用非现场方式；确需现场检查的，请写明理由。`,
    `Items ${detailEn} passed an off-site check with no violation: in principle no on-site inspection follows. Remove them (${list(items)}) or keep checking off site; if you must go on site, state the reason.`,
    { held, earliestDate: earliest })];
}

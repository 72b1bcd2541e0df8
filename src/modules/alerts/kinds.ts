/**
 * Alert kinds, their labels and each alert's message (zh + en). A filing flag is an alert of its
 * own kind (its code); flags that are a deadline's default outcome take the policy's wording.
 */
import type { Message } from '../../domain/errors.ts';
import type { Policy } from '../../domain/policy/index.ts';
import type { AlertRow } from './repository.ts';

export const COMPUTED_KINDS = ['MULTI_DEPARTMENT', 'CAP_NEAR', 'QUIET_PERIOD_BREACH', 'DEADLINE_MISSED', 'CODE_NOT_SHOWN'] as const;

const LABELS: Record<string, Message> = {
  MULTI_DEPARTMENT: { zh: '多部门分别入企', en: 'Several departments, separate visits' },
  CAP_NEAR: { zh: '检查次数临近上限', en: 'Visit cap nearly reached' },
  QUIET_PERIOD_BREACH: { zh: '安静期入企', en: 'Visit in the quiet period' },
  DEADLINE_MISSED: { zh: '期限逾期', en: 'Deadline missed' },
  CODE_NOT_SHOWN: { zh: '未扫码核验', en: 'Visit without a scanned code' },
  EMERGENCY_REGISTERED_LATE: { zh: '紧急检查事后登记', en: 'Emergency inspection registered afterwards' },
  EMERGENCY_REGISTERED_OVERDUE: { zh: '紧急检查逾期登记', en: 'Emergency inspection registered too late' },
};

/** The first clause of a default outcome's text: "未批准：不发检查码…" → "未批准". */
const firstClause = (text: string, marks: RegExp) => text.split(marks)[0].trim();

export function kindLabel(kind: string, policy: Policy): Message {
  if (LABELS[kind]) return LABELS[kind];
  const outcome = policy.deadlines.find((d) => d.defaultOutcome.code === kind)?.defaultOutcome;
  if (outcome) return { zh: firstClause(outcome.zh, /[：，；]/), en: firstClause(outcome.en, /[:;,]/) };
  return { zh: kind, en: kind };
}

/** Every kind a filter may name: the computed ones and every default-outcome code of the policy. */
export function knownKinds(policy: Policy): string[] {
  const outcomes = policy.deadlines.map((d) => d.defaultOutcome.code);
  return [...new Set([...COMPUTED_KINDS, ...outcomes, 'EMERGENCY_REGISTERED_LATE', 'EMERGENCY_REGISTERED_OVERDUE'])];
}

const zhList = (xs: string[]) => xs.join('、');
const enList = (xs: string[]) => xs.join(', ');
const num = (v: unknown) => Number(v);

export function alertMessage(r: AlertRow, departments: { name: string }[], policy: Policy): Message {
  const d = r.data;
  const names = departments.map((x) => x.name);
  const filing = r.filing_id;
  switch (r.kind) {
    case 'MULTI_DEPARTMENT':
      return {
        zh: `${num(d.windowDays)} 天内 ${zhList(names)} 共 ${names.length} 个部门分 ${num(d.visits)} 次入企（${zhList(r.dates)}），未合并为联合检查。`,
        en: `${names.length} departments (${enList(names)}) visited in ${num(d.visits)} separate visits within ${num(d.windowDays)} days (${enList(r.dates)}), not merged into a joint visit.`,
      };
    case 'CAP_NEAR': {
      const count = num(d.count);
      const cap = num(d.cap);
      const left = cap - count;
      const stateZh = left < 0 ? `已超出上限 ${-left} 次` : left === 0 ? '已达上限' : `仅剩 ${left} 次`;
      const stateEn = left < 0 ? `${-left} over the cap` : left === 0 ? 'cap reached' : `${left} left`;
      if (d.rule === 'R5') {
        return {
          zh: `${r.grade ?? 'C'} 类企业 ${num(d.year)} 年已有或已计划现场检查 ${count} 次，上限 ${cap} 次（联合检查计一次），${stateZh}。`,
          en: `Grade ${r.grade ?? 'C'} enterprise: on-site visits made or planned in ${num(d.year)}: ${count}, cap ${cap} (a joint visit counts once); ${stateEn}.`,
        };
      }
      return {
        zh: `${zhList(names)} ${num(d.year)} 年对该企业已有或已计划现场检查 ${count} 次，部门上限 ${cap} 次，${stateZh}。`,
        en: `${enList(names)}: on-site visits to this enterprise made or planned in ${num(d.year)}: ${count}, department cap ${cap}; ${stateEn}.`,
      };
    }
    case 'QUIET_PERIOD_BREACH': {
      const w = policy.quietPeriods[r.grade ?? 'C'];
      const span = w ? `每月 ${w.startDay} 日至${w.endDay ? ` ${w.endDay} 日` : '月末'}` : '';
      const spanEn = w ? `day ${w.startDay} to ${w.endDay ? `day ${w.endDay}` : 'the end'} of each month` : '';
      return {
        zh: `${zhList(names)} 于 ${r.date} 现场检查，在 ${r.grade ?? 'C'} 类企业安静期（${span}）内，且未写明特殊情形（备案 #${filing}）。`,
        en: `${enList(names)} on site on ${r.date}, inside the grade ${r.grade ?? 'C'} quiet period (${spanEn}), with no exception case stated (filing #${filing}).`,
      };
    }
    case 'DEADLINE_MISSED': {
      const dl = policy.deadlines.find((x) => x.code === d.code);
      const name = dl?.name ?? { zh: String(d.code), en: String(d.code) };
      const outcome = d.outcome ? kindLabel(String(d.outcome), policy) : null;
      return {
        zh: `备案 #${filing}（${zhList(names)}）“${name.zh}”期限 ${r.date} 已过未完成${outcome ? `，已按默认结果处理：${outcome.zh}` : ''}。`,
        en: `Filing #${filing} (${enList(names)}): "${name.en}" was due on ${r.date} and not met${outcome ? `; default outcome applied: ${outcome.en}` : ''}.`,
      };
    }
    default: {
      const label = kindLabel(r.kind, policy);
      const note = typeof d.note === 'string' && d.note ? d.note : null;
      return {
        zh: `备案 #${filing}（${zhList(names)}，${r.date}）：${note ?? label.zh}`,
        en: `Filing #${filing} (${enList(names)}, ${r.date}): ${label.en}${note ? ` — ${note}` : ''}`,
      };
    }
  }
}

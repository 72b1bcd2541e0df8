/** A coordinator sets one day's kind (holiday or working day) over the official data; audited. */
import { parseIsoDate } from '../../domain/calendar/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { bumpRevision } from '../policy/index.ts';
import { confirmationRequired } from './confirm.ts';
import { findOverride, upsertOverride } from './repository.ts';
import { currentCalendar, dayView } from './working-calendar.ts';

export interface OverrideInput {
  date: string;
  kind: 'holiday' | 'workday';
  name?: string;
}

const KIND_ZH = { holiday: '休息日（节假日）', workday: '工作日（调休上班）' } as const;

export async function setCalendarOverride(deps: Deps, by: Principal, input: OverrideInput, confirm: boolean) {
  const date = parseIsoDate(input.date);
  const before = dayView((await currentCalendar(deps)).dayInfo(date)); // refuses dates outside the calendar's range
  const override = { date, kind: input.kind, name: input.name ?? null };
  if (!confirm) {
    throw confirmationRequired(
      `将 ${date}（当前：${before.working ? '工作日' : '休息日'}${before.name ? `，${before.name}` : ''}）设为${KIND_ZH[input.kind]}${input.name ? `“${input.name}”` : ''}。`,
      `Set ${date} (now ${before.working ? 'a working day' : 'a day off'}${before.name ? `, ${before.name}` : ''}) to ${input.kind}${input.name ? ` “${input.name}”` : ''}.`,
      { date, current: before, proposed: override },
    );
  }
  const created = await deps.db.transaction().execute(async (trx) => {
    const existing = await findOverride(trx, date);
    await upsertOverride(trx, { ...override, by: by.id });
    await bumpRevision(trx, 'calendar');
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: existing ? 'calendar.override.update' : 'calendar.override.create',
      entity: 'calendar_override',
      entityId: date,
      before: existing ?? null,
      after: override,
    });
    return existing === undefined;
  });
  const after = dayView((await currentCalendar(deps)).dayInfo(date));
  return { created, override, before, after };
}

/** A coordinator removes a day's override: the official data (or the weekday rule) applies again; audited. */
import { parseIsoDate } from '../../domain/calendar/index.ts';
import { notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { bumpRevision } from '../policy/index.ts';
import { confirmationRequired } from './confirm.ts';
import { deleteOverride, findOverride } from './repository.ts';
import { currentCalendar, dayView } from './working-calendar.ts';

const overrideNotFound = (date: string) => notFound('OVERRIDE_NOT_FOUND', `${date} 没有人工设置的日历调整。`, `${date} has no calendar override.`, { date });

export async function deleteCalendarOverride(deps: Deps, by: Principal, dateInput: string, confirm: boolean) {
  const date = parseIsoDate(dateInput);
  const before = dayView((await currentCalendar(deps)).dayInfo(date));
  const removed = await deps.db.transaction().execute(async (trx) => {
    const existing = await findOverride(trx, date);
    if (!existing) throw overrideNotFound(date);
    if (!confirm) {
      throw confirmationRequired(
        `删除 ${date} 的人工调整（${existing.kind === 'holiday' ? '休息日' : '工作日'}${existing.name ? `“${existing.name}”` : ''}），恢复官方安排或按周一至周五计算。`,
        `Remove the override of ${date} (${existing.kind}${existing.name ? ` “${existing.name}”` : ''}); the official arrangement or the weekday rule applies again.`,
        { date, current: before, override: existing },
      );
    }
    await deleteOverride(trx, date);
    await bumpRevision(trx, 'calendar');
    await recordAudit(trx, { userId: by.id, label: by.username }, { action: 'calendar.override.delete', entity: 'calendar_override', entityId: date, before: existing });
    return existing;
  });
  const after = dayView((await currentCalendar(deps)).dayInfo(date));
  return { removed: { date: removed.date, kind: removed.kind, name: removed.name }, before, after };
}

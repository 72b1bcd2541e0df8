/**
 * A coordinator marks a year's holiday arrangement as published (entered in full as overrides) or
 * not. Until then the year is provisional: counted Monday–Friday, and every answer says so.
 */
import { invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { bumpRevision } from '../policy/index.ts';
import { confirmationRequired } from './confirm.ts';
import { countOverridesInYear, findYear, upsertYear } from './repository.ts';
import { CALENDAR_FROM_YEAR, CALENDAR_TO_YEAR, currentCalendar } from './working-calendar.ts';

export interface YearInput {
  arrangementPublished: boolean;
  source?: string;
}

export function assertCalendarYear(year: number): void {
  if (!Number.isInteger(year) || year < CALENDAR_FROM_YEAR || year > CALENDAR_TO_YEAR) {
    throw invalid(
      'YEAR_OUT_OF_CALENDAR_RANGE',
      `年份 ${year} 超出工作日历范围（${CALENDAR_FROM_YEAR}–${CALENDAR_TO_YEAR}）。`,
      `Year ${year} is outside the working calendar's range (${CALENDAR_FROM_YEAR}–${CALENDAR_TO_YEAR}).`,
      { year },
    );
  }
}

const coverageOf = async (deps: Deps, year: number) => (await currentCalendar(deps)).coverage().find((c) => c.year === year)!;

export async function setCalendarYear(deps: Deps, by: Principal, year: number, input: YearInput, confirm: boolean) {
  assertCalendarYear(year);
  const before = await coverageOf(deps, year);
  const overrides = await countOverridesInYear(deps.db, year);
  const next = { year, arrangementPublished: input.arrangementPublished, source: input.source ?? null };
  if (!confirm) {
    throw confirmationRequired(
      input.arrangementPublished
        ? `将 ${year} 年标记为“放假安排已公布”（已录入 ${overrides} 条调整）：此后该年不再按暂定计算。`
        : `取消 ${year} 年“放假安排已公布”标记：该年${before.source === 'official' ? '仍以官方数据为准' : '将按周一至周五暂定计算'}。`,
      input.arrangementPublished
        ? `Mark ${year}'s holiday arrangement as published (${overrides} overrides entered): its answers stop being provisional.`
        : `Unmark ${year}'s arrangement as published: ${before.source === 'official' ? 'the official data still applies' : 'the year is counted Monday–Friday, provisionally'}.`,
      { current: before, proposed: next, overrides },
    );
  }
  await deps.db.transaction().execute(async (trx) => {
    const existing = await findYear(trx, year);
    await upsertYear(trx, { year, published: input.arrangementPublished, source: next.source, by: by.id });
    await bumpRevision(trx, 'calendar');
    await recordAudit(trx, { userId: by.id, label: by.username }, { action: 'calendar.year.set', entity: 'calendar_year', entityId: year, before: existing ?? null, after: next });
  });
  return { ...next, overrides, before, after: await coverageOf(deps, year) };
}

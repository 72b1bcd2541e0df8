/**
 * Loads override days and published years from a file (e.g. a State Council arrangement the
 * chinese-days package does not have yet), all or nothing: the whole file is checked first and
 * written in one transaction with one audit entry. `replace` first removes the existing overrides of
 * every year the file names, so a corrected arrangement leaves no stale day behind.
 */
import { Type } from 'typebox';
import { Value } from 'typebox/value';
import { isIsoDate, yearOf } from '../../domain/calendar/index.ts';
import { invalid } from '../../domain/errors.ts';
import { Obj } from '../../server/schemas.ts';
import { recordAudit, type Actor } from '../audit/index.ts';
import type { Deps } from '../deps.ts';
import { bumpRevision } from '../policy/index.ts';
import { deleteOverridesInYears, upsertOverride, upsertYear } from './repository.ts';
import { CALENDAR_FROM_YEAR, CALENDAR_TO_YEAR } from './working-calendar.ts';

export const CalendarFile = Obj({
  overrides: Type.Optional(
    Type.Array(
      Obj({
        date: Type.String({ description: 'YYYY-MM-DD' }),
        kind: Type.Union([Type.Literal('holiday'), Type.Literal('workday')]),
        name: Type.Optional(Type.String({ minLength: 1, maxLength: 50 })),
      }),
      { maxItems: 20_000 },
    ),
  ),
  years: Type.Optional(
    Type.Array(Obj({ year: Type.Integer(), arrangementPublished: Type.Boolean(), source: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })) }), {
      maxItems: 100,
    }),
  ),
});

interface FileError {
  path: string;
  message: string;
}

const inRange = (year: number) => year >= CALENDAR_FROM_YEAR && year <= CALENDAR_TO_YEAR;

function check(file: unknown): FileError[] {
  if (!Value.Check(CalendarFile, file)) {
    return [...Value.Errors(CalendarFile, file)].slice(0, 20).map((e) => ({ path: e.instancePath || '/', message: e.message }));
  }
  const errors: FileError[] = [];
  const dates = new Set<string>();
  (file.overrides ?? []).forEach((o, i) => {
    const path = `/overrides/${i}/date`;
    if (!isIsoDate(o.date)) errors.push({ path, message: `not a valid YYYY-MM-DD date: ${o.date}` });
    else if (!inRange(yearOf(o.date))) errors.push({ path, message: `${o.date} is outside ${CALENDAR_FROM_YEAR}–${CALENDAR_TO_YEAR}` });
    else if (dates.has(o.date)) errors.push({ path, message: `${o.date} appears twice` });
    dates.add(o.date);
  });
  const years = new Set<number>();
  (file.years ?? []).forEach((y, i) => {
    const path = `/years/${i}/year`;
    if (!inRange(y.year)) errors.push({ path, message: `${y.year} is outside ${CALENDAR_FROM_YEAR}–${CALENDAR_TO_YEAR}` });
    else if (years.has(y.year)) errors.push({ path, message: `${y.year} appears twice` });
    years.add(y.year);
  });
  return errors;
}

export interface ImportOptions {
  replace?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export async function importCalendar(deps: Deps, actor: Actor, file: unknown, options: ImportOptions = {}) {
  const errors = check(file);
  if (errors.length > 0 || !Value.Check(CalendarFile, file)) {
    throw invalid(
      'CALENDAR_FILE_INVALID',
      `日历文件有 ${errors.length} 处错误，未导入任何数据：${errors.map((e) => `${e.path} ${e.message}`).join('；')}`,
      `The calendar file has ${errors.length} error(s); nothing was imported: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}`,
      { errors },
    );
  }
  const overrides = file.overrides ?? [];
  const years = file.years ?? [];
  const touched = [...new Set([...overrides.map((o) => yearOf(o.date)), ...years.map((y) => y.year)])].sort((a, b) => a - b);
  const total = overrides.length + years.length;
  return deps.db.transaction().execute(async (trx) => {
    const replaced = options.replace ? await deleteOverridesInYears(trx, touched) : 0;
    let done = 0;
    for (const o of overrides) {
      await upsertOverride(trx, { date: o.date, kind: o.kind, name: o.name ?? null, by: actor.userId });
      options.onProgress?.(++done, total);
    }
    for (const y of years) {
      await upsertYear(trx, { year: y.year, published: y.arrangementPublished, source: y.source ?? null, by: actor.userId });
      options.onProgress?.(++done, total);
    }
    if (total === 0) options.onProgress?.(0, 0);
    await bumpRevision(trx, 'calendar');
    const summary = { overrides: overrides.length, years: years.map((y) => ({ year: y.year, arrangementPublished: y.arrangementPublished })), replaced, touchedYears: touched };
    await recordAudit(trx, actor, { action: 'calendar.import', entity: 'calendar', entityId: touched.join(','), after: summary });
    return summary;
  });
}

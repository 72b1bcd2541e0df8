// Turns GET /calendar (one year) into month grids: Monday-first weeks, each day's kind, and the notes.
import type { CalendarDay, CalendarRange, DayKind, GradeWindow, MonthQuietPeriods } from '../../api/calendar';
import { GRADES, type Grade } from '../../api/types';

export interface DayCell {
  date: string;
  day: number;
  kind: DayKind;
  name: string | null;
  nameEn: string | null;
  override: boolean;
}

export interface HolidayGroup {
  name: string;
  nameEn: string;
  days: number[];
}

export interface QuietGroup {
  grades: Grade[];
  window: GradeWindow;
}

export interface MonthModel {
  key: string;
  year: number;
  month: number;
  weeks: (DayCell | null)[][];
  workingCount: number;
  holidays: HolidayGroup[];
  makeupDays: number[];
  quiet: QuietGroup[];
  windows: MonthQuietPeriods['windows'];
}

const pad = (n: number) => String(n).padStart(2, '0');
const daysIn = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 = Monday … 6 = Sunday. */
const weekdayOf = (year: number, month: number, day: number) => (new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7;

function quietGroups(windows: MonthQuietPeriods['windows']): QuietGroup[] {
  if (!windows) return [];
  const groups: QuietGroup[] = [];
  for (const grade of GRADES) {
    const window = windows[grade];
    const same = groups.find((g) => (g.window === null && window === null) || (g.window && window && g.window.from === window.from && g.window.to === window.to));
    if (same) same.grades.push(grade);
    else groups.push({ grades: [grade], window });
  }
  return groups;
}

export function buildMonths(range: CalendarRange): MonthModel[] {
  const special = new Map<string, CalendarDay>();
  for (const d of [...range.holidays, ...range.makeupWorkdays]) special.set(d.date, d);
  const working = new Set(range.workingDays);
  const [fromYear, fromMonth] = range.from.split('-').map(Number);
  const months: MonthModel[] = [];

  for (const q of range.quietPeriods) {
    const [year, month] = q.month.split('-').map(Number);
    if (year < fromYear || (year === fromYear && month < fromMonth)) continue;
    const weeks: (DayCell | null)[][] = [];
    let week: (DayCell | null)[] = Array.from({ length: weekdayOf(year, month, 1) }, () => null);
    const holidays: HolidayGroup[] = [];
    const makeupDays: number[] = [];
    let workingCount = 0;
    for (let day = 1; day <= daysIn(year, month); day++) {
      const date = `${year}-${pad(month)}-${pad(day)}`;
      const s = special.get(date);
      const kind: DayKind = s?.kind ?? (working.has(date) ? 'workday' : 'weekend');
      if (working.has(date)) workingCount++;
      if (kind === 'holiday') {
        const name = s?.name ?? '';
        const group = holidays.find((g) => g.name === name);
        if (group) group.days.push(day);
        else holidays.push({ name, nameEn: s?.nameEn ?? name, days: [day] });
      }
      if (kind === 'makeup_workday') makeupDays.push(day);
      week.push({ date, day, kind, name: s?.name ?? null, nameEn: s?.nameEn ?? null, override: s?.source === 'override' });
      if (week.length === 7) {
        weeks.push(week);
        week = [];
      }
    }
    if (week.length > 0) weeks.push([...week, ...Array.from({ length: 7 - week.length }, () => null)]);
    months.push({ key: q.month, year, month, weeks, workingCount, holidays, makeupDays, quiet: quietGroups(q.windows), windows: q.windows });
  }
  return months;
}

/** "1–3、5、7–8" from [1,2,3,5,7,8]. */
export function dayRanges(days: number[], separator: string): string {
  const parts: string[] = [];
  for (let i = 0; i < days.length; i++) {
    let j = i;
    while (j + 1 < days.length && days[j + 1] === days[j] + 1) j++;
    parts.push(j > i ? `${days[i]}–${days[j]}` : String(days[i]));
    i = j;
  }
  return parts.join(separator);
}

export const inWindow = (date: string, window: GradeWindow | undefined): boolean =>
  Boolean(window && date >= window.from && date <= window.to);

export const dayOf = (date: string) => Number(date.slice(8, 10));

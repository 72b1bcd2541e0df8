/**
 * Official holiday arrangements (国务院办公厅 notices) from the `chinese-days` package's data file.
 * The package's `holidays` map lists every day off of a holiday period (weekends inside it too) and
 * `workdays` lists the make-up workdays (调休上班). Values look like "National Day,国庆节,3".
 */
import raw from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { IsoDate } from './types.ts';

export interface OfficialDay {
  kind: 'holiday' | 'workday';
  /** zh-CN name, e.g. 国庆节 */
  name: string;
  /** English name, e.g. National Day */
  nameEn?: string;
}

export interface OfficialArrangements {
  /** Years for which an official arrangement is present. */
  years: number[];
  days: Map<IsoDate, OfficialDay>;
  /** Provenance shown to users. */
  source: string;
}

interface ChineseDaysData {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

function splitName(value: string): { name: string; nameEn?: string } {
  const parts = value.split(',');
  if (parts.length >= 2) return { name: parts[1], nameEn: parts[0] };
  return { name: value };
}

/** Convert chinese-days-shaped data ({holidays, workdays}) into arrangements. */
export function arrangementsFromChineseDays(data: ChineseDaysData, source = 'chinese-days'): OfficialArrangements {
  const days = new Map<IsoDate, OfficialDay>();
  const years = new Set<number>();
  for (const [date, value] of Object.entries(data.holidays)) {
    days.set(date, { kind: 'holiday', ...splitName(value) });
    years.add(Number(date.slice(0, 4)));
  }
  for (const [date, value] of Object.entries(data.workdays)) {
    days.set(date, { kind: 'workday', ...splitName(value) });
    years.add(Number(date.slice(0, 4)));
  }
  return { years: [...years].sort((a, b) => a - b), days, source };
}

let cached: OfficialArrangements | undefined;

/** The arrangements shipped in the installed chinese-days package (1.5.7: 2004–2026). */
export function chineseDaysArrangements(): OfficialArrangements {
  cached ??= arrangementsFromChineseDays(raw as ChineseDaysData, 'chinese-days');
  return cached;
}

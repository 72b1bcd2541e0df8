// The working-day calendar API: a range's days, quiet periods, and the coordinator's overrides.
import { api, request } from './client';

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeup_workday';

export interface CalendarDay {
  date: string;
  kind: DayKind;
  working: boolean;
  name: string | null;
  nameEn: string | null;
  source: 'official' | 'override' | 'weekday_rule';
  provisional: boolean;
}

export interface YearCoverage {
  year: number;
  source: 'official' | 'override' | 'none';
  provisional: boolean;
}

export type GradeWindow = { from: string; to: string } | null;

export interface MonthQuietPeriods {
  month: string;
  policy: string | null;
  windows: { A: GradeWindow; B: GradeWindow; C: GradeWindow; D: GradeWindow } | null;
}

export interface CalendarRange {
  from: string;
  to: string;
  provisional: boolean;
  workingDayCount: number;
  workingDays: string[];
  holidays: CalendarDay[];
  makeupWorkdays: CalendarDay[];
  years: YearCoverage[];
  quietPeriods: MonthQuietPeriods[];
}

export type OverrideKind = 'holiday' | 'workday';

export interface CalendarOverride {
  date: string;
  kind: OverrideKind;
  name: string | null;
  createdBy: string | null;
  createdAt: string;
}

export interface CalendarYearFlag {
  year: number;
  arrangementPublished: boolean;
  source: string | null;
  updatedBy: string | null;
  updatedAt: string;
}

export interface OverrideList {
  items: CalendarOverride[];
  years: CalendarYearFlag[];
  coverage: YearCoverage[];
}

export interface OverrideInput {
  date: string;
  kind: OverrideKind;
  name?: string;
}

const quiet = { silent: true } as const;

export const getCalendar = (from: string, to: string) => api.get<CalendarRange>('/calendar', { from, to }, quiet);
export const listCalendarOverrides = (year?: number) => api.get<OverrideList>('/calendar/overrides', { year }, quiet);

/**
 * Calendar writes are asked twice: without confirm the API answers 409 CONFIRMATION_REQUIRED with
 * a description of what would change (shown to the user), with confirm=true it applies.
 */
export const setCalendarOverride = (body: OverrideInput, confirm: boolean) =>
  request<unknown>('POST', '/calendar/overrides', { body, query: { confirm: confirm || undefined }, silent: !confirm });
export const deleteCalendarOverride = (date: string) =>
  request<unknown>('DELETE', `/calendar/overrides/${encodeURIComponent(date)}`, { query: { confirm: true } });
export const setCalendarYear = (year: number, arrangementPublished: boolean, source?: string) =>
  request<unknown>('PUT', `/calendar/years/${year}`, { body: { arrangementPublished, source }, query: { confirm: true } });

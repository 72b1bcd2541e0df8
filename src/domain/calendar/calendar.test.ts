import { describe, expect, it } from 'vitest';
import { buildCalendar, CalendarRangeError } from './build.ts';
import { InvalidDateError } from './dates.ts';
import { chineseDaysArrangements } from './official.ts';

const cal = buildCalendar();

describe('official data (chinese-days)', () => {
  it('covers 2020–2026 and not 2027', () => {
    const years = chineseDaysArrangements().years;
    for (let y = 2020; y <= 2026; y++) expect(years).toContain(y);
    expect(years).not.toContain(2027);
  });
  it('knows the 2025 National Day week and its make-up workdays', () => {
    for (const d of ['2025-10-01', '2025-10-03', '2025-10-06', '2025-10-08']) {
      const info = cal.dayInfo(d);
      expect(info.working, d).toBe(false);
      expect(info.kind).toBe('holiday');
    }
    expect(cal.dayInfo('2025-10-01').name).toBe('国庆节');
    expect(cal.dayInfo('2025-10-11')).toMatchObject({ kind: 'makeup_workday', working: true, name: '国庆节', nameEn: 'National Day', provisional: false, source: 'official' });
    expect(cal.dayInfo('2025-09-28')).toMatchObject({ kind: 'makeup_workday', working: true });
    expect(cal.dayInfo('2025-10-09')).toMatchObject({ kind: 'workday', working: true, source: 'weekday_rule' });
    expect(cal.dayInfo('2025-10-12')).toMatchObject({ kind: 'weekend', working: false });
  });
  it('knows 2026 Spring Festival (9 days) and the make-up Saturdays around it', () => {
    expect(cal.isWorkingDay('2026-02-14')).toBe(true);
    expect(cal.isWorkingDay('2026-02-28')).toBe(true);
    for (let d = 15; d <= 23; d++) expect(cal.isWorkingDay(`2026-02-${d}`)).toBe(false);
  });
});

describe('counting working days (SPEC "Counting working days")', () => {
  it('notice on Fri 2025-09-26, N=5: earliest 2025-10-11, a make-up Saturday', () => {
    expect(cal.earliestAfterNotice('2025-09-26', 5)).toBe('2025-10-11');
    expect(cal.workingDaysBetween('2025-09-26', '2025-10-11')).toBe(5);
    expect(cal.workingDaysBetween('2025-09-26', '2025-10-10')).toBe(4);
  });
  it('does not count the notice day nor the end day', () => {
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-03')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-04')).toBe(1);
    expect(cal.workingDaysBetween('2026-03-04', '2026-03-02')).toBe(0);
    expect(cal.workingDaysBetween('2026-03-02', '2026-03-02')).toBe(0);
  });
  it('adds working days across the year turn (2026-01-04 is a make-up Sunday)', () => {
    expect(cal.addWorkingDays('2025-12-31', 1)).toBe('2026-01-04');
    expect(cal.addWorkingDays('2025-12-31', 2)).toBe('2026-01-05');
    expect(cal.subtractWorkingDays('2026-01-05', 1)).toBe('2026-01-04');
    expect(cal.subtractWorkingDays('2026-01-04', 1)).toBe('2025-12-31');
  });
  it('"within 3 working days after" a Monday ends on Thursday; after the National Day eve it skips the holiday', () => {
    expect(cal.deadlineAfter('2026-03-23', 3)).toBe('2026-03-26');
    expect(cal.deadlineAfter('2025-09-30', 3)).toBe('2025-10-11');
  });
  it('gives the latest notice day (any day) for an inspection', () => {
    expect(cal.latestNoticeFor('2025-10-11', 5)).toBe('2025-09-27');
    expect(cal.workingDaysBetween('2025-09-27', '2025-10-11')).toBe(5);
    expect(cal.workingDaysBetween('2025-09-28', '2025-10-11')).toBe(4);
    expect(cal.latestNoticeFor('2026-03-23', 5)).toBe('2026-03-15');
    expect(cal.latestNoticeFor('2026-03-23', 0)).toBe('2026-03-22');
  });
  it('finds the next working day on or after a date', () => {
    expect(cal.nextWorkingDayOnOrAfter('2025-10-01')).toBe('2025-10-09');
    expect(cal.nextWorkingDayOnOrAfter('2025-10-09')).toBe('2025-10-09');
    expect(cal.nextWorkingDayOnOrAfter('2025-10-12')).toBe('2025-10-13');
  });
  it('rejects a count below 1 and impossible dates', () => {
    expect(() => cal.addWorkingDays('2026-03-02', 0)).toThrow(RangeError);
    expect(() => cal.addWorkingDays('2026-03-02', 1.5)).toThrow(RangeError);
    expect(() => cal.isWorkingDay('2026-02-30')).toThrow(InvalidDateError);
  });
  it('throws CalendarRangeError outside its range', () => {
    expect(() => cal.isWorkingDay('2019-12-31')).toThrow(CalendarRangeError);
    expect(() => cal.addWorkingDays('2035-12-30', 5)).toThrow(CalendarRangeError);
    expect(() => cal.subtractWorkingDays('2020-01-02', 5)).toThrow(CalendarRangeError);
  });
});

describe('provisional years and overrides', () => {
  it('2027 and 2028 are provisional: weekends only, flagged', () => {
    expect(cal.isProvisional(2026)).toBe(false);
    expect(cal.isProvisional(2027)).toBe(true);
    expect(cal.dayInfo('2027-10-01')).toMatchObject({ working: true, provisional: true, kind: 'workday' });
    expect(cal.dayInfo('2028-02-29')).toMatchObject({ working: true, provisional: true });
    expect(cal.provisionalBetween('2026-12-20', '2027-01-10')).toBe(true);
    expect(cal.provisionalBetween('2025-12-20', '2026-01-10')).toBe(false);
    expect(cal.coverage().find((c) => c.year === 2027)).toEqual({ year: 2027, source: 'none', provisional: true });
  });
  it('overrides win over official data', () => {
    const c = buildCalendar({ overrides: [{ date: '2025-10-11', kind: 'holiday', name: '县级调整' }, { date: '2025-10-08', kind: 'workday' }] });
    expect(c.dayInfo('2025-10-11')).toMatchObject({ working: false, kind: 'holiday', source: 'override', name: '县级调整' });
    expect(c.dayInfo('2025-10-08')).toMatchObject({ working: true, kind: 'workday', source: 'override' });
    expect(c.earliestAfterNotice('2025-09-26', 5)).toBe('2025-10-10'); // 10-08 now counts
    const onlyHoliday = buildCalendar({ overrides: [{ date: '2025-10-11', kind: 'holiday' }] });
    expect(onlyHoliday.earliestAfterNotice('2025-09-26', 5)).toBe('2025-10-13');
  });
  it('a year entered as overrides stays provisional until marked published', () => {
    const overrides = [
      { date: '2027-10-01', kind: 'holiday' as const, name: '国庆节' },
      { date: '2027-10-04', kind: 'holiday' as const, name: '国庆节' },
      { date: '2027-09-26', kind: 'workday' as const, name: '国庆节' },
    ];
    const draft = buildCalendar({ overrides });
    expect(draft.isProvisional(2027)).toBe(true);
    expect(draft.dayInfo('2027-10-01')).toMatchObject({ working: false, provisional: true });
    const published = buildCalendar({ overrides, publishedYears: [2027] });
    expect(published.isProvisional(2027)).toBe(false);
    expect(published.dayInfo('2027-09-26')).toMatchObject({ kind: 'makeup_workday', working: true, provisional: false });
    expect(published.coverage().find((c) => c.year === 2027)?.source).toBe('override');
  });
  it('officialYears can leave a year out, making it provisional', () => {
    const c = buildCalendar({ officialYears: [2025] });
    expect(c.isProvisional(2026)).toBe(true);
    expect(c.isWorkingDay('2026-02-16')).toBe(true); // Spring Festival unknown: a plain Monday
    expect(c.isWorkingDay('2025-10-01')).toBe(false);
  });
  it('rejects a bad override date', () => {
    expect(() => buildCalendar({ overrides: [{ date: '2027-02-29', kind: 'holiday' }] })).toThrow(InvalidDateError);
  });
  it('lists days in a range and rejects a reversed one', () => {
    const days = cal.days('2025-09-27', '2025-10-12');
    expect(days).toHaveLength(16);
    expect(days.filter((d) => d.working).map((d) => d.date)).toEqual(['2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11']);
    expect(() => cal.days('2025-10-12', '2025-09-27')).toThrow(InvalidDateError);
  });
});

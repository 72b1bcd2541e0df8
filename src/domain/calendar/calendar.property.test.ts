import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar, type CalendarOverride } from './build.ts';
import { daysFromCivil, fromDayNumber } from './dates.ts';
import { plusDays, Reference } from './reference.test-helper.ts';

const cal = buildCalendar();
const ref = new Reference();
// Keep clear of the range's ends so that additions stay inside 2020–2035.
const day = fc.integer({ min: daysFromCivil(2020, 6, 1), max: daysFromCivil(2035, 6, 30) }).map(fromDayNumber);
const count = fc.integer({ min: 1, max: 40 });

describe('indexed calendar vs day-by-day reference', () => {
  it('agrees on every day of 2020–2035', () => {
    for (const d of cal.days('2020-01-01', '2035-12-31')) expect(d.working, d.date).toBe(ref.isWorking(d.date));
  });
  it('addWorkingDays matches, lands on a working day, and round-trips with workingDaysBetween', () => {
    fc.assert(
      fc.property(day, count, (d, n) => {
        const r = cal.addWorkingDays(d, n);
        expect(r).toBe(ref.addWorkingDays(d, n));
        expect(cal.isWorkingDay(r)).toBe(true);
        expect(cal.workingDaysBetween(d, r)).toBe(n - 1);
        expect(cal.workingDaysBetween(d, plusDays(r, 1))).toBe(n);
      }),
    );
  });
  it('workingDaysBetween matches the reference', () => {
    fc.assert(fc.property(day, fc.integer({ min: -10, max: 120 }), (a, k) => {
      const b = plusDays(a, k);
      expect(cal.workingDaysBetween(a, b)).toBe(k <= 0 ? 0 : ref.between(a, b));
    }));
  });
  it('subtractWorkingDays inverts addWorkingDays on working days', () => {
    fc.assert(fc.property(day, count, (d, n) => {
      const w = cal.nextWorkingDayOnOrAfter(d);
      expect(cal.addWorkingDays(cal.subtractWorkingDays(w, n), n)).toBe(w);
    }));
  });
  it('earliestAfterNotice is a working day, lawful, and minimal', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 15 }), (notice, n) => {
      const e = cal.earliestAfterNotice(notice, n);
      expect(cal.isWorkingDay(e)).toBe(true);
      expect(e > notice).toBe(true);
      expect(ref.between(notice, e)).toBeGreaterThanOrEqual(n);
      for (let d = plusDays(notice, 1); d < e; d = plusDays(d, 1)) {
        if (ref.isWorking(d)) expect(ref.between(notice, d), d).toBeLessThan(n);
      }
    }));
  });
  it('latestNoticeFor is lawful and maximal', () => {
    fc.assert(fc.property(day, fc.integer({ min: 0, max: 15 }), (d, n) => {
      const l = cal.latestNoticeFor(d, n);
      expect(ref.between(l, d)).toBeGreaterThanOrEqual(n);
      expect(ref.between(plusDays(l, 1), d)).toBeLessThan(n === 0 ? 1 : n);
    }));
  });
  it('nextWorkingDayOnOrAfter matches the reference', () => {
    fc.assert(fc.property(day, (d) => {
      expect(cal.nextWorkingDayOnOrAfter(d)).toBe(ref.nextOnOrAfter(d));
    }));
  });
  it('agrees with the reference under random overrides and a missing official year', () => {
    const override = fc.record({ date: day, kind: fc.constantFrom<'holiday' | 'workday'>('holiday', 'workday') });
    fc.assert(
      fc.property(fc.array(override, { maxLength: 60 }), day, count, (overrides: CalendarOverride[], d, n) => {
        const years = [2020, 2021, 2022, 2024, 2025];
        const c = buildCalendar({ overrides, officialYears: years });
        const r = new Reference(dedupe(overrides), years);
        expect(c.addWorkingDays(d, n)).toBe(r.addWorkingDays(d, n));
        expect(c.isWorkingDay(d)).toBe(r.isWorking(d));
        const e = c.earliestAfterNotice(d, 5);
        expect(r.between(d, e)).toBe(5);
        expect(r.isWorking(e)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

/** Later rows win, as in buildCalendar. */
function dedupe(rows: CalendarOverride[]): CalendarOverride[] {
  const m = new Map<string, CalendarOverride>();
  for (const r of rows) m.set(r.date, r);
  return [...m.values()];
}

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.ts';
import { addDays, daysFromCivil, endOfMonth, fromDayNumber, InvalidDateError, isIsoDate, parseDateRange, parseIsoDate, toDayNumber, weekdayOf } from './dates.ts';

function codeOf(f: () => unknown): string | undefined {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidDateError) return e.code;
    throw e;
  }
  return undefined;
}

describe('parseIsoDate', () => {
  it('accepts real dates, including 29 February of leap years', () => {
    for (const d of ['2025-09-26', '2028-02-29', '2000-02-29', '2026-12-31', '2026-01-01']) expect(parseIsoDate(d)).toBe(d);
  });
  it('rejects impossible dates with IMPOSSIBLE_DATE', () => {
    for (const d of ['2026-02-30', '2027-02-29', '2100-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00', '0000-01-01']) {
      expect(codeOf(() => parseIsoDate(d)), d).toBe('IMPOSSIBLE_DATE');
    }
  });
  it('rejects malformed input with INVALID_DATE_FORMAT', () => {
    for (const d of ['2026-2-3', '2026/02/03', '20260203', '2026-02-03T00:00', ' 2026-02-03', '２０２６-02-03', 'abcd-ef-gh', '']) {
      expect(codeOf(() => parseIsoDate(d)), d).toBe('INVALID_DATE_FORMAT');
    }
  });
  it('throws a DomainError of kind invalid with zh and en messages', () => {
    try {
      parseIsoDate('2026-02-30');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      const d = e as DomainError;
      expect(d.kind).toBe('invalid');
      expect(d.messages.zh).toContain('2026-02-30');
      expect(d.messages.en).toContain('2026-02-30');
    }
  });
  it('isIsoDate is the non-throwing form', () => {
    expect(isIsoDate('2026-02-28')).toBe(true);
    expect(isIsoDate('2026-02-30')).toBe(false);
    expect(isIsoDate(20260228)).toBe(false);
  });
});

describe('parseDateRange', () => {
  it('accepts from <= to and rejects a reversed range', () => {
    expect(parseDateRange('2026-01-01', '2026-01-01')).toEqual({ from: '2026-01-01', to: '2026-01-01' });
    expect(codeOf(() => parseDateRange('2026-02-01', '2026-01-31'))).toBe('REVERSED_RANGE');
    expect(codeOf(() => parseDateRange('2026-02-30', '2026-03-01'))).toBe('IMPOSSIBLE_DATE');
  });
});

describe('day numbers', () => {
  it('match known weekdays and the epoch', () => {
    expect(toDayNumber('1970-01-01')).toBe(0);
    expect(weekdayOf('2025-09-26')).toBe(5); // Friday
    expect(weekdayOf('2025-10-11')).toBe(6); // Saturday (a make-up workday)
    expect(weekdayOf('2026-03-23')).toBe(1); // Monday
    expect(endOfMonth('2028-02-10')).toBe('2028-02-29');
    expect(endOfMonth('2026-02-10')).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
  });
  it('round-trip against the platform Date for any day from 1900 to 2200', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1900, 1, 1), max: daysFromCivil(2200, 12, 31) }), (n) => {
        const iso = fromDayNumber(n);
        expect(iso).toBe(new Date(n * 86_400_000).toISOString().slice(0, 10));
        expect(toDayNumber(iso)).toBe(n);
        expect(weekdayOf(iso)).toBe(new Date(n * 86_400_000).getUTCDay());
      }),
    );
  });
});

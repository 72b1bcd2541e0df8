import { describe, expect, it } from 'vitest';
import { YUNHE_2025 } from '../policy/yunhe-2025.ts';
import { nextOutsideQuiet, quietPeriodFor, quietPeriodsInMonth, type QuietPolicy } from './quiet.ts';

const p = YUNHE_2025;

describe('quietPeriodFor (yunhe-2025)', () => {
  it('C and D: day 21 to month end — the 20th is outside, the 21st inside', () => {
    for (const g of ['C', 'D'] as const) {
      expect(quietPeriodFor('2026-03-20', g, p)).toEqual({ inQuiet: false, from: '2026-03-21', to: '2026-03-31' });
      expect(quietPeriodFor('2026-03-21', g, p).inQuiet).toBe(true);
      expect(quietPeriodFor('2026-03-31', g, p).inQuiet).toBe(true);
      expect(quietPeriodFor('2026-04-01', g, p).inQuiet).toBe(false);
    }
  });
  it('B (extended): day 11 to month end — the 10th outside, the 11th inside', () => {
    expect(quietPeriodFor('2026-03-10', 'B', p).inQuiet).toBe(false);
    expect(quietPeriodFor('2026-03-11', 'B', p)).toEqual({ inQuiet: true, from: '2026-03-11', to: '2026-03-31' });
  });
  it('A: same window as B (our choice)', () => {
    expect(quietPeriodFor('2026-03-11', 'A', p).inQuiet).toBe(true);
    expect(quietPeriodFor('2026-03-10', 'A', p).inQuiet).toBe(false);
  });
  it('month ends: 30-day months, February 2026 and leap February 2028', () => {
    expect(quietPeriodFor('2026-04-30', 'C', p).to).toBe('2026-04-30');
    expect(quietPeriodFor('2026-02-28', 'C', p)).toEqual({ inQuiet: true, from: '2026-02-21', to: '2026-02-28' });
    expect(quietPeriodFor('2028-02-29', 'C', p)).toEqual({ inQuiet: true, from: '2028-02-21', to: '2028-02-29' });
    expect(quietPeriodFor('2028-03-01', 'C', p).inQuiet).toBe(false);
  });
});

describe('nextOutsideQuiet', () => {
  it('gives the 1st of the next month, across the year turn', () => {
    expect(nextOutsideQuiet('2026-03-23', 'C', p)).toBe('2026-04-01');
    expect(nextOutsideQuiet('2028-02-21', 'D', p)).toBe('2028-03-01');
    expect(nextOutsideQuiet('2026-12-25', 'B', p)).toBe('2027-01-01');
    expect(nextOutsideQuiet('2026-03-20', 'C', p)).toBe('2026-03-20');
  });
  it('handles a window that ends inside the month, a window past a short month, and no window', () => {
    const q: QuietPolicy = { quietPeriods: { A: null, B: { startDay: 11, endDay: 20 }, C: { startDay: 30, endDay: null }, D: { startDay: 1, endDay: null } } };
    expect(nextOutsideQuiet('2026-03-15', 'B', q)).toBe('2026-03-21');
    expect(quietPeriodFor('2026-02-28', 'C', q)).toEqual({ inQuiet: false, from: null, to: null });
    expect(quietPeriodFor('2026-03-30', 'C', q).inQuiet).toBe(true);
    expect(quietPeriodFor('2026-03-15', 'A', q)).toEqual({ inQuiet: false, from: null, to: null });
    expect(nextOutsideQuiet('2026-03-15', 'D', q)).toBeNull();
  });
  it('lists each grade’s window in a month for the calendar page', () => {
    expect(quietPeriodsInMonth(2028, 2, p)).toEqual({
      A: { from: '2028-02-11', to: '2028-02-29' },
      B: { from: '2028-02-11', to: '2028-02-29' },
      C: { from: '2028-02-21', to: '2028-02-29' },
      D: { from: '2028-02-21', to: '2028-02-29' },
    });
  });
});

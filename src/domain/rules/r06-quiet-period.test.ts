import { describe, expect, it } from 'vitest';
import { checkR06QuietPeriod, checkR06QuietPeriodVisit } from './r06-quiet-period.ts';
import type { Grade } from './types.ts';
import { codes, ctx, input, officialVisit, proposal } from './test-fixtures.ts';

const on = (date: string, grade: Grade = 'C', over = {}) => checkR06QuietPeriod(input({ date, enterprise: { ...proposal().enterprise, grade }, ...over }), ctx())[0];

describe('R6 quiet period (inspections)', () => {
  it('C: the 20th is allowed, the 21st blocked with the 1st of next month offered', () => {
    expect(on('2026-03-20')).toMatchObject({ code: 'R6_OUTSIDE_QUIET', verdict: 'allow' });
    expect(on('2026-03-21')).toMatchObject({ code: 'R6_QUIET_PERIOD', verdict: 'block', clause: { id: 'Y24 二(三)' }, data: { from: '2026-03-21', to: '2026-03-31', earliestDate: '2026-04-01' } });
    const f = on('2026-03-23');
    expect(f.message.zh).toContain('2026-04-01');
    expect(f.message.zh).toContain('投诉举报');
    expect(f.message.en).toContain('2026-04-01');
  });
  it('D behaves as C; B from the 11th (10th allowed)', () => {
    expect(on('2026-03-21', 'D').verdict).toBe('block');
    expect(on('2026-03-10', 'B').verdict).toBe('allow');
    expect(on('2026-03-11', 'B')).toMatchObject({ verdict: 'block', data: { from: '2026-03-11' } });
    expect(on('2026-03-11', 'A').verdict).toBe('block');
  });
  it('month end before a holiday week: the offer is the first working day after it', () => {
    expect(on('2026-04-30').data?.earliestDate).toBe('2026-05-06'); // 05-01..05 Labour Day
    expect(on('2025-09-30').data?.earliestDate).toBe('2025-10-09'); // National Day week
  });
  it('February, including 29 February 2028 (a provisional year)', () => {
    expect(on('2026-02-27').data?.earliestDate).toBe('2026-03-02');
    expect(on('2028-02-29').data).toMatchObject({ to: '2028-02-29', earliestDate: '2028-03-01' });
    expect(on('2028-02-20').verdict).toBe('allow');
  });
  it('at the year turn the offer lies in the next year', () => {
    expect(on('2026-12-28').data?.earliestDate).toBe('2027-01-01');
  });
  it('an exception case lifts it with a warning; off-site checks are not judged', () => {
    expect(on('2026-03-23', 'C', { exceptionCase: 'MAJOR_SOCIAL_IMPACT' })).toMatchObject({ code: 'R6_LIFTED', verdict: 'warn', data: { exceptionCase: 'MAJOR_SOCIAL_IMPACT' } });
    expect(checkR06QuietPeriod(input({ date: '2026-03-23', mode: 'offsite' }), ctx())).toEqual([]);
  });
  it('an unknown case code lifts nothing', () => {
    expect(on('2026-03-23', 'C', { exceptionCase: 'BECAUSE' }).verdict).toBe('block');
  });
});

describe('R6 quiet period (research visits)', () => {
  it('blocks an unreported research visit in the quiet period, warns a reported one', () => {
    expect(checkR06QuietPeriodVisit(officialVisit({ date: '2026-03-23' }), ctx())[0]).toMatchObject({ code: 'R6_QUIET_PERIOD', verdict: 'block', data: { earliestDate: '2026-04-01' } });
    expect(checkR06QuietPeriodVisit(officialVisit({ date: '2026-03-23', reportDate: '2026-03-17' }), ctx())[0]).toMatchObject({ code: 'R6_RESEARCH_REPORTED', verdict: 'warn' });
    expect(checkR06QuietPeriodVisit(officialVisit({ date: '2026-03-23', reportDate: '2026-03-18' }), ctx())[0].verdict).toBe('block');
  });
  it('allows outside the quiet period; leaves leaders’ other visits to R10', () => {
    expect(codes(checkR06QuietPeriodVisit(officialVisit({ date: '2026-03-20' }), ctx()))).toEqual(['R6_OUTSIDE_QUIET']);
    expect(checkR06QuietPeriodVisit(officialVisit({ date: '2026-03-23', type: 'leader' }), ctx())).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { checkR09AdvanceNotice } from './r09-advance-notice.ts';
import { codes, ctx, input } from './test-fixtures.ts';

const run = (over = {}) => checkR09AdvanceNotice(input(over), ctx());

describe('R9 advance notice (5 working days strictly between)', () => {
  it('warns with the latest notice day when none is given', () => {
    const f = run({ date: '2026-03-23' });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ code: 'R9_NOTICE_DUE', verdict: 'warn', clause: { id: 'Y24 二(五)' }, data: { latestNoticeDate: '2026-03-15' } });
  });
  it('notice on Fri 2025-09-26: 10-10 blocked with 10-11 (make-up Saturday) offered; 10-11 allowed', () => {
    const f = run({ noticeDate: '2025-09-26', date: '2025-10-10' });
    expect(f[0]).toMatchObject({ code: 'R9_NOTICE_TOO_LATE', verdict: 'block', data: { workingDaysBetween: 4, earliestDate: '2025-10-11' } });
    expect(f[0].message.zh).toContain('2025-10-11');
    expect(codes(run({ noticeDate: '2025-09-26', date: '2025-10-11' }))).toEqual(['R9_NOTICE_OK']);
  });
  it('blocks a notice after the inspection day', () => {
    expect(run({ noticeDate: '2026-04-09', date: '2026-04-08' })[0].verdict).toBe('block');
    expect(run({ noticeDate: '2026-04-08', date: '2026-04-08' })[0].verdict).toBe('block');
  });
  it('blocks a routine inspection on a weekend or a holiday, offering the next working day', () => {
    expect(run({ date: '2025-10-12', noticeDate: '2025-09-01' })[0]).toMatchObject({ code: 'R9_NON_WORKING_DAY', verdict: 'block', data: { dayKind: 'weekend', earliestDate: '2025-10-13' } });
    const hol = run({ date: '2025-10-03', noticeDate: '2025-09-01' })[0];
    expect(hol).toMatchObject({ code: 'R9_NON_WORKING_DAY', data: { dayKind: 'holiday', earliestDate: '2025-10-09' } });
    expect(hol.message.zh).toContain('国庆节');
  });
  it('cases where notice defeats the purpose lift it; other cases do not', () => {
    for (const c of ctx().policy.exceptionCases) {
      const f = run({ date: '2026-04-08', noticeDate: '2026-04-07', exceptionCase: c.code });
      expect(f[0].verdict, c.code).toBe(c.lifts.includes('R9') ? 'allow' : 'block');
    }
    expect(codes(run({ date: '2025-10-03', exceptionCase: 'EMERGENCY' }))).toEqual(['R9_NON_WORKING_DAY_EXCEPTION', 'R9_LIFTED']);
  });
  it('counts working days in a provisional year as weekdays', () => {
    expect(run({ noticeDate: '2027-03-01', date: '2027-03-08' })[0].data).toMatchObject({ workingDaysBetween: 4, earliestDate: '2027-03-09' });
  });
  it('off-site checks are not judged', () => {
    expect(run({ mode: 'offsite', date: '2025-10-12' })).toEqual([]);
  });
});

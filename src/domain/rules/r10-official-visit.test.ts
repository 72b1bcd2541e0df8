import { describe, expect, it } from 'vitest';
import { checkR10OfficialVisit } from './r10-official-visit.ts';
import { codes, ctx, officialVisit } from './test-fixtures.ts';

const run = (over = {}) => checkR10OfficialVisit(officialVisit(over), ctx());

describe('R10 leaders’ and research visits', () => {
  it('allows a business-related visit reported 3 working days ahead (Qingming counted out)', () => {
    expect(run({ reportDate: '2026-04-01' })[0]).toMatchObject({ code: 'R10_REPORTED', verdict: 'allow', clause: { id: 'Y24 二(五), 二(三)' }, data: { workingDaysBetween: 3 } });
  });
  it('blocks a late report, offering the earliest day', () => {
    expect(run({ reportDate: '2026-04-02' })[0]).toMatchObject({ code: 'R10_REPORT_TOO_LATE', verdict: 'block', data: { workingDaysBetween: 2, earliestDate: '2026-04-09' } });
  });
  it('warns with the latest report day when not reported yet', () => {
    expect(run({ type: 'leader' })[0]).toMatchObject({ code: 'R10_REPORT_DUE', verdict: 'warn', data: { latestReportDate: '2026-04-01' } });
  });
  it('blocks a visit not related to the business', () => {
    expect(codes(run({ relatedToBusiness: false, reportDate: '2026-03-01' }))).toEqual(['R10_NOT_BUSINESS_RELATED', 'R10_REPORTED']);
    expect(run({ relatedToBusiness: false })[0].verdict).toBe('block');
  });
});

import { describe, expect, it } from 'vitest';
import { checkR07Exception } from './r07-exception.ts';
import { ctx, input } from './test-fixtures.ts';

const at = (over = {}) => checkR07Exception(input({ date: '2026-03-23', ...over }), ctx());

describe('R7 exception cases', () => {
  it('no case, no finding', () => {
    expect(at()).toEqual([]);
  });
  it('every case warns with what it lifts and its duties: approval, filing by the 3rd working day after', () => {
    for (const c of ctx().policy.exceptionCases) {
      const f = at({ exceptionCase: c.code })[0];
      expect(f, c.code).toMatchObject({ rule: 'R7', code: 'R7_EXCEPTION_DUTIES', verdict: 'warn', data: { exceptionCase: c.code, lifts: c.lifts, filingDueDate: '2026-03-26' } });
      expect(f.message.zh).toContain(c.name.zh);
      expect(f.message.zh).toContain('主要负责人批准');
      expect(f.message.zh).toContain('2026-03-26');
      expect(f.message.en).toContain('coordinator');
    }
  });
  it('counts the filing limit in working days across a holiday', () => {
    expect(at({ date: '2025-09-30', exceptionCase: 'EMERGENCY' })[0].data?.filingDueDate).toBe('2025-10-11');
  });
  it('blocks an unknown code and lists the known ones', () => {
    const f = at({ exceptionCase: 'VIP_REQUEST' })[0];
    expect(f).toMatchObject({ code: 'R7_UNKNOWN_CASE', verdict: 'block' });
    expect(f.message.en).toContain('COMPLAINT_REPORT');
  });
  it('blocks a filing after the limit and a late approval of a non-urgent case', () => {
    expect(at({ exceptionCase: 'COMPLAINT_REPORT', exceptionFiledOn: '2026-03-27' })[0].code).toBe('R7_FILED_LATE');
    expect(at({ exceptionCase: 'COMPLAINT_REPORT', headApprovedOn: '2026-03-24' })[0].code).toBe('R7_APPROVAL_AFTER');
  });
  it('urgent cases may record approval afterwards; duties met → allow', () => {
    expect(at({ exceptionCase: 'EMERGENCY', headApprovedOn: '2026-03-24', exceptionFiledOn: '2026-03-26' })[0]).toMatchObject({ code: 'R7_DUTIES_MET', verdict: 'allow' });
    expect(at({ exceptionCase: 'COMPLAINT_REPORT', headApprovedOn: '2026-03-20', exceptionFiledOn: '2026-03-23' })[0].verdict).toBe('allow');
  });
});

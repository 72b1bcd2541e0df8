import { describe, expect, it } from 'vitest';
import { checkR04DepartmentCap } from './r04-department-cap.ts';
import { ctx, input, visit } from './test-fixtures.ts';

describe('R4 department cap (2 a year)', () => {
  it('allows the first and the second on-site inspection', () => {
    expect(checkR04DepartmentCap(input(), ctx())[0]).toMatchObject({ code: 'R4_WITHIN_CAP', verdict: 'allow', data: { count: 1, cap: 2 } });
    const second = checkR04DepartmentCap(input({}, { history: [visit('v1', { departments: ['SCJG'] })] }), ctx());
    expect(second[0]).toMatchObject({ verdict: 'allow', data: { count: 2 } });
  });
  it('blocks the third; a joint visit counts for each department in it', () => {
    const history = [visit('v1', { departments: ['SCJG'] }), visit('v2', { date: '2026-02-02', departments: ['XF', 'SCJG'] })];
    const f = checkR04DepartmentCap(input({}, { history }), ctx());
    expect(f[0]).toMatchObject({ code: 'R4_CAP_REACHED', verdict: 'block', data: { count: 3, previous: ['v1', 'v2'] } });
    expect(f[0].data?.earliestDate).toBeUndefined();
    expect(f[0].message.zh).toContain('非现场');
  });
  it('counts only this department, on-site inspections, in this calendar year', () => {
    const history = [
      visit('other', { departments: ['XF'] }),
      visit('guid', { type: 'guidance', departments: ['SCJG'] }),
      visit('off', { mode: 'offsite', departments: ['SCJG'] }),
      visit('last-year-1', { date: '2025-12-30', departments: ['SCJG'] }),
      visit('last-year-2', { date: '2025-12-31', departments: ['SCJG'] }),
    ];
    expect(checkR04DepartmentCap(input({ date: '2026-01-05' }, { history }), ctx())[0]).toMatchObject({ verdict: 'allow', data: { count: 1 } });
  });
  it('an exception case does not lift it; a cited national rule turns it into a warning', () => {
    const history = [visit('v1', { departments: ['SCJG'] }), visit('v2', { departments: ['SCJG'] })];
    expect(checkR04DepartmentCap(input({ exceptionCase: 'COMPLAINT_REPORT' }, { history }), ctx())[0].verdict).toBe('block');
    expect(checkR04DepartmentCap(input({ nationalRuleBasis: '《特种设备安全法》第五十七条' }, { history }), ctx())[0]).toMatchObject({ code: 'R4_NATIONAL_RULE', verdict: 'warn' });
  });
  it('joining a visit this department is already in adds nothing; off-site is not judged', () => {
    const history = [visit('v1', { departments: ['SCJG'] }), visit('v2', { date: '2026-04-08', departments: ['XF', 'SCJG'], status: 'filed' })];
    expect(checkR04DepartmentCap(input({ jointVisitId: 'v2' }, { history }), ctx())[0]).toMatchObject({ verdict: 'allow', data: { count: 2 } });
    expect(checkR04DepartmentCap(input({ mode: 'offsite' }, { history: [...history, visit('v3', { departments: ['SCJG'] })] }), ctx())).toEqual([]);
  });
});

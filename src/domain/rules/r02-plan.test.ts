import { describe, expect, it } from 'vitest';
import { checkR02Plan } from './r02-plan.ts';
import { codes, ctx, input } from './test-fixtures.ts';

describe('R2 plan', () => {
  it('allows a routine inspection in the published plan', () => {
    expect(checkR02Plan(input({ inPublishedPlan: true }), ctx())[0]).toMatchObject({ code: 'R2_IN_PLAN', verdict: 'allow' });
  });
  it('blocks a routine inspection outside the plan, for random and targeted alike', () => {
    for (const kind of ['random', 'targeted'] as const) {
      const f = checkR02Plan(input({ kind, inPublishedPlan: false }), ctx());
      expect(f[0]).toMatchObject({ code: 'R2_NOT_IN_PLAN', verdict: 'block' });
      expect(f[0].message.zh).toContain('特殊情形');
    }
  });
  it('says nothing when the plan status is unknown or the check is off site', () => {
    expect(checkR02Plan(input(), ctx())).toEqual([]);
    expect(checkR02Plan(input({ mode: 'offsite', inPublishedPlan: false }), ctx())).toEqual([]);
  });
  it('a campaign needs a stated basis', () => {
    expect(codes(checkR02Plan(input({ kind: 'campaign', campaignBasis: '丽市监〔2026〕3号' }), ctx()))).toEqual(['R2_CAMPAIGN_BASIS']);
    expect(checkR02Plan(input({ kind: 'campaign', campaignBasis: '  ' }), ctx())[0].verdict).toBe('block');
    expect(checkR02Plan(input({ kind: 'campaign' }), ctx())[0].code).toBe('R2_CAMPAIGN_NO_BASIS');
  });
  it('an exception case is its own basis', () => {
    expect(checkR02Plan(input({ inPublishedPlan: false, exceptionCase: 'COMPLAINT_REPORT' }), ctx())[0]).toMatchObject({ code: 'R2_EXCEPTION_BASIS', verdict: 'allow' });
  });
});

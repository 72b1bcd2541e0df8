import { describe, expect, it } from 'vitest';
import { checkR14Guidance, checkR14GuidanceService } from './r14-guidance.ts';
import { codes, ctx, input } from './test-fixtures.ts';

describe('R14 guidance is not inspection', () => {
  it('a clean guidance service is allowed; findings, penalties or conversion are blocked', () => {
    expect(checkR14GuidanceService({ id: 'g1', findingsRecorded: 0, penaltiesImposed: 0 }, ctx())[0]).toMatchObject({ code: 'R14_GUIDANCE_OK', verdict: 'allow', clause: { id: 'Y24 二(七)' } });
    expect(checkR14GuidanceService({ id: 'g1', findingsRecorded: 2, penaltiesImposed: 0 }, ctx())[0].verdict).toBe('block');
    expect(checkR14GuidanceService({ id: 'g1', findingsRecorded: 0, penaltiesImposed: 1 }, ctx())[0].verdict).toBe('block');
    expect(checkR14GuidanceService({ id: 'g1', findingsRecorded: 0, penaltiesImposed: 0, turnedIntoInspection: true }, ctx())[0].code).toBe('R14_GUIDANCE_AS_INSPECTION');
  });
  it('an inspection may not come out of a guidance service', () => {
    expect(checkR14Guidance(input(), ctx())).toEqual([]);
    expect(checkR14Guidance(input({ fromGuidanceId: 'g1' }), ctx())[0]).toMatchObject({ code: 'R14_FROM_GUIDANCE', verdict: 'block' });
    const bad = { id: 'g1', findingsRecorded: 1, penaltiesImposed: 0 };
    expect(codes(checkR14Guidance(input({ fromGuidanceId: 'g1' }, { guidance: bad }), ctx()))).toEqual(['R14_GUIDANCE_AS_INSPECTION', 'R14_FROM_GUIDANCE']);
  });
  it('with an exception case it must be a separate inspection (warn)', () => {
    expect(checkR14Guidance(input({ fromGuidanceId: 'g1', exceptionCase: 'CASE_INVESTIGATION' }), ctx())[0]).toMatchObject({ code: 'R14_SEPARATE_INSPECTION', verdict: 'warn' });
  });
});

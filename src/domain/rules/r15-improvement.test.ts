import { describe, expect, it } from 'vitest';
import { checkR15Improvement } from './r15-improvement.ts';
import type { Grade } from './types.ts';
import { ctx } from './test-fixtures.ts';

const g = (...xs: [number, Grade][]) => xs.map(([period, grade]) => ({ period, grade }));

describe('R15 improvement tracking (2 grading periods)', () => {
  it('says nothing without a rectification or for A/B enterprises', () => {
    expect(checkR15Improvement(undefined, ctx())).toEqual([]);
    expect(checkR15Improvement({ grades: g([2025, 'C']) }, ctx())).toEqual([]);
    expect(checkR15Improvement({ grades: g([2025, 'B']), rectifiedInPeriod: 2025 }, ctx())).toEqual([]);
  });
  it('allows (tracking) inside the window, with the due period', () => {
    expect(checkR15Improvement({ grades: g([2025, 'C']), rectifiedInPeriod: 2025 }, ctx())[0]).toMatchObject({ code: 'R15_TRACKING', verdict: 'allow', data: { dueByPeriod: 2027 } });
    expect(checkR15Improvement({ grades: g([2025, 'C'], [2026, 'C']), rectifiedInPeriod: 2025 }, ctx())[0].code).toBe('R15_TRACKING');
  });
  it('allows a rise of at least one grade within two periods', () => {
    expect(checkR15Improvement({ grades: g([2024, 'D'], [2025, 'D'], [2026, 'C']), rectifiedInPeriod: 2024 }, ctx())[0]).toMatchObject({ code: 'R15_RAISED', verdict: 'allow', data: { raisedInPeriod: 2026 } });
  });
  it('flags no rise after two periods, even if it came later', () => {
    expect(checkR15Improvement({ grades: g([2024, 'C'], [2025, 'C'], [2026, 'C']), rectifiedInPeriod: 2024 }, ctx())[0]).toMatchObject({ code: 'R15_NOT_RAISED', verdict: 'warn', clause: { id: 'Y24 二(六)' } });
    expect(checkR15Improvement({ grades: g([2023, 'D'], [2024, 'D'], [2025, 'D'], [2026, 'B']), rectifiedInPeriod: 2023 }, ctx())[0].verdict).toBe('warn');
  });
});

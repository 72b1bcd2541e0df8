import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_POLICIES, compliantGrades, findExceptionCase, jointRateTarget, LIFTABLE_RULES, policyInForce, RULE_IDS, validatePolicy, YUNHE_2025, type Policy } from './index.ts';

const clone = (): Policy => structuredClone(YUNHE_2025);

describe('yunhe-2025', () => {
  it('is valid and in force from the seed date', () => {
    expect(validatePolicy(YUNHE_2025)).toEqual([]);
    expect(YUNHE_2025.effectiveFrom).toBe('2025-07-11');
    expect(BUILT_IN_POLICIES).toContain(YUNHE_2025);
  });
  it('carries the SPEC parameters', () => {
    const p = YUNHE_2025;
    expect(p.departmentOnsiteCap).toBe(2);
    expect(p.gradeOnsiteCaps).toEqual({ A: 0, B: 1, C: 2, D: null });
    expect(p.quietPeriods.C).toEqual({ startDay: 21, endDay: null });
    expect(p.quietPeriods.D).toEqual({ startDay: 21, endDay: null });
    expect(p.quietPeriods.B).toEqual({ startDay: 11, endDay: null });
    expect(p.noticeLeadWorkingDays).toBe(5);
    expect(p.visitReportLeadWorkingDays).toBe(3);
    expect(p.exceptionFilingWorkingDays).toBe(3);
    expect(p.minInspectors).toBe(2);
    expect(p.improvement.gradingPeriods).toBe(2);
    expect(p.itemRetirementUnusedYears).toBe(5);
    expect(p.jointRate.primary).toBe('visits');
    expect([2025, 2026, 2027].map((y) => jointRateTarget(p, y))).toEqual([0.6, 0.7, 0.8]);
    expect(jointRateTarget(p, 2030)).toBe(0.8);
    expect(jointRateTarget(p, 2024)).toBeUndefined();
    // "最多查一次": the grades whose on-site cap is at most one visit (A exempt, B once); C and D are not.
    expect(compliantGrades(p)).toEqual(['A', 'B']);
    expect(compliantGrades({ ...p, gradeOnsiteCaps: { A: 0, B: 2, C: 1, D: null } })).toEqual(['A', 'C']);
    expect(p.alerts.multiDepartmentWindowDays).toBe(30);
    for (const d of p.deadlines) expect(d.defaultOutcome.code, d.code).toMatch(/^[A-Z_]+$/);
  });
  it('has the nine exception cases, each lifting R5 and R6, R9 only where notice defeats the purpose', () => {
    const codes = YUNHE_2025.exceptionCases.map((c) => c.code);
    expect(codes).toEqual(['LIFE_PROPERTY_SAFETY', 'MAJOR_PUBLIC_INTEREST', 'MAJOR_PUBLIC_SAFETY', 'MAJOR_SOCIAL_IMPACT', 'EMERGENCY', 'COMPLAINT_REPORT', 'CASE_INVESTIGATION', 'SUPERIOR_DEPLOYMENT', 'SERIOUS_DISHONESTY']);
    for (const c of YUNHE_2025.exceptionCases) {
      expect(c.lifts).toContain('R5');
      expect(c.lifts).toContain('R6');
      expect(c.obligations).toEqual(['HEAD_APPROVAL', 'FILE_WITH_COORDINATOR']);
      expect(c.name.zh.length).toBeGreaterThan(1);
    }
    const noNotice = YUNHE_2025.exceptionCases.filter((c) => c.lifts.includes('R9')).map((c) => c.code);
    expect(noNotice).toEqual(['LIFE_PROPERTY_SAFETY', 'MAJOR_PUBLIC_SAFETY', 'EMERGENCY', 'COMPLAINT_REPORT', 'CASE_INVESTIGATION']);
    expect(findExceptionCase(YUNHE_2025, 'EMERGENCY')?.approvalAfterwards).toBe(true);
    expect(findExceptionCase(YUNHE_2025, 'NOPE')).toBeUndefined();
  });
  it('cites a clause for every rule, quoted verbatim from the seed', () => {
    const seedPath = resolve(__dirname, '../../../../shared/seed/yunhe-2025-24.zh.txt');
    const alt = '/work/shared/seed/yunhe-2025-24.zh.txt';
    const path = existsSync(seedPath) ? seedPath : alt;
    for (const r of RULE_IDS) expect(YUNHE_2025.clauses[r].id, r).toMatch(/^Y24 /);
    if (!existsSync(path)) return;
    const seed = readFileSync(path, 'utf8');
    for (const r of RULE_IDS) {
      for (const part of YUNHE_2025.clauses[r].text.split('……')) {
        expect(seed.includes(part.replace(/^;|;$/g, '')), `${r}: ${part}`).toBe(true);
      }
    }
  });
});

describe('validatePolicy', () => {
  it('reports each problem with its path', () => {
    const p = clone() as unknown as Record<string, unknown> & Policy;
    p.quietPeriods.B = { startDay: 15, endDay: 10 };
    p.exceptionCases[1].lifts = ['R4'];
    p.exceptionCases[2].code = 'LIFE_PROPERTY_SAFETY';
    p.effectiveFrom = '2026-02-30';
    p.minInspectors = 0;
    p.gradeOnsiteCaps.B = -1;
    p.jointRate.targets[0].target = 60;
    const errors = validatePolicy(p);
    const byPath = Object.fromEntries(errors.map((e) => [e.path, e.code]));
    expect(byPath).toMatchObject({
      'quietPeriods.B.endDay': 'RANGE',
      'exceptionCases.1.lifts.0': 'NOT_LIFTABLE',
      'exceptionCases.2.code': 'DUPLICATE',
      effectiveFrom: 'TYPE',
      minInspectors: 'RANGE',
      'gradeOnsiteCaps.B': 'RANGE',
      'jointRate.targets.0.target': 'RANGE',
    });
    expect(errors).toHaveLength(7);
  });
  it('rejects missing parts and non-objects', () => {
    expect(validatePolicy(null)[0].code).toBe('TYPE');
    const p = clone() as unknown as Record<string, unknown>;
    delete p.clauses;
    delete p.noticeLeadWorkingDays;
    const paths = validatePolicy(p).map((e) => `${e.path}:${e.code}`);
    expect(paths).toContain('clauses:REQUIRED');
    expect(paths).toContain('noticeLeadWorkingDays:REQUIRED');
  });
  it('only R5, R6 and R9 are liftable', () => {
    expect(LIFTABLE_RULES).toEqual(['R5', 'R6', 'R9']);
  });
});

describe('policyInForce', () => {
  const v2: Policy = { ...clone(), id: 'yunhe-2026', effectiveFrom: '2026-03-01', quietPeriods: { ...YUNHE_2025.quietPeriods, B: { startDay: 16, endDay: null } } };
  it('picks the latest version effective on or before the date', () => {
    expect(policyInForce([YUNHE_2025, v2], '2025-07-10')).toBeUndefined();
    expect(policyInForce([YUNHE_2025, v2], '2025-07-11')?.id).toBe('yunhe-2025');
    expect(policyInForce([v2, YUNHE_2025], '2026-02-28')?.id).toBe('yunhe-2025');
    expect(policyInForce([v2, YUNHE_2025], '2026-03-01')?.id).toBe('yunhe-2026');
  });
  it('a later publication with the same effective date wins', () => {
    const v3 = { ...v2, id: 'yunhe-2026b' };
    expect(policyInForce([YUNHE_2025, v2, v3], '2026-06-01')?.id).toBe('yunhe-2026b');
  });
});

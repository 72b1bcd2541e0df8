import { beforeAll, describe, expect, it } from 'vitest';
import { hasValidOrgCode, isValidUscc } from '../../../domain/enterprise/uscc.ts';
import {
  DEFAULT_ENTERPRISE_COUNT,
  demoIndustries,
  demoTowns,
  generateEnterprises,
  type DemoEnterprise,
} from './index.ts';

const take = (n: number, seed?: number): DemoEnterprise[] => [...generateEnterprises({ count: n, seed })];

describe('generateEnterprises', () => {
  it('is deterministic: the same seed gives the same enterprises', () => {
    expect(take(2000, 7)).toEqual(take(2000, 7));
    expect(take(500)).toEqual(take(500));
  });

  it('gives different enterprises for a different seed', () => {
    const a = take(50, 1).map((e) => e.uscc);
    const b = take(50, 2).map((e) => e.uscc);
    expect(a).not.toEqual(b);
  });

  it('extends a shorter run: enterprise i does not depend on the count', () => {
    expect(take(1500, 3).slice(0, 300)).toEqual(take(300, 3));
  });

  it('generates 3000 by default', () => {
    let n = 0;
    for (const _ of generateEnterprises()) n++;
    expect(n).toBe(DEFAULT_ENTERPRISE_COUNT);
  });

  it('is lazy: the first items of a million come at once', () => {
    const it = generateEnterprises({ count: 1_000_000 });
    const first = it.next();
    expect(first.done).toBe(false);
    expect(first.value?.seq).toBe(0);
  });

  it('refuses a bad count', () => {
    expect(() => generateEnterprises({ count: -1 }).next()).toThrow(RangeError);
    expect(() => generateEnterprises({ count: 1.5 }).next()).toThrow(RangeError);
  });

  describe('over 100,000 enterprises', () => {
    const n = 100_000;
    let all: DemoEnterprise[] = [];
    beforeAll(() => {
      all = take(n);
    }, 60_000);
    const share = (pred: (e: DemoEnterprise) => boolean) => all.filter(pred).length / n;

    it('has valid, unique Yunhe USCCs', () => {
      const kindCode = { company: '1', individual: '2', cooperative: '3' } as const;
      const bad = all.filter(
        (e) =>
          !isValidUscc(e.uscc) ||
          !hasValidOrgCode(e.uscc) ||
          e.uscc.slice(0, 8) !== `9${kindCode[e.entityKind]}331125`,
      );
      expect(bad.map((e) => e.uscc)).toEqual([]);
      expect(new Set(all.map((e) => e.uscc)).size).toBe(n);
    });

    it('has unique, plausible names', () => {
      expect(new Set(all.map((e) => e.name)).size).toBe(n);
      for (const e of all.slice(0, 5000)) {
        expect(e.name).toMatch(/^(云和县|浙江|丽水)/);
        if (e.entityKind === 'company') expect(e.name).toMatch(/(有限公司|家庭农场)$/);
        if (e.entityKind === 'cooperative') expect(e.name).toMatch(/专业合作社$/);
      }
    });

    it('uses real towns and consistent fields', () => {
      const towns = new Map(demoTowns.map((t) => [t.code, t.name]));
      for (const e of all.slice(0, 5000)) {
        expect(towns.has(e.townCode)).toBe(true);
        expect(e.address).toContain(`云和县${towns.get(e.townCode)}`);
        expect(e.legalRepresentative).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
        expect(e.gradeYear).toBe(2025);
        expect(e.establishedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        // legacy organisation codes (digits) predate the 2015 reform, 'MA' codes follow it
        if (e.uscc.slice(8, 10) === 'MA') expect(e.establishedOn >= '2015-10-01').toBe(true);
        else expect(e.establishedOn < '2015-10-01').toBe(true);
        if (e.entityKind !== 'company') expect(e.aboveScale).toBe(false);
      }
    });

    it('is led by wooden-toy makers and follows the intended industry mix', () => {
      for (const ind of demoIndustries) {
        const s = share((e) => e.industry === ind.code) * 100;
        expect(Math.abs(s - ind.weight), ind.code).toBeLessThan(1.5);
      }
      const counts = new Map<string, number>();
      for (const e of all) counts.set(e.industry, (counts.get(e.industry) ?? 0) + 1);
      const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0][0];
      expect(top).toBe('wooden_toys');
    });

    it('spreads grades about A 10 %, B 35 %, C 45 %, D 10 %', () => {
      expect(share((e) => e.grade === 'A')).toBeGreaterThan(0.08);
      expect(share((e) => e.grade === 'A')).toBeLessThan(0.12);
      expect(share((e) => e.grade === 'B')).toBeGreaterThan(0.32);
      expect(share((e) => e.grade === 'B')).toBeLessThan(0.38);
      expect(share((e) => e.grade === 'C')).toBeGreaterThan(0.42);
      expect(share((e) => e.grade === 'C')).toBeLessThan(0.48);
      expect(share((e) => e.grade === 'D')).toBeGreaterThan(0.08);
      expect(share((e) => e.grade === 'D')).toBeLessThan(0.12);
    });

    it('marks about 10 % above scale and about 5 % key', () => {
      expect(share((e) => e.aboveScale)).toBeGreaterThan(0.08);
      expect(share((e) => e.aboveScale)).toBeLessThan(0.12);
      expect(share((e) => e.key)).toBeGreaterThan(0.035);
      expect(share((e) => e.key)).toBeLessThan(0.07);
    });

    it('puts every town to use, the subdistricts most', () => {
      for (const t of demoTowns) expect(share((e) => e.townCode === t.code), t.name).toBeGreaterThan(0.005);
      expect(share((e) => e.townCode.startsWith('3311250'))).toBeGreaterThan(0.6);
    });
  });
});

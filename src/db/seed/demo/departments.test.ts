import { describe, expect, it } from 'vitest';
import {
  EXPIRED_CERTIFICATES,
  STALE_TRAINING_DEPARTMENTS,
  demoDepartments,
  demoJurisdiction,
  demoTowns,
  type DemoInspector,
} from './index.ts';

/** The demo's "today" for R13 purposes; training counts as current within the last 12 months. */
const TODAY = '2026-11-26';
const TRAINING_SINCE = '2025-11-26';
const qualified = (i: DemoInspector) =>
  i.certificateValidUntil >= TODAY && i.trainings.some((t) => t.date >= TRAINING_SINCE && t.date <= TODAY);

describe('demoTowns', () => {
  it('lists Yunhe’s nine subdistricts, towns and townships with unique codes', () => {
    expect(demoTowns.map((t) => t.name)).toEqual([
      '浮云街道', '元和街道', '白龙山街道', '凤凰山街道', '崇头镇', '石塘镇', '紧水滩镇', '雾溪畲族乡', '安溪畲族乡',
    ]);
    expect(new Set(demoTowns.map((t) => t.code)).size).toBe(9);
    for (const t of demoTowns) expect(t.code).toMatch(new RegExp(`^${demoJurisdiction.code}\\d{3}$`));
  });
});

describe('demoDepartments', () => {
  it('has about 20 departments with unique short lowercase codes', () => {
    expect(demoDepartments.length).toBeGreaterThanOrEqual(18);
    expect(demoDepartments.length).toBeLessThanOrEqual(22);
    const codes = demoDepartments.map((d) => d.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const c of codes) expect(c).toMatch(/^[a-z]{2,6}$/);
    for (const c of ['scjg', 'yjgl', 'sthj', 'xfjy', 'rlsb', 'wsjk', 'zjj', 'zhzf']) expect(codes).toContain(c);
    expect(new Set(demoDepartments.map((d) => d.name)).size).toBe(codes.length);
    for (const d of demoDepartments) expect(d.headName).toMatch(/^[\u4e00-\u9fa5]{2,3}$/);
  });

  it('gives every department 5–12 items, each with a legal basis and 3–6 checklist questions', () => {
    const itemCodes = new Set<string>();
    for (const d of demoDepartments) {
      expect(d.items.length, d.code).toBeGreaterThanOrEqual(5);
      expect(d.items.length, d.code).toBeLessThanOrEqual(12);
      for (const item of d.items) {
        expect(item.code).toMatch(new RegExp(`^${d.code}-\\d{3}$`));
        itemCodes.add(item.code);
        expect(item.name.length).toBeGreaterThan(4);
        expect(item.legalBasis, item.code).toMatch(/《[^》]+》/);
        expect(item.checklist.length, item.code).toBeGreaterThanOrEqual(3);
        expect(item.checklist.length, item.code).toBeLessThanOrEqual(6);
        expect(new Set(item.checklist).size, item.code).toBe(item.checklist.length);
        expect(item.modes.length).toBeGreaterThan(0);
        expect(new Set(item.modes).size).toBe(item.modes.length);
        expect(item.version).toBe(1);
      }
      expect(new Set(d.items.map((i) => i.name)).size, d.code).toBe(d.items.length);
    }
    expect(itemCodes.size).toBe(demoDepartments.reduce((n, d) => n + d.items.length, 0));
  });

  it('offers off-site-capable items in every department and delegable items across the county', () => {
    for (const d of demoDepartments) {
      expect(d.items.some((i) => i.modes.includes('offsite')), d.code).toBe(true);
      expect(d.items.some((i) => i.modes.includes('onsite')), d.code).toBe(true);
    }
    const delegable = demoDepartments.flatMap((d) => d.items.filter((i) => i.delegable));
    expect(delegable.length).toBeGreaterThanOrEqual(20);
    expect(demoDepartments.filter((d) => d.items.some((i) => i.delegable)).length).toBeGreaterThanOrEqual(15);
  });

  it('cites the market-regulation items as published', () => {
    const scjg = demoDepartments.find((d) => d.code === 'scjg');
    const special = scjg?.items.find((i) => i.name === '对特种设备使用单位的监督检查');
    expect(special?.legalBasis).toContain('《中华人民共和国特种设备安全法》第五十七条、第六十一条');
    const food = scjg?.items.find((i) => i.name === '对食品生产者的监督检查');
    expect(food?.legalBasis).toContain('《中华人民共和国食品安全法》第八十七条、第一百一十条');
    const yjgl = demoDepartments.find((d) => d.code === 'yjgl');
    expect(yjgl?.items[0].legalBasis).toContain('《中华人民共和国安全生产法》第六十五条');
  });

  it('gives every department 3–6 inspectors with unique certificate numbers', () => {
    const certs = new Set<string>();
    const usernames = new Set<string>();
    let total = 0;
    for (const d of demoDepartments) {
      expect(d.inspectors.length, d.code).toBeGreaterThanOrEqual(3);
      expect(d.inspectors.length, d.code).toBeLessThanOrEqual(6);
      for (const [i, insp] of d.inspectors.entries()) {
        total++;
        expect(insp.username).toBe(`insp-${d.code}-${i + 1}`);
        expect(insp.departmentCode).toBe(d.code);
        expect(insp.certificateNo).toMatch(/^浙K\d{8}$/);
        expect(insp.certificateValidUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(insp.trainings.length).toBeGreaterThan(0);
        for (const t of insp.trainings) {
          expect(t.hours).toBeGreaterThan(0);
          expect(t.course.length).toBeGreaterThan(4);
        }
        certs.add(insp.certificateNo);
        usernames.add(insp.username);
      }
      expect(new Set(d.inspectors.map((i) => i.name)).size).toBe(d.inspectors.length);
      // R13 needs two qualified inspectors: every department can still field a team
      expect(d.inspectors.filter(qualified).length, d.code).toBeGreaterThanOrEqual(2);
    }
    expect(certs.size).toBe(total);
    expect(usernames.size).toBe(total);
  });

  it('includes a few lapsed certificates and stale training to exercise R13', () => {
    const all = demoDepartments.flatMap((d) => d.inspectors);
    const expired = all.filter((i) => i.certificateValidUntil < TODAY);
    expect(expired.map((i) => i.departmentCode).sort()).toEqual(Object.keys(EXPIRED_CERTIFICATES).sort());
    const stale = all.filter((i) => i.certificateValidUntil >= TODAY && !qualified(i));
    expect(stale.map((i) => i.departmentCode).sort()).toEqual([...STALE_TRAINING_DEPARTMENTS].sort());
    expect(all.filter(qualified).length / all.length).toBeGreaterThan(0.9);
    expect(all.filter((i) => i.certificateValidUntil >= '2027-06-30').length).toBe(all.length - expired.length);
  });
});

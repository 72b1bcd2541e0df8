import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/build.ts';
import { checkGuidanceService, checkInspection, checkOfficialVisit } from './index.ts';
import type { Finding, Grade } from './types.ts';
import { codes, ctx, fullInput, input, officialVisit, proposal, visit } from './test-fixtures.ts';

const ent = (grade: Grade) => ({ enterprise: { ...proposal().enterprise, grade } });
const byRule = (fs: Finding[], rule: string) => fs.filter((f) => f.rule === rule);

describe('checkInspection: SPEC examples', () => {
  it('C grade on 2026-03-23: blocked by R6, offered 2026-04-01', () => {
    const r = checkInspection(input({ date: '2026-03-23' }), ctx());
    expect(r.verdict).toBe('block');
    expect(r.earliestDate).toBe('2026-04-01');
    expect(r.provisional).toBe(false);
    expect(r.findings.filter((f) => f.verdict === 'block').map((f) => f.code)).toEqual(['R6_QUIET_PERIOD']);
    expect(byRule(r.findings, 'R6')[0].clause.id).toBe('Y24 二(三)');
  });
  it('…the same with an early notice; a late notice pushes the offer past Qingming', () => {
    expect(checkInspection(input({ date: '2026-03-23', noticeDate: '2026-03-10' }), ctx()).earliestDate).toBe('2026-04-01');
    expect(checkInspection(input({ date: '2026-03-23', noticeDate: '2026-03-27' }), ctx()).earliestDate).toBe('2026-04-07');
  });
  it('notice on 2025-09-26 allows 2025-10-11 at the earliest', () => {
    for (const grade of ['C', 'D'] as const) {
      const r = checkInspection(input({ ...ent(grade), date: '2025-10-09', noticeDate: '2025-09-26' }), ctx());
      expect(r.verdict).toBe('block');
      expect(r.earliestDate).toBe('2025-10-11');
      expect(checkInspection(input({ ...ent(grade), date: '2025-10-11', noticeDate: '2025-09-26' }), ctx()).verdict).toBe('allow');
    }
  });
  it('an allowed proposal answers its own date; the overall verdict is the worst finding', () => {
    const r = checkInspection(input({ date: '2026-04-08', noticeDate: '2026-03-20' }), ctx());
    expect(r.verdict).toBe('allow');
    expect(r.earliestDate).toBe('2026-04-08');
    expect(r.findings.every((f) => f.verdict === 'allow')).toBe(true);
  });
});

describe('checkInspection: exception cases', () => {
  for (const c of ctx().policy.exceptionCases) {
    it(`${c.code} lifts exactly ${c.lifts.join(', ')} and names its duties`, () => {
      const r = checkInspection(input({ ...ent('A'), date: '2026-03-23', noticeDate: '2026-03-20', exceptionCase: c.code }), ctx());
      expect(byRule(r.findings, 'R5')[0].code).toBe('R5_LIFTED');
      expect(byRule(r.findings, 'R6')[0].code).toBe('R6_LIFTED');
      const r9 = byRule(r.findings, 'R9')[0];
      expect(r9.code).toBe(c.lifts.includes('R9') ? 'R9_LIFTED' : 'R9_NOTICE_TOO_LATE');
      expect(r.verdict).toBe(c.lifts.includes('R9') ? 'warn' : 'block');
      const r7 = byRule(r.findings, 'R7')[0];
      expect(r7).toMatchObject({ verdict: 'warn', data: { filingDueDate: '2026-03-26' } });
      expect(r.earliestDate).toBe(c.lifts.includes('R9') ? '2026-03-23' : '2026-03-30');
    });
  }
  it('an exception case does not lift R4', () => {
    const history = [visit('v1', { departments: ['SCJG'] }), visit('v2', { departments: ['SCJG'] })];
    const r = checkInspection(input({ date: '2026-04-08', exceptionCase: 'EMERGENCY' }, { history }), ctx());
    expect(r.findings.filter((f) => f.verdict === 'block').map((f) => f.code)).toEqual(['R4_CAP_REACHED']);
    expect(r.earliestDate).toBeNull();
  });
});

describe('checkInspection: earliest date', () => {
  it('is null when only next year would do (the year turn)', () => {
    expect(checkInspection(input({ date: '2026-12-28' }), ctx()).earliestDate).toBeNull();
    expect(checkInspection(input({ ...ent('B'), date: '2026-12-15' }), ctx()).earliestDate).toBeNull();
    expect(checkInspection(input({ ...ent('B'), date: '2026-12-10' }), ctx()).earliestDate).toBe('2026-12-10');
  });
  it('is null when no date cures the block (a cap, a wrong item)', () => {
    expect(checkInspection(fullInput(), ctx())).toMatchObject({ verdict: 'block', earliestDate: null });
    expect(checkInspection(input({ items: ['ZZ-1'] }), ctx()).earliestDate).toBeNull();
  });
  it('combines an off-site hold with the quiet period and the Dragon Boat holiday', () => {
    const r = checkInspection(input({ date: '2026-04-08' }, { offsiteResults: [{ item: 'SCJG-001', date: '2025-06-20', passed: true }] }), ctx());
    expect(r.verdict).toBe('block');
    expect(r.earliestDate).toBe('2026-07-01');
  });
  it('moves a weekend date to the next working day; an off-site check on a Sunday is allowed', () => {
    expect(checkInspection(input({ date: '2026-04-12' }), ctx()).earliestDate).toBe('2026-04-13');
    const off = checkInspection(input({ date: '2026-04-12', mode: 'offsite' }), ctx());
    expect(off.verdict).toBe('allow');
    expect(off.earliestDate).toBe('2026-04-13');
  });
  it('on the National Day week, the first working day after it', () => {
    const r = checkInspection(input({ ...ent('D'), date: '2025-10-03', noticeDate: '2025-09-01' }), ctx());
    expect(codes(r.findings.filter((f) => f.verdict === 'block'))).toEqual(['R9_NON_WORKING_DAY']);
    expect(r.earliestDate).toBe('2025-10-09');
  });
});

describe('checkInspection: provisional years', () => {
  it('2027 answers provisional, with a warning', () => {
    const r = checkInspection(input({ date: '2027-03-23' }), ctx());
    expect(r).toMatchObject({ provisional: true, verdict: 'block', earliestDate: '2027-04-01' });
    expect(r.findings.at(-1)).toMatchObject({ code: 'R9_PROVISIONAL_CALENDAR', verdict: 'warn', data: { provisionalYears: [2027] } });
    const ok = checkInspection(input({ date: '2027-04-07', noticeDate: '2027-03-20' }), ctx());
    expect(ok).toMatchObject({ verdict: 'warn', provisional: true });
  });
  it('29 February 2028 (leap, provisional): quiet for C, offered 1 March', () => {
    expect(checkInspection(input({ date: '2028-02-29' }), ctx())).toMatchObject({ provisional: true, earliestDate: '2028-03-01' });
  });
  it('a year whose arrangement is published as overrides is not provisional', () => {
    const calendar = buildCalendar({ overrides: [{ date: '2027-04-05', kind: 'holiday', name: '清明节' }], publishedYears: [2027] });
    const r = checkInspection(input({ date: '2027-04-05' }), { ...ctx(), calendar });
    expect(r.provisional).toBe(false);
    expect(r.earliestDate).toBe('2027-04-06');
  });
});

describe('checkOfficialVisit and checkGuidanceService', () => {
  it('a research visit in the quiet period: blocked, offered the 1st', () => {
    expect(checkOfficialVisit(officialVisit({ date: '2026-03-23' }), ctx())).toMatchObject({ verdict: 'block', earliestDate: '2026-04-01' });
  });
  it('a late report and the quiet period together', () => {
    const r = checkOfficialVisit(officialVisit({ date: '2026-03-31', reportDate: '2026-03-30' }), ctx());
    expect(codes(r.findings)).toEqual(['R6_QUIET_PERIOD', 'R10_REPORT_TOO_LATE']);
    expect(r.earliestDate).toBe('2026-04-03');
  });
  it('provisional in 2027; a clean guidance service is allowed', () => {
    expect(checkOfficialVisit(officialVisit({ date: '2027-04-08', reportDate: '2027-04-01' }), ctx())).toMatchObject({ verdict: 'warn', provisional: true });
    expect(checkGuidanceService({ id: 'g', findingsRecorded: 0, penaltiesImposed: 0 }, ctx()).verdict).toBe('allow');
  });
});

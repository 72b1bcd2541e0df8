import { describe, expect, it } from 'vitest';
import { checkR08OffsiteFirst } from './r08-offsite-first.ts';
import type { OffsiteResult } from './types.ts';
import { ctx, input } from './test-fixtures.ts';

const run = (results: OffsiteResult[], over = {}) => checkR08OffsiteFirst(input({ date: '2026-04-08', items: ['SCJG-001', 'SCJG-002'], ...over }, { offsiteResults: results }), ctx());

describe('R8 off-site first', () => {
  it('says nothing without off-site data, or for an off-site check', () => {
    expect(checkR08OffsiteFirst(input(), ctx())).toEqual([]);
    expect(run([{ item: 'SCJG-001', date: '2026-03-01', passed: true }], { mode: 'offsite' })).toEqual([]);
  });
  it('allows when no item passed off site recently', () => {
    expect(run([{ item: 'SCJG-001', date: '2026-03-01', passed: false }, { item: 'OTHER', date: '2026-03-01', passed: true }])[0]).toMatchObject({ code: 'R8_NO_OFFSITE_PASS', verdict: 'allow' });
  });
  it('blocks items that passed off site, offering the day after the hold', () => {
    const f = run([{ item: 'SCJG-002', date: '2026-03-01', passed: true }])[0];
    expect(f).toMatchObject({ code: 'R8_OFFSITE_PASSED', verdict: 'block', clause: { id: 'Y24 二(四)' }, data: { earliestDate: '2027-03-02' } });
    expect(f.message.zh).toContain('SCJG-002');
  });
  it('a later failure releases the hold; a pass after a failure holds again', () => {
    expect(run([{ item: 'SCJG-001', date: '2026-01-01', passed: true }, { item: 'SCJG-001', date: '2026-02-01', passed: false }])[0].verdict).toBe('allow');
    expect(run([{ item: 'SCJG-001', date: '2026-01-01', passed: false }, { item: 'SCJG-001', date: '2026-02-01', passed: true }])[0].verdict).toBe('block');
  });
  it('the hold lasts 365 days: held on day 365, free on day 366; a same-day result does not count', () => {
    expect(run([{ item: 'SCJG-001', date: '2025-04-08', passed: true }])[0].verdict).toBe('block');
    expect(run([{ item: 'SCJG-001', date: '2025-04-07', passed: true }])[0].verdict).toBe('allow');
    expect(run([{ item: 'SCJG-001', date: '2026-04-08', passed: true }])[0].verdict).toBe('allow');
  });
  it('a stated reason or an exception case turns the block into a warning', () => {
    const pass = [{ item: 'SCJG-001', date: '2026-03-01', passed: true }];
    expect(run(pass, { onsiteReason: '物联网数据异常需现场核实' })[0]).toMatchObject({ code: 'R8_REASON_STATED', verdict: 'warn' });
    expect(run(pass, { exceptionCase: 'COMPLAINT_REPORT' })[0].verdict).toBe('warn');
  });
});

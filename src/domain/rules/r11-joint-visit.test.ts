import { describe, expect, it } from 'vitest';
import { checkR11JointVisit } from './r11-joint-visit.ts';
import { ctx, input, proposal, visit } from './test-fixtures.ts';

const run = (over = {}, history = [visit('v1', { date: '2026-04-20', status: 'filed' })]) => checkR11JointVisit(input({ date: '2026-04-08', ...over }, { history }), ctx())[0];

describe('R11 joint visits', () => {
  it('proposes joining another department’s visit in the same period', () => {
    const f = run();
    expect(f).toMatchObject({ code: 'R11_MERGE_PROPOSED', verdict: 'warn', data: { candidates: [{ id: 'v1', date: '2026-04-20', departments: ['XF'] }] } });
    expect(f.message.zh).toContain('v1');
  });
  it('the window is ±30 days: day 30 is in, day 31 out', () => {
    expect(run({}, [visit('v1', { date: '2026-05-08', status: 'planned' })]).verdict).toBe('warn');
    expect(run({}, [visit('v1', { date: '2026-05-09', status: 'planned' })]).verdict).toBe('allow');
    expect(run({}, [visit('v1', { date: '2026-03-09', status: 'planned' })]).verdict).toBe('warn');
  });
  it('ignores done visits, visits with this department, full visits; respects an opt-out', () => {
    expect(run({}, [visit('v1', { date: '2026-04-07', status: 'done' })]).code).toBe('R11_NO_MERGE_CANDIDATE');
    expect(run({}, [visit('v1', { date: '2026-04-20', status: 'filed', departments: ['SCJG', 'XF'] })]).verdict).toBe('allow');
    expect(run({}, [visit('v1', { date: '2026-04-20', status: 'filed', departments: ['A', 'B', 'C', 'D', 'E'] })]).verdict).toBe('allow');
    expect(run({ enterprise: { ...proposal().enterprise, mergeOptOut: true } }).code).toBe('R11_OPTED_OUT');
  });
  it('joining: allowed on the visit’s day, warned on another, blocked when full or unknown', () => {
    expect(run({ jointVisitId: 'v1', date: '2026-04-20' })).toMatchObject({ code: 'R11_JOINS_VISIT', verdict: 'allow', data: { departments: ['XF', 'SCJG'] } });
    expect(run({ jointVisitId: 'v1' })).toMatchObject({ code: 'R11_JOINT_DATE_DIFFERS', verdict: 'warn' });
    expect(run({ jointVisitId: 'nope' }).code).toBe('R11_JOINT_VISIT_UNKNOWN');
    const full = [visit('v1', { date: '2026-04-20', status: 'filed', departments: ['A', 'B', 'C', 'D', 'E'] })];
    expect(run({ jointVisitId: 'v1', date: '2026-04-20' }, full)).toMatchObject({ code: 'R11_JOINT_VISIT_FULL', verdict: 'block' });
  });
  it('off-site checks are not judged', () => {
    expect(checkR11JointVisit(input({ mode: 'offsite' }, { history: [visit('v1', { date: '2026-04-20', status: 'filed' })] }), ctx())).toEqual([]);
  });
});

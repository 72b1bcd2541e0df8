import { describe, expect, it } from 'vitest';
import { checkR05GradeCap } from './r05-grade-cap.ts';
import type { Grade } from './types.ts';
import { ctx, input, proposal, visit } from './test-fixtures.ts';

const ent = (grade: Grade) => ({ enterprise: { ...proposal().enterprise, grade } });

describe('R5 grade caps (A exempt, B 1, C 2, D none)', () => {
  it('A: on the exemption list — blocked, lifted by an exception case', () => {
    const f = checkR05GradeCap(input(ent('A')), ctx());
    expect(f[0]).toMatchObject({ code: 'R5_EXEMPT', verdict: 'block', clause: { id: 'Y24 二(六)' } });
    expect(f[0].message.zh).toContain('免检清单');
    expect(checkR05GradeCap(input({ ...ent('A'), exceptionCase: 'SERIOUS_DISHONESTY' }), ctx())[0]).toMatchObject({ code: 'R5_LIFTED', verdict: 'warn' });
  });
  it('B: the first visit is allowed, the second blocked, any department', () => {
    expect(checkR05GradeCap(input(ent('B')), ctx())[0]).toMatchObject({ verdict: 'allow', data: { count: 1, cap: 1 } });
    const f = checkR05GradeCap(input(ent('B'), { history: [visit('v1', { departments: ['HB'] })] }), ctx());
    expect(f[0]).toMatchObject({ code: 'R5_CAP_REACHED', verdict: 'block', data: { count: 2, cap: 1 } });
    expect(f[0].message.en).toContain('off site');
  });
  it('C: two visits; a joint visit counts once', () => {
    const one = [visit('v1', { departments: ['XF', 'HB', 'ZJ'] })];
    expect(checkR05GradeCap(input(ent('C'), { history: one }), ctx())[0]).toMatchObject({ verdict: 'allow', data: { count: 2 } });
    const two = [...one, visit('v2', { date: '2026-03-02', departments: ['ZJ'] })];
    expect(checkR05GradeCap(input(ent('C'), { history: two }), ctx())[0]).toMatchObject({ verdict: 'block', data: { count: 3 } });
  });
  it('D: no cap', () => {
    const many = ['a', 'b', 'c', 'd', 'e'].map((id) => visit(id, { departments: [id] }));
    expect(checkR05GradeCap(input(ent('D'), { history: many }), ctx())[0]).toMatchObject({ code: 'R5_NO_CAP', verdict: 'allow', data: { count: 6, cap: null } });
  });
  it('joining a visit already counted adds nothing, and the block proposes it', () => {
    const history = [visit('v1', { date: '2026-04-10', departments: ['HB'], status: 'filed' })];
    const blocked = checkR05GradeCap(input(ent('B'), { history }), ctx())[0];
    expect(blocked).toMatchObject({ verdict: 'block', data: { joinable: ['v1'] } });
    expect(blocked.message.zh).toContain('v1');
    expect(checkR05GradeCap(input({ ...ent('B'), jointVisitId: 'v1', date: '2026-04-10' }, { history }), ctx())[0]).toMatchObject({ verdict: 'allow', data: { count: 1 } });
  });
  it('counts by calendar year and ignores off-site checks and other visit types', () => {
    const history = [
      visit('old', { date: '2025-12-31', departments: ['HB'] }),
      visit('off', { mode: 'offsite', departments: ['HB'] }),
      visit('res', { type: 'research', departments: ['HB'] }),
    ];
    expect(checkR05GradeCap(input({ ...ent('B'), date: '2026-01-05' }, { history }), ctx())[0].verdict).toBe('allow');
    expect(checkR05GradeCap(input({ ...ent('A'), mode: 'offsite' }), ctx())).toEqual([]);
  });
  it('every exception case lifts R5 in yunhe-2025', () => {
    for (const c of ctx().policy.exceptionCases) {
      expect(checkR05GradeCap(input({ ...ent('A'), exceptionCase: c.code }), ctx())[0].verdict, c.code).toBe('warn');
    }
  });
});

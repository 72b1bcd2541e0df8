import { describe, expect, it } from 'vitest';
import { checkR13Inspectors } from './r13-inspectors.ts';
import type { Inspector } from './types.ts';
import { ctx, input, inspector } from './test-fixtures.ts';

const run = (inspectors?: Inspector[], over = {}) => checkR13Inspectors(input({ date: '2026-04-08', inspectors, ...over }), ctx());

describe('R13 inspectors', () => {
  it('says nothing before inspectors are assigned; blocks an empty team', () => {
    expect(run(undefined)).toEqual([]);
    expect(run([])[0]).toMatchObject({ code: 'R13_TOO_FEW_QUALIFIED', verdict: 'block', data: { qualified: 0, required: 2 } });
  });
  it('allows two qualified inspectors and reminds to show the code', () => {
    const f = run([inspector('a'), inspector('b')])[0];
    expect(f).toMatchObject({ code: 'R13_OK', verdict: 'allow', clause: { id: 'Y24 二(十)' } });
    expect(f.message.zh).toContain('亮码');
  });
  it('a certificate valid until the inspection day counts; one expired the day before does not', () => {
    expect(run([inspector('a'), inspector('b', { certificateValidUntil: '2026-04-08' })])[0].verdict).toBe('allow');
    const f = run([inspector('a'), inspector('b', { certificateValidUntil: '2026-04-07' })])[0];
    expect(f).toMatchObject({ verdict: 'block', data: { qualified: 1, unqualified: ['b'] } });
    expect(f.message.zh).toContain('2026-04-07');
  });
  it('blocks untrained or uncertified members below the minimum; warns when extra members are unqualified', () => {
    expect(run([inspector('a'), inspector('b', { trainingCurrent: false })])[0].verdict).toBe('block');
    expect(run([inspector('a'), inspector('b', { certificateValidUntil: null })])[0].verdict).toBe('block');
    expect(run([inspector('a'), inspector('b'), inspector('c', { trainingCurrent: false })])[0]).toMatchObject({ code: 'R13_UNQUALIFIED_MEMBER', verdict: 'warn' });
  });
  it('off-site checks are not judged', () => {
    expect(run([], { mode: 'offsite' })).toEqual([]);
  });
});

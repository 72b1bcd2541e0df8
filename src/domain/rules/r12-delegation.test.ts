import { describe, expect, it } from 'vitest';
import { checkR12Delegation } from './r12-delegation.ts';
import { codes, ctx, input, visit } from './test-fixtures.ts';

describe('R12 delegated items', () => {
  it('says nothing when no library item is involved and no one else visits', () => {
    expect(checkR12Delegation(input(), ctx())).toEqual([]);
  });
  it('allows an item delegated to this department', () => {
    expect(checkR12Delegation(input({ items: ['SCJG-001', 'XF-010'] }), ctx())[0]).toMatchObject({ code: 'R12_DELEGATED', verdict: 'allow', data: { items: ['XF-010'] } });
  });
  it('blocks a library item delegated to other departments only', () => {
    const f = checkR12Delegation(input({ items: ['HB-020', 'XF-010'] }), ctx());
    expect(codes(f)).toEqual(['R12_NOT_DELEGATED', 'R12_DELEGATED']);
    expect(f[0]).toMatchObject({ verdict: 'block', data: { items: ['HB-020'] } });
  });
  it('suggests delegating own simple items to a department visiting in the same period', () => {
    const history = [visit('v9', { date: '2026-04-15', departments: ['XF'], status: 'filed' })];
    const all = checkR12Delegation(input({ items: ['SCJG-002'] }, { history }), ctx())[0];
    expect(all).toMatchObject({ code: 'R12_COULD_DELEGATE', verdict: 'allow', data: { items: ['SCJG-002'], visit: 'v9' } });
    expect(all.message.en).toContain('need not visit');
    const some = checkR12Delegation(input({ items: ['SCJG-001', 'SCJG-002'] }, { history }), ctx())[0];
    expect(some.message.en).not.toContain('need not visit');
  });
});

import { describe, expect, it } from 'vitest';
import { checkR03Filing } from './r03-filing.ts';
import { ctx, input } from './test-fixtures.ts';

const at = { date: '2026-03-23' };

describe('R3 filing', () => {
  it('says nothing when the filing status is unknown', () => {
    expect(checkR03Filing(input(at), ctx())).toEqual([]);
  });
  it('warns when not filed yet: no filing, no code', () => {
    const f = checkR03Filing(input({ ...at, filing: { filedOn: null } }), ctx());
    expect(f[0]).toMatchObject({ code: 'R3_NOT_FILED', verdict: 'warn' });
    expect(f[0].message.zh).toContain('不发检查码');
  });
  it('allows a filing before or on the inspection day; blocks one after it', () => {
    expect(checkR03Filing(input({ ...at, filing: { filedOn: '2026-03-20' } }), ctx())[0].verdict).toBe('allow');
    expect(checkR03Filing(input({ ...at, filing: { filedOn: '2026-03-23' } }), ctx())[0].verdict).toBe('allow');
    expect(checkR03Filing(input({ ...at, filing: { filedOn: '2026-03-24' } }), ctx())[0]).toMatchObject({ code: 'R3_FILED_AFTER', verdict: 'block', data: { earliestDate: '2026-03-24' } });
  });
  it('an exception case may file within 3 working days after (Mon → end of Thu)', () => {
    const ec = { ...at, exceptionCase: 'EMERGENCY' };
    expect(checkR03Filing(input({ ...ec, filing: { filedOn: null } }), ctx())[0]).toMatchObject({ code: 'R3_EXCEPTION_FILE_BY', verdict: 'warn', data: { dueDate: '2026-03-26' } });
    expect(checkR03Filing(input({ ...ec, filing: { filedOn: '2026-03-26' } }), ctx())[0]).toMatchObject({ code: 'R3_EXCEPTION_FILED_LATE_OK', verdict: 'allow' });
    expect(checkR03Filing(input({ ...ec, filing: { filedOn: '2026-03-27' } }), ctx())[0]).toMatchObject({ code: 'R3_EXCEPTION_FILED_TOO_LATE', verdict: 'block' });
  });
});

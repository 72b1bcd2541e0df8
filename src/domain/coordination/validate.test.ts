/** Malformed input: a typed error naming the offending field, never a partial result. */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.ts';
import { YUNHE_2025 } from '../policy/index.ts';
import { schedule, ScheduleInputError, selectPolicy } from './index.ts';

const calendar = buildCalendar();
const ctx = { calendar, policy: YUNHE_2025 };

function valid(): Record<string, unknown> {
  return {
    today: '2025-10-20',
    enterprises: [{ id: 'E1', grade: 'C', onsiteVisitsThisYear: 0, departmentVisitsThisYear: { X: 1 }, optOut: false }],
    departments: [{ id: 'X', capacityPerDay: null }, { id: 'Y', capacityPerDay: 3 }],
    filings: [
      { id: 'f0', enterprise: 'E1', department: 'X', from: '2025-11-03', to: '2025-11-14', delegableTo: ['Y'] },
      { id: 'f1', enterprise: 'E1', department: 'Y', from: '2025-11-03', to: '2025-11-14' },
      { id: 'f2', enterprise: 'E1', department: 'Y', from: '2025-11-03', to: '2025-11-14' },
      { id: 'f3', enterprise: 'E1', department: 'X', from: '2025-11-03', to: '2025-11-14' },
    ],
  };
}

function pathOf(mutate: (input: Record<string, unknown> & { filings: Record<string, unknown>[]; enterprises: Record<string, unknown>[]; departments: Record<string, unknown>[] }) => void): string {
  const input = valid() as Parameters<typeof mutate>[0];
  mutate(input);
  try {
    schedule(input, ctx);
  } catch (e) {
    expect(e).toBeInstanceOf(ScheduleInputError);
    const err = e as ScheduleInputError;
    expect(err.code).toBe('SCHEDULE_INPUT_INVALID');
    expect(err.messages.en).toContain(err.path);
    expect(err.messages.zh).toContain(err.path);
    return `${err.path}: ${err.issues[0].en}`;
  }
  throw new Error('no error thrown');
}

describe('input validation', () => {
  it('accepts the contract', () => {
    expect(schedule(valid(), ctx).stats.filings).toBe(4);
  });
  it('names the field of a bad date', () => {
    expect(pathOf((i) => (i.filings[3].from = '2025/11/03'))).toBe('filings[3].from: not a date (YYYY-MM-DD)');
    expect(pathOf((i) => (i.filings[1].to = '2025-02-30'))).toBe('filings[1].to: no such date: 2025-02-30');
    expect(pathOf((i) => (i.today = 20251020))).toBe('today: not a date (YYYY-MM-DD)');
    expect(pathOf((i) => (i.filings[0].to = '2025-11-01'))).toBe('filings[0].to: is before from');
  });
  it('names unknown references and duplicates', () => {
    expect(pathOf((i) => (i.filings[2].enterprise = 'E9'))).toBe('filings[2].enterprise: unknown enterprise (not in enterprises)');
    expect(pathOf((i) => (i.filings[2].department = 'Q'))).toBe('filings[2].department: unknown department (not in departments)');
    expect(pathOf((i) => (i.filings[2].id = 'f0'))).toBe('filings[2].id: duplicate filing id f0');
    expect(pathOf((i) => (i.filings[0].delegableTo = ['X']))).toBe("filings[0].delegableTo[0]: names the filing's own department");
    expect(pathOf((i) => (i.enterprises[0].departmentVisitsThisYear = { Q: 1 }))).toBe('enterprises[0].departmentVisitsThisYear.Q: unknown department');
  });
  it('names wrong types, missing and unknown fields', () => {
    expect(pathOf((i) => (i.enterprises[0].grade = 'E'))).toBe('enterprises[0].grade: grade must be "A", "B", "C" or "D"');
    expect(pathOf((i) => (i.enterprises[0].onsiteVisitsThisYear = -1))).toBe('enterprises[0].onsiteVisitsThisYear: must be a non-negative integer');
    expect(pathOf((i) => delete i.enterprises[0].onsiteVisitsThisYear)).toBe('enterprises[0].onsiteVisitsThisYear: missing (a non-negative integer)');
    expect(pathOf((i) => (i.departments[1].capacityPerDay = 1.5))).toBe('departments[1].capacityPerDay: must be a non-negative integer');
    expect(pathOf((i) => (i.filings[1].items = ['a']))).toBe('filings[1].items: unknown field');
    expect(pathOf((i) => (i.filings = {} as never))).toBe('filings: must be an array');
    expect(pathOf((i) => (i.enterprises[0].optOut = 'yes'))).toBe('enterprises[0].optOut: must be true or false');
  });
  it('rejects a policy other than the one in use, and today outside the calendar', () => {
    expect(pathOf((i) => (i.policy = 'other-2030'))).toBe('policy: does not match the policy version in use (yunhe-2025)');
    expect(pathOf((i) => (i.today = '2040-01-01'))).toMatch(/^today: outside the working calendar/);
  });
  it('lists up to ten problems, the first in the message', () => {
    const input = valid() as { filings: Record<string, unknown>[] };
    for (const f of input.filings) f.from = 'x';
    try {
      schedule(input, ctx);
      throw new Error('no error');
    } catch (e) {
      expect((e as ScheduleInputError).issues.map((i) => i.path)).toEqual(['filings[0].from', 'filings[1].from', 'filings[2].from', 'filings[3].from']);
      expect((e as ScheduleInputError).messages.en).toContain('(and 3 more)');
    }
  });
  it('is not an object at all', () => {
    expect(() => schedule([], ctx)).toThrow(ScheduleInputError);
  });
});

describe('selectPolicy', () => {
  it('takes the version named, else the one in force on today', () => {
    expect(selectPolicy({ policy: 'yunhe-2025' }, [YUNHE_2025]).id).toBe('yunhe-2025');
    expect(selectPolicy({ today: '2025-10-20' }, [YUNHE_2025]).id).toBe('yunhe-2025');
    expect(() => selectPolicy({ today: '2025-01-02' }, [YUNHE_2025])).toThrow(/no policy version is in force/);
    expect(() => selectPolicy({ policy: 'x' }, [YUNHE_2025])).toThrow(/unknown policy version/);
  });
});

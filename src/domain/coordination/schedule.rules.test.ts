/** One case per rule the scheduler obeys, on the real Chinese calendar and the Yunhe policy. */
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.ts';
import { YUNHE_2025 } from '../policy/index.ts';
import { schedule, type ScheduleInput, type ScheduleOutput, type SchedulerPolicy } from './index.ts';
import { violations } from './testing/checker.ts';

const calendar = buildCalendar();
type Ent = ScheduleInput['enterprises'][number];
type Fil = ScheduleInput['filings'][number];

function ent(id: string, grade: Ent['grade'], extra: Partial<Ent> = {}): Ent {
  return { id, grade, onsiteVisitsThisYear: 0, departmentVisitsThisYear: {}, ...extra };
}
let seq = 0;
function fil(enterprise: string, department: string, from: string, to: string, extra: Partial<Fil> = {}): Fil {
  return { id: `f${++seq}`, enterprise, department, from, to, ...extra };
}
function run(today: string, enterprises: Ent[], filings: Fil[], opts: { policy?: Partial<SchedulerPolicy>; capacity?: Record<string, number> } = {}): ScheduleOutput {
  const ids = new Set(['X', 'Y', 'Z', ...filings.map((f) => f.department)]);
  const departments = [...ids].map((id) => ({ id, capacityPerDay: opts.capacity?.[id] ?? null }));
  const input: ScheduleInput = { today, enterprises, departments, filings };
  const policy = { ...YUNHE_2025, ...opts.policy };
  const out = schedule(input, { calendar, policy });
  expect(violations(input, out, calendar, policy)).toEqual([]);
  return out;
}
const reasonOf = (out: ScheduleOutput, id: string) => out.unscheduled.find((u) => u.filing === id)?.reason;
const dateOf = (out: ScheduleOutput, id: string) => out.visits.find((v) => v.filings.some((f) => f.id === id))?.date;

describe('R9 advance notice and working days', () => {
  it('puts the first visit on the earliest day the notice lead allows (SPEC example: 09-26 → 10-11, a make-up Saturday)', () => {
    const a = fil('E', 'X', '2025-09-29', '2025-10-20');
    const out = run('2025-09-26', [ent('E', 'C')], [a]);
    expect(dateOf(out, a.id)).toBe('2025-10-11');
  });
  it('leaves out a window that ends before that day, saying from when it could be', () => {
    const a = fil('E', 'X', '2025-09-29', '2025-10-10');
    const out = run('2025-09-26', [ent('E', 'C')], [a]);
    expect(reasonOf(out, a.id)).toBe('NO_LAWFUL_DAY');
    expect(out.unscheduled[0].message.zh).toContain('2025-10-11');
  });
  it('never plans on a holiday or a weekend', () => {
    const holiday = fil('E', 'X', '2025-10-01', '2025-10-08');
    const weekend = fil('E', 'Y', '2025-11-15', '2025-11-16');
    const out = run('2025-09-10', [ent('E', 'D')], [holiday, weekend]);
    expect(reasonOf(out, holiday.id)).toBe('NO_LAWFUL_DAY');
    expect(reasonOf(out, weekend.id)).toBe('NO_LAWFUL_DAY');
  });
  it('does not guess working days in a year whose holiday arrangement is unknown', () => {
    let year = 2026;
    while (!calendar.isProvisional(year)) year++;
    const a = fil('E', 'X', `${year}-03-02`, `${year}-03-13`);
    const out = run(`${year - 1}-12-01`, [ent('E', 'D')], [a]);
    expect(reasonOf(out, a.id)).toBe('NO_LAWFUL_DAY');
    expect(out.unscheduled[0].message.en).toContain('not yet known');
  });
});

describe('R6 quiet periods', () => {
  it('keeps C and D out of day 21 to month end, B out of day 11 to month end', () => {
    const c = fil('C1', 'X', '2025-11-21', '2025-11-30');
    const b = fil('B1', 'X', '2025-11-11', '2025-11-20');
    const d = fil('D1', 'X', '2025-11-11', '2025-11-20');
    const out = run('2025-10-20', [ent('C1', 'C'), ent('B1', 'B'), ent('D1', 'D')], [c, b, d]);
    expect(reasonOf(out, c.id)).toBe('NO_LAWFUL_DAY');
    expect(reasonOf(out, b.id)).toBe('NO_LAWFUL_DAY');
    expect(out.unscheduled.find((u) => u.filing === b.id)?.message.zh).toContain('安静期');
    expect(dateOf(out, d.id)).toBe('2025-11-11');
  });
});

describe('R5 grade caps', () => {
  it('exempts grade A from routine visits', () => {
    const a = fil('E', 'X', '2025-11-03', '2025-11-10');
    expect(reasonOf(run('2025-10-20', [ent('E', 'A')], [a]), a.id)).toBe('GRADE_EXEMPT');
  });
  it('merges overlapping filings of a B enterprise into its one visit, and leaves out the one that cannot join', () => {
    const a = fil('E', 'X', '2025-11-03', '2025-11-10');
    const b = fil('E', 'Y', '2025-11-05', '2025-11-28');
    const c = fil('E', 'Z', '2025-12-01', '2025-12-10');
    const out = run('2025-10-20', [ent('E', 'B')], [a, b, c]);
    expect(out.visits).toHaveLength(1);
    expect(out.visits[0].departments).toEqual(['X', 'Y']);
    expect(reasonOf(out, c.id)).toBe('GRADE_CAP');
  });
  it('counts visits already made this year, and starts afresh on 1 January', () => {
    const a = fil('E', 'X', '2025-12-15', '2026-01-20');
    const b = fil('F', 'X', '2025-12-15', '2025-12-19');
    const out = run('2025-12-08', [ent('E', 'C', { onsiteVisitsThisYear: 2 }), ent('F', 'C', { onsiteVisitsThisYear: 2 })], [a, b]);
    expect(dateOf(out, a.id)?.startsWith('2026-01')).toBe(true);
    expect(reasonOf(out, b.id)).toBe('GRADE_CAP');
  });
});

describe('R4 department caps', () => {
  it('stops a department that has used its visits this year', () => {
    const a = fil('E', 'X', '2025-11-03', '2025-11-10');
    const out = run('2025-10-20', [ent('E', 'D', { departmentVisitsThisYear: { X: 2 } })], [a]);
    expect(reasonOf(out, a.id)).toBe('DEPARTMENT_CAP');
  });
  it('keeps the two of three disjoint filings that leave the fewest visits', () => {
    const a = fil('E', 'X', '2025-11-03', '2025-11-07');
    const b = fil('E', 'X', '2025-12-01', '2025-12-05');
    const c = fil('E', 'X', '2025-12-08', '2025-12-12');
    const d = fil('E', 'Y', '2025-12-01', '2025-12-05');
    const out = run('2025-10-20', [ent('E', 'D')], [a, b, c, d]);
    expect(out.stats.scheduled).toBe(3);
    expect(out.stats.visits).toBe(2);
    expect(dateOf(out, b.id)).toBe(dateOf(out, d.id)); // the X filing kept is the one that rides with Y
    expect(out.unscheduled.map((u) => u.reason)).toEqual(['DEPARTMENT_CAP']);
  });
  it('lets a department go again in a new calendar year', () => {
    const a = fil('E', 'X', '2025-12-15', '2026-01-20');
    const out = run('2025-12-08', [ent('E', 'D', { departmentVisitsThisYear: { X: 2 } })], [a]);
    expect(dateOf(out, a.id)?.startsWith('2026-01')).toBe(true);
  });
});

describe('joint visits: the departments-per-visit maximum, delegation, opt-out, lead', () => {
  it('splits a visit when more departments want it than the policy allows', () => {
    const fs = ['X', 'Y', 'Z'].map((d) => fil('E', d, '2025-11-03', '2025-11-14'));
    const out = run('2025-10-20', [ent('E', 'D')], fs, { policy: { maxDepartmentsPerJointVisit: 2 } });
    expect(out.stats.scheduled).toBe(3);
    expect(out.visits).toHaveLength(2);
    expect(out.visits.every((v) => v.departments.length <= 2)).toBe(true);
  });
  it('lets a department present carry a delegable filing: the owner stays home', () => {
    const own = fil('E', 'Y', '2025-11-03', '2025-11-14');
    const delegable = fil('E', 'X', '2025-11-03', '2025-11-14', { delegableTo: ['Y'] });
    const out = run('2025-10-20', [ent('E', 'C')], [own, delegable], { capacity: { X: 0 } });
    expect(out.visits).toHaveLength(1);
    expect(out.visits[0].departments).toEqual(['Y']);
    expect(out.visits[0].filings.find((f) => f.id === delegable.id)?.by).toBe('Y');
    expect(out.stats.jointRate).toBe(1);
  });
  it('does not merge an enterprise that opted out: one visit per filing, on different days', () => {
    const fs = ['X', 'Y', 'Z'].map((d) => fil('E', d, '2025-11-03', '2025-11-14'));
    const out = run('2025-10-20', [ent('E', 'C', { optOut: true })], fs);
    expect(out.visits).toHaveLength(2);
    expect(new Set(out.visits.map((v) => v.date)).size).toBe(2);
    expect(out.unscheduled.map((u) => u.reason)).toEqual(['OPT_OUT']);
  });
  it('names as lead the department carrying most filings, then the smallest id', () => {
    const fs = [fil('E', 'Y', '2025-11-03', '2025-11-14'), fil('E', 'Y', '2025-11-03', '2025-11-14'), fil('E', 'X', '2025-11-03', '2025-11-14')];
    expect(run('2025-10-20', [ent('E', 'C')], fs).visits[0].lead).toBe('Y');
    const tie = [fil('F', 'Y', '2025-11-03', '2025-11-14'), fil('F', 'X', '2025-11-03', '2025-11-14')];
    expect(run('2025-10-20', [ent('F', 'C')], tie).visits[0].lead).toBe('X');
  });
});

describe('capacity per department and working day', () => {
  it('moves a visit to another day when the team is booked, and leaves out what fits nowhere', () => {
    const a = fil('E', 'X', '2025-11-03', '2025-11-04');
    const b = fil('F', 'X', '2025-11-03', '2025-11-04');
    const c = fil('G', 'X', '2025-11-03', '2025-11-04');
    const out = run('2025-10-20', [ent('E', 'C'), ent('F', 'C'), ent('G', 'C')], [a, b, c], { capacity: { X: 1 } });
    expect(out.stats.scheduled).toBe(2);
    expect(new Set(out.visits.map((v) => v.date)).size).toBe(2);
    expect(out.unscheduled.map((u) => u.reason)).toEqual(['CAPACITY']);
  });
});

describe('stats and determinism', () => {
  it('states a lower bound and the joint rate; the same input gives the same output', () => {
    const fs = [fil('E', 'X', '2025-11-03', '2025-11-07'), fil('E', 'Y', '2025-11-05', '2025-11-14'), fil('E', 'Z', '2025-12-01', '2025-12-05'), fil('H', 'X', '2025-11-03', '2025-11-07')];
    const a = run('2025-10-20', [ent('E', 'D'), ent('H', 'C')], fs);
    expect(a.stats).toEqual({ filings: 4, scheduled: 4, visits: 3, lowerBound: 3, jointRate: 0.3333 });
    expect(run('2025-10-20', [ent('E', 'D'), ent('H', 'C')], fs)).toEqual(a);
  });
});

/**
 * Done-when of issue 5: the scheduler never breaks a rule (checked independently) and, without
 * capacity limits, matches a brute-force optimum on (filings scheduled, visits).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCalendar } from '../calendar/index.ts';
import { schedule } from './index.ts';
import { bruteForce } from './testing/brute.ts';
import { violations } from './testing/checker.ts';
import { randomInstance } from './testing/instances.ts';
import { missedAdditions } from './testing/missed.ts';

const calendar = buildCalendar();
/** Fixed for reproducible CI; soak by hand with other seeds: SCHEDULER_SEED=123 npx vitest run --project unit src/domain/coordination */
const SEED = Number(process.env.SCHEDULER_SEED ?? 20261126);

describe('scheduler against an independent rule checker (random instances)', () => {
  it('breaks no rule, lists every filing once, and misses no simple addition — with capacity limits', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { input, policy } = randomInstance(seed, { enterprises: 4, filings: 14, maxWindow: 20, withCapacity: true });
        const out = schedule(input, { calendar, policy });
        expect(violations(input, out, calendar, policy), `seed ${seed}`).toEqual([]);
        expect(missedAdditions(input, out, calendar, policy), `seed ${seed}`).toEqual([]);
      }),
      { numRuns: 1500, seed: SEED },
    );
  }, 120_000);
});

describe('scheduler against the brute-force optimum (no capacity limits)', () => {
  it('matches (scheduled, visits) on 3,000 small random instances', () => {
    let nonTrivial = 0;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const { input, policy } = randomInstance(seed, { enterprises: 2, filings: 7, maxWindow: 8, withCapacity: false });
        const out = schedule(input, { calendar, policy });
        expect(violations(input, out, calendar, policy), `seed ${seed}`).toEqual([]);
        const best = bruteForce(input, calendar, policy);
        if (best.scheduled > 0 && best.scheduled < input.filings.length) nonTrivial++;
        expect({ scheduled: out.stats.scheduled, visits: out.stats.visits }, `seed ${seed}`).toEqual(best);
      }),
      { numRuns: 3000, seed: SEED },
    );
    expect(nonTrivial).toBeGreaterThan(300);
  }, 120_000);
});

describe('the larger-enterprise searches', () => {
  it('the search over visit days (capped grades) also matches the brute-force optimum', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) => {
        const made = randomInstance(seed, { enterprises: 1, filings: 9, maxWindow: 8, withCapacity: false, grades: ['B', 'C'], spread: 12 });
        const input = made.input;
        // few departments per visit, so that the relaxation is often unlawful and the search runs
        const policy = { ...made.policy, maxDepartmentsPerJointVisit: 1 + (seed % 2) };
        const out = schedule(input, { calendar, policy, smallSearchFilings: 0 });
        expect(violations(input, out, calendar, policy), `seed ${seed}`).toEqual([]);
        expect({ scheduled: out.stats.scheduled, visits: out.stats.visits }, `seed ${seed}`).toEqual(bruteForce(input, calendar, policy));
      }),
      { numRuns: 3000, seed: SEED },
    );
  }, 120_000);
  it('stay lawful on enterprises with dozens of filings', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), (seed, withCapacity) => {
        const { input, policy } = randomInstance(seed, { enterprises: 2, filings: 60, maxWindow: 40, withCapacity });
        const out = schedule(input, { calendar, policy });
        expect(violations(input, out, calendar, policy), `seed ${seed}`).toEqual([]);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 120_000);
  it('leave no filing out that could simply join a visit, on a fixed sample of large enterprises', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), fc.boolean(), (seed, withCapacity) => {
        const { input, policy } = randomInstance(seed, { enterprises: 2, filings: 60, maxWindow: 40, withCapacity });
        const out = schedule(input, { calendar, policy });
        expect(missedAdditions(input, out, calendar, policy), `seed ${seed}`).toEqual([]);
      }),
      { numRuns: 300, seed: SEED },
    );
  }, 120_000);
  // Found by a random run (issue 5): the bounded search on a large enterprise left filings out for
  // DEPARTMENT_CAP that could join the visit their department already makes on 2026-05-20. The
  // final join pass (solve.ts, joinLeftOut) adds them.
  it('seed 2004065494: no filing is left out that could join the visit of 2026-05-20', () => {
    const { input, policy } = randomInstance(2004065494, { enterprises: 2, filings: 60, maxWindow: 40, withCapacity: true });
    const out = schedule(input, { calendar, policy });
    expect(violations(input, out, calendar, policy)).toEqual([]);
    expect(missedAdditions(input, out, calendar, policy)).toEqual([]);
    for (const id of ['F4', 'F6', 'F9']) expect(out.visits.find((v) => v.date === '2026-05-20' && v.enterprise === 'E2')?.filings.map((f) => f.id)).toContain(id);
  });
});


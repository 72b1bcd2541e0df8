/**
 * scheduleParallel (phase 1 sharded over worker threads) gives exactly schedule()'s answer:
 * same visits in the same order, same reasons and messages, same stats — with and without
 * capacity limits, for two and three threads; and bad input is refused the same way.
 */
import { describe, expect, it } from 'vitest';
import { generateInstance } from '../../../bench/scheduler/generate.ts';
import { buildCalendar } from '../calendar/index.ts';
import { YUNHE_2025 } from '../policy/index.ts';
import { schedule, scheduleParallel, ScheduleInputError } from './index.ts';
import { shardCuts } from './parallel.ts';
import { violations } from './testing/checker.ts';
import { randomInstance } from './testing/instances.ts';

const calendar = buildCalendar();
const ctx = { calendar, policy: YUNHE_2025 };

describe('scheduleParallel', () => {
  it('answers exactly as schedule() on a few thousand realistic filings, with and without capacity', async () => {
    for (const capacity of ['none', 'tight'] as const) {
      const input = generateInstance({ filings: 4000, seed: 11, capacity });
      const expected = schedule(input, ctx);
      expect(expected.stats.scheduled).toBeGreaterThan(1000);
      for (const threads of [2, 3]) {
        const { output, diagnostics } = await scheduleParallel(input, ctx, { threads, minFilings: 0 });
        expect(output, `${capacity}, ${threads} threads`).toEqual(expected);
        expect(diagnostics.shards?.filter((s) => s.worker)).toHaveLength(threads - 1);
        expect(diagnostics.shards?.reduce((a, s) => a + s.filings, 0)).toBe(4000);
      }
      expect(violations(input, expected, calendar, YUNHE_2025)).toEqual([]);
    }
  }, 60_000);

  it('answers exactly as schedule() on random instances with large enterprises', async () => {
    for (const seed of [5, 17, 2004065494]) {
      const { input, policy } = randomInstance(seed, { enterprises: 2, filings: 60, maxWindow: 40, withCapacity: seed % 2 === 1 });
      const c = { calendar, policy };
      expect((await scheduleParallel(input, c, { minFilings: 0 })).output, `seed ${seed}`).toEqual(schedule(input, c));
    }
  }, 60_000);

  it('refuses bad input with the same field path, and runs small inputs on the calling thread', async () => {
    const input = generateInstance({ filings: 300, seed: 2 });
    input.filings[7].to = '2026-02-30';
    await expect(scheduleParallel(input, ctx, { minFilings: 0 })).rejects.toThrow(ScheduleInputError);
    await expect(scheduleParallel(input, ctx, { minFilings: 0 })).rejects.toMatchObject({ path: 'filings[7].to' });
    const small = await scheduleParallel(generateInstance({ filings: 300, seed: 2 }), ctx);
    expect(small.diagnostics.shards).toBeUndefined();
  });

  it('cuts enterprises into shards of nearly equal filings', () => {
    const fEnt = Int32Array.from([0, 0, 0, 1, 2, 2, 3, 3, 3, 3]);
    expect(shardCuts(fEnt, 4, 2)).toEqual([0, 3, 4]); // 6 and 4 filings
    expect(shardCuts(fEnt, 4, 1)).toEqual([0, 4]);
    const cuts = shardCuts(new Int32Array(0), 3, 3);
    expect(cuts).toHaveLength(4);
    expect(cuts[0]).toBe(0);
    expect(cuts[3]).toBe(3);
    for (let k = 1; k < 4; k++) expect(cuts[k]).toBeGreaterThanOrEqual(cuts[k - 1]);
  });
});

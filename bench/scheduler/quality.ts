/**
 * Plan quality against exact optima.
 *   npx tsx bench/scheduler/quality.ts [--small 3000] [--tiny 500] [--ilp 10] [--ilp-filings 600]
 *  1. no capacity limits, small random instances: the scheduler against brute force — how many
 *     match on (filings scheduled, visits);
 *  2. with capacity limits, tiny instances: against brute force with capacity;
 *  3. with capacity limits, county-like instances of a few hundred filings: against the integer
 *     optimum from HiGHS (needs the `highs` package; reported as skipped without it).
 */
import { parseArgs } from 'node:util';
import { buildCalendar } from '../../src/domain/calendar/index.ts';
import { schedule, scheduleWithDiagnostics } from '../../src/domain/coordination/index.ts';
import { bruteForce } from '../../src/domain/coordination/testing/brute.ts';
import { randomInstance } from '../../src/domain/coordination/testing/instances.ts';
import { YUNHE_2025 } from '../../src/domain/policy/index.ts';
import { exactWithCapacity } from './exact-capacity.ts';
import { generateInstance } from './generate.ts';
import { buildIlp, solveIlp } from './ilp.ts';

const { values } = parseArgs({
  options: {
    small: { type: 'string', default: '3000' },
    tiny: { type: 'string', default: '500' },
    ilp: { type: 'string', default: '10' },
    'ilp-filings': { type: 'string', default: '600' },
  },
});
const calendar = buildCalendar();
const pct = (a: number, b: number) => (b === 0 ? 0 : Math.round((a / b) * 10000) / 100);

// 1. without capacity: exact?
let matched = 0, nonTrivial = 0;
const small = Number(values.small);
for (let seed = 1; seed <= small; seed++) {
  const { input, policy } = randomInstance(seed, { enterprises: 2, filings: 7, maxWindow: 8, withCapacity: false });
  const out = schedule(input, { calendar, policy });
  const best = bruteForce(input, calendar, policy);
  if (best.scheduled > 0) nonTrivial++;
  if (best.scheduled === out.stats.scheduled && best.visits === out.stats.visits) matched++;
}

// 2. with capacity, tiny: gap to the brute-force optimum
const tiny = Number(values.tiny);
let optimal = 0, schedOpt = 0, schedGot = 0, visitsOpt = 0, visitsGot = 0;
for (let seed = 1; seed <= tiny; seed++) {
  const { input, policy } = randomInstance(seed, { enterprises: 3, filings: 7, maxWindow: 6, withCapacity: true, spread: 8 });
  const out = schedule(input, { calendar, policy });
  const best = exactWithCapacity(input, calendar, policy);
  schedOpt += best.scheduled;
  schedGot += out.stats.scheduled;
  visitsOpt += best.visits;
  visitsGot += out.stats.visits;
  if (best.scheduled === out.stats.scheduled && best.visits === out.stats.visits) optimal++;
}

const report: Record<string, unknown> = {
  withoutCapacity: { instances: small, withSomethingToSchedule: nonTrivial, matchingBruteForce: matched, percent: pct(matched, small) },
  withCapacityTiny: {
    instances: tiny,
    optimal,
    optimalPercent: pct(optimal, tiny),
    scheduledVsOptimumPercent: pct(schedGot, schedOpt),
    visitsScheduler: visitsGot,
    visitsOptimum: visitsOpt,
  },
};

// 3. with capacity against the integer optimum
const runs = Number(values.ilp);
const ilpRows: unknown[] = [];
for (let seed = 1; seed <= runs; seed++) {
  const input = generateInstance({ filings: Number(values['ilp-filings']), enterprises: Math.round(Number(values['ilp-filings']) / 6), seed, capacity: 'tight' });
  const policy = YUNHE_2025;
  const { output, diagnostics } = scheduleWithDiagnostics(input, { calendar, policy });
  const result = await solveIlp(buildIlp(input, calendar, policy), 300);
  if (!result.available) {
    report.ilp = { skipped: `highs not available (${result.error}); install it to compare with the integer optimum` };
    break;
  }
  ilpRows.push({
    seed,
    filings: input.filings.length,
    ilpStatus: result.status,
    ilpScheduled: result.scheduled,
    ilpVisits: result.visits,
    ilpSeconds: result.seconds,
    scheduled: output.stats.scheduled,
    visits: output.stats.visits,
    scheduledGapPercent: Math.round((1 - output.stats.scheduled / Math.max(1, result.scheduled)) * 10000) / 100,
    capacityDropped: diagnostics.capacityDropped,
  });
  report.ilp = ilpRows;
}
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

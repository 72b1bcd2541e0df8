/**
 * In-process rule-check benchmark: a full R1–R15 evaluation (checkInspection with every input
 * given, plus checkOfficialVisit for R6/R10 and checkGuidanceService for R14).
 * Run: npx tsx bench/rules/run.ts   (prints µs per evaluation; target < 50 µs)
 */
import { buildCalendar } from '../../src/domain/calendar/build.ts';
import { YUNHE_2025 } from '../../src/domain/policy/yunhe-2025.ts';
import { checkGuidanceService, checkInspection, checkOfficialVisit } from '../../src/domain/rules/index.ts';
import { fullInput, input, officialVisit } from '../../src/domain/rules/test-fixtures.ts';
import type { InspectionCheckInput, RuleContext } from '../../src/domain/rules/types.ts';

const t0 = process.hrtime.bigint();
const calendar = buildCalendar();
const buildMs = Number(process.hrtime.bigint() - t0) / 1e6;
const ctx: RuleContext = { calendar, policy: YUNHE_2025 };

const full = fullInput();
const fullD: InspectionCheckInput = { ...full, inspection: { ...full.inspection, date: '2026-04-08', enterprise: { ...full.inspection.enterprise, grade: 'D' } } };
const quiet = input({ date: '2026-03-23', noticeDate: '2026-03-27' });
const visit = officialVisit({ date: '2026-03-31', reportDate: '2026-03-30' });
const guidance = { id: 'g1', findingsRecorded: 0, penaltiesImposed: 0 };

const cases: [string, () => unknown][] = [
  ['full R1–R15, every input given (grade D, warns only)', () => {
    checkInspection(fullD, ctx);
    checkOfficialVisit(visit, ctx);
    checkGuidanceService(guidance, ctx);
  }],
  ['checkInspection, full input, blocked by a cap (grade C)', () => checkInspection(full, ctx)],
  ['checkInspection, quiet period + late notice (earliest-date search)', () => checkInspection(quiet, ctx)],
];

function measure(fn: () => unknown, iterations: number): number {
  const start = process.hrtime.bigint();
  for (let i = 0; i < iterations; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e3 / iterations;
}

console.log(`calendar build (2020–2035): ${buildMs.toFixed(1)} ms`);
for (const [name, fn] of cases) {
  measure(fn, 5_000); // warm-up
  const runs = Array.from({ length: 7 }, () => measure(fn, 20_000)).sort((a, b) => a - b);
  const median = runs[3];
  console.log(`${name}: ${median.toFixed(2)} µs/op (median of 7 × 20,000; min ${runs[0].toFixed(2)}, max ${runs[6].toFixed(2)})`);
}

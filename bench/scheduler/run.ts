/**
 * Scheduler benchmark at scale.
 *   npx tsx bench/scheduler/run.ts --filings 1000000 [--enterprises 100000] [--capacity none|tight] [--seed 1] [--e2e]
 *   npx tsx bench/scheduler/run.ts --filings 1000000 --write input.json   (the instance only, for timing `yqs schedule`)
 * Reports the time of schedule() (validation + planning + output objects), the process's peak RSS,
 * and the plan's quality against its lower bound. --e2e also times the command-line path: JSON
 * text in → JSON.parse → schedule → JSON.stringify, with the generated objects dropped first.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCalendar } from '../../src/domain/calendar/index.ts';
import { scheduleWithDiagnostics } from '../../src/domain/coordination/index.ts';
import { YUNHE_2025 } from '../../src/domain/policy/index.ts';
import { generateInstance } from './generate.ts';

const { values } = parseArgs({
  options: {
    filings: { type: 'string', default: '100000' },
    enterprises: { type: 'string' },
    capacity: { type: 'string', default: 'none' },
    seed: { type: 'string', default: '1' },
    e2e: { type: 'boolean', default: false },
    write: { type: 'string' },
  },
});
const filings = Number(values.filings);
const capacity = values.capacity === 'tight' ? 'tight' : 'none';
const mb = (bytes: number) => Math.round(bytes / 1048576);
const calendar = buildCalendar();
const ctx = { calendar, policy: YUNHE_2025, now: () => performance.now() };

const g0 = performance.now();
let input: ReturnType<typeof generateInstance> | undefined = generateInstance({
  filings,
  enterprises: values.enterprises ? Number(values.enterprises) : undefined,
  seed: Number(values.seed),
  capacity,
});
const generateMs = performance.now() - g0;
const enterprises = input.enterprises.length;
if (values.write) {
  writeFileSync(values.write, JSON.stringify(input));
  process.stdout.write(`wrote ${values.write}: ${filings} filings, ${enterprises} enterprises\n`);
  process.exit(0);
}

let text: string | undefined;
if (values.e2e) {
  text = JSON.stringify(input);
  input = undefined;
}
global.gc?.();
const rssBefore = process.memoryUsage().rss;
const t0 = performance.now();
const parsed: unknown = text !== undefined ? JSON.parse(text) : input;
text = undefined;
const t1 = performance.now();
const cpu0 = process.cpuUsage();
const { output, diagnostics } = scheduleWithDiagnostics(parsed, ctx);
const cpu = process.cpuUsage(cpu0);
const t2 = performance.now();
const outText = values.e2e ? JSON.stringify(output) : '';
const t3 = performance.now();
const peak = process.resourceUsage().maxRSS * 1024;
const s = output.stats;
const report = {
  filings,
  enterprises,
  departments: 20,
  capacity,
  generateMs: Math.round(generateMs),
  scheduleMs: Math.round(t2 - t1),
  scheduleCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  phasesMs: Object.fromEntries(Object.entries(diagnostics.millis).map(([k, v]) => [k, Math.round(v)])),
  ...(values.e2e ? { parseMs: Math.round(t1 - t0), stringifyMs: Math.round(t3 - t2), outputMB: mb(outText.length), endToEndMs: Math.round(t3 - t0) } : {}),
  peakRssMB: mb(peak),
  rssBeforeScheduleMB: mb(rssBefore),
  heapUsedMB: mb(process.memoryUsage().heapUsed),
  scheduled: s.scheduled,
  unscheduled: output.unscheduled.length,
  reasons: output.unscheduled.reduce<Record<string, number>>((acc, u) => ((acc[u.reason] = (acc[u.reason] ?? 0) + 1), acc), {}),
  visits: s.visits,
  lowerBound: s.lowerBound,
  gapPercent: s.lowerBound === 0 ? 0 : Math.round(((s.visits - s.lowerBound) / s.lowerBound) * 10000) / 100,
  jointRate: s.jointRate,
  exactness: { certified: diagnostics.certified, searched: diagnostics.searched, inexact: diagnostics.inexact, searchNodes: diagnostics.searchNodes },
  capacityPhase: { moved: diagnostics.capacityMoved, dropped: diagnostics.capacityDropped, reinserted: diagnostics.capacityReinserted },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);

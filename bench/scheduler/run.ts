/**
 * Scheduler benchmark at scale.
 *   npx tsx bench/scheduler/run.ts --filings 1000000 [--enterprises 100000] [--capacity none|tight] [--seed 1] [--threads 2] [--clock cpu|wall] [--e2e]
 *   npx tsx bench/scheduler/run.ts --filings 1000000 --write input.json   (the instance only, for timing `yqs schedule`)
 * Reports the time of scheduleParallel() (validation + planning + output objects; --threads 1 is the
 * sequential schedule()), CPU time of all threads, the process's peak RSS,
 * and the plan's quality against its lower bound. --e2e also times the command-line path: JSON
 * text in → JSON.parse → schedule → JSON.stringify, with the generated objects dropped first.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { buildCalendar } from '../../src/domain/calendar/index.ts';
import { scheduleParallel } from '../../src/domain/coordination/index.ts';
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
    threads: { type: 'string', default: '2' },
    clock: { type: 'string', default: 'cpu' },
  },
});
const filings = Number(values.filings);
const capacity = values.capacity === 'tight' ? 'tight' : 'none';
const mb = (bytes: number) => Math.round(bytes / 1048576);
const calendar = buildCalendar();
// phase timings in CPU time of the calling thread: on a machine shared with other work, wall time says little
const threadCpuMs = () => {
  const u = process.threadCpuUsage?.(); // Node ≥ 22.19
  return u ? (u.user + u.system) / 1000 : Number.NaN;
};
const ctx = { calendar, policy: YUNHE_2025, now: values.clock === 'wall' ? () => performance.now() : threadCpuMs };

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
const main0 = threadCpuMs();
const { output, diagnostics } = await scheduleParallel(parsed, ctx, { threads: Number(values.threads) });
const cpu = process.cpuUsage(cpu0);
const mainCpuMs = threadCpuMs() - main0;
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
  threads: Number(values.threads),
  generateMs: Math.round(generateMs),
  scheduleMs: Math.round(t2 - t1),
  scheduleCpuMs: Math.round((cpu.user + cpu.system) / 1000),
  // CPU of the calling thread over the call, and per thread in phase 1: on an otherwise idle machine the
  // wall time is about criticalPathCpuMs (the calling thread's CPU with its own shard replaced by the slowest one)
  mainThreadCpuMs: Math.round(mainCpuMs),
  shards: diagnostics.shards?.map((s) => ({ ...s, cpuMs: Math.round(s.cpuMs), wallMs: Math.round(s.wallMs) })),
  criticalPathCpuMs: Math.round(
    mainCpuMs - (diagnostics.shards?.find((s) => !s.worker)?.cpuMs ?? 0) + Math.max(0, ...(diagnostics.shards ?? []).map((s) => s.cpuMs)),
  ),
  [values.clock === 'wall' ? 'phasesWallMs' : 'phasesMainThreadCpuMs']: Object.fromEntries(Object.entries(diagnostics.millis).map(([k, v]) => [k, Math.round(v)])),
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

/**
 * scheduleParallel: the same plan as schedule(), with phase 1 (every enterprise on its own,
 * without capacity) split over threads by ranges of enterprises. Validation, the capacity phase
 * and the output stay on the calling thread: they need the input objects or couple enterprises.
 * The result is identical to schedule()'s (shards are merged in enterprise order, so visits are
 * numbered as in one pass; parallel.test.ts compares them). Small inputs, or a worker that cannot
 * start, fall back to the calling thread. Not pure (it starts threads): schedule() stays the
 * domain's pure entry point; this one serves `yqs schedule` and the benchmark.
 */
import { Worker } from 'node:worker_threads';
import { planWithoutCapacity, type PhaseOneStats } from './plan.ts';
import { finishSchedule, scheduleWithDiagnostics, startSchedule, type ScheduleResult, type ScheduleRun } from './schedule.ts';
import { addStats, mergeShard, planInput, schedulerPolicy, type ShardRequest, type ShardResult } from './shard.ts';
import type { ScheduleDiagnostics, SchedulerContext } from './types.ts';

export interface ParallelOptions {
  /** Threads in all, the calling one included (default 2: this machine's cores). */
  threads?: number;
  /** Below this many filings everything runs on the calling thread (default 50,000). */
  minFilings?: number;
}

type Reply = { ok: true; result: ShardResult } | { ok: false; error: string };

/** A worker thread that answers one shard request. */
class ShardWorker {
  private readonly worker: Worker;
  private answer: ((r: ShardResult | null) => void) | null = null;
  private failed = false;

  constructor() {
    this.worker = new Worker(new URL('./worker.mjs', import.meta.url), { execArgv: [] });
    this.worker.on('message', (m: Reply) => this.answer?.(m.ok ? m.result : null));
    const fail = () => {
      this.failed = true;
      this.answer?.(null);
    };
    this.worker.on('error', fail);
    this.worker.on('exit', fail);
  }

  /**
   * Sends the request at once — the worker queues it until its code has loaded, and works on it
   * while this thread plans its own shard — and resolves with the result, or null when the
   * worker failed (the caller then plans the shard itself).
   */
  solve(req: ShardRequest): Promise<ShardResult | null> {
    if (this.failed) return Promise.resolve(null);
    const answer = new Promise<ShardResult | null>((resolve) => (this.answer = resolve));
    this.worker.postMessage(req);
    return answer;
  }

  close(): void {
    this.worker.removeAllListeners('exit');
    void this.worker.terminate();
  }
}

function filingCount(input: unknown): number {
  const f = typeof input === 'object' && input !== null ? (input as { filings?: unknown }).filings : undefined;
  return Array.isArray(f) ? f.length : 0;
}

/** This thread's CPU time in ms; NaN where the runtime cannot tell (process.threadCpuUsage: Node ≥ 22.19). */
function threadCpuMs(): number {
  const usage = (process as { threadCpuUsage?: () => NodeJS.CpuUsage }).threadCpuUsage?.();
  return usage ? (usage.user + usage.system) / 1000 : Number.NaN;
}

function filingsIn(fEnt: Int32Array, e0: number, e1: number): number {
  let n = 0;
  for (let i = 0; i < fEnt.length; i++) if (fEnt[i] >= e0 && fEnt[i] < e1) n++;
  return n;
}

/** Enterprise boundaries splitting the filings into `k` nearly equal shards: cut[0] = 0 … cut[k] = E. */
export function shardCuts(fEnt: Int32Array, E: number, k: number): number[] {
  const per = new Int32Array(E);
  for (let i = 0; i < fEnt.length; i++) per[fEnt[i]]++;
  const cuts = [0];
  let acc = 0;
  for (let e = 0; e < E && cuts.length < k; e++) {
    acc += per[e];
    if (acc >= (fEnt.length * cuts.length) / k) cuts.push(e + 1);
  }
  while (cuts.length <= k) cuts.push(E);
  cuts[k] = E;
  return cuts;
}

export async function scheduleParallel(input: unknown, ctx: SchedulerContext, o: ParallelOptions = {}): Promise<ScheduleResult> {
  const threads = Math.max(1, Math.floor(o.threads ?? 2));
  if (threads < 2 || filingCount(input) < (o.minFilings ?? 50_000)) return scheduleWithDiagnostics(input, ctx);
  // the workers load their code while this thread validates the input
  const workers = Array.from({ length: threads - 1 }, () => new ShardWorker());
  try {
    const run: ScheduleRun = startSchedule(input, ctx);
    const E = run.prep.entGrade.length;
    const cuts = shardCuts(run.prep.fEnt, E, threads);
    const shared = { prep: planInput(run.prep), axis: run.axis, policy: schedulerPolicy(ctx.policy), deptOrder: run.deptOrder, budget: run.budget, smallSearch: ctx.smallSearchFilings };
    const pending = workers.map((w, k) => w.solve({ ...shared, e0: cuts[k + 1], e1: cuts[k + 2] }));
    const shards: NonNullable<ScheduleDiagnostics['shards']> = [];
    const plan = (e0: number, e1: number): PhaseOneStats => {
      const cpu0 = threadCpuMs(), wall0 = performance.now();
      const stats = planWithoutCapacity(run.prep, run.axis, ctx.policy, run.caps, run.coverer, run.fates, run.store, run.budget, ctx.smallSearchFilings, e0, e1);
      shards.push({ enterprises: e1 - e0, filings: filingsIn(run.prep.fEnt, e0, e1), cpuMs: threadCpuMs() - cpu0, wallMs: performance.now() - wall0, worker: false });
      return stats;
    };
    let p1: PhaseOneStats = plan(cuts[0], cuts[1]);
    for (let k = 0; k < workers.length; k++) {
      const r = await pending[k];
      if (r) {
        mergeShard(run.prep, run.fates, run.store, r);
        const t = r.timing ?? { cpuMs: Number.NaN, wallMs: Number.NaN };
        shards.push({ enterprises: r.e1 - r.e0, filings: filingsIn(run.prep.fEnt, r.e0, r.e1), ...t, worker: true });
      }
      p1 = addStats(p1, r ? r.stats : plan(cuts[k + 1], cuts[k + 2]));
    }
    const result = finishSchedule(run, p1, ctx);
    result.diagnostics.shards = shards;
    return result;
  } finally {
    workers.forEach((w) => w.close());
  }
}

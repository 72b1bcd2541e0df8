// Worker thread of scheduleParallel (parallel.ts): loads the TypeScript sources through tsx, then
// plans each shard it is sent (shard.ts) and sends the result back, buffers transferred.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { solveShard } = await import('./shard.ts');
parentPort.on('message', (request) => {
  try {
    const cpu0 = process.threadCpuUsage?.(), wall0 = performance.now();
    const { result, transfer } = solveShard(request);
    const cpu = process.threadCpuUsage?.(cpu0);
    result.timing = { cpuMs: cpu ? (cpu.user + cpu.system) / 1000 : Number.NaN, wallMs: performance.now() - wall0 };
    parentPort.postMessage({ ok: true, result }, transfer);
  } catch (error) {
    parentPort.postMessage({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) });
  }
});

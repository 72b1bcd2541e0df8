/**
 * A small bounded HTTP load loop: a fixed number of GET requests over N keep-alive connections to
 * 127.0.0.1, run in a worker thread so the load does not share the servers' event loop. Each
 * request's latency is measured from send to the last body byte.
 */
import { Worker } from 'node:worker_threads';

export interface LoadResult {
  requests: number;
  seconds: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  statuses: Record<string, number>;
  /** Responses whose body did not contain the expected text. */
  unexpected: number;
}

export interface LoadOptions {
  /** Paths to request in turn (e.g. one per code). */
  paths: string[];
  port: number;
  total: number;
  concurrency: number;
  /** Text every 200 body must contain. */
  expect: string;
}

// Plain JavaScript, evaluated in the worker (no TypeScript loader needed there).
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const http = require('node:http');
const { paths, port, total, concurrency, expect } = workerData;
if (!/^\\/[\\x21-\\x7e]*$/.test(paths[0])) throw new Error('bad path');
const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency, maxFreeSockets: concurrency });
function get(path) {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const req = http.request({ host: '127.0.0.1', port, path, method: 'GET', agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ ms: Number(process.hrtime.bigint() - t0) / 1e6, status: res.statusCode, body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}
(async () => {
  const latencies = new Float64Array(total);
  const statuses = {};
  let unexpected = 0;
  let next = 0;
  const start = process.hrtime.bigint();
  const worker = async () => {
    while (next < total) {
      const n = next++;
      const r = await get(paths[n % paths.length]);
      latencies[n] = r.ms;
      statuses[r.status] = (statuses[r.status] || 0) + 1;
      if (r.status !== 200 || !r.body.includes(expect)) unexpected++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  agent.destroy();
  latencies.sort();
  const pct = (p) => latencies[Math.min(total - 1, Math.floor((p / 100) * total))];
  parentPort.postMessage({ requests: total, seconds, perSecond: total / seconds, p50: pct(50), p90: pct(90), p99: pct(99), max: latencies[total - 1], statuses, unexpected });
})().catch((e) => { throw e; });
`;

export function runLoad(o: LoadOptions): Promise<LoadResult> {
  if (o.total < 1 || o.concurrency < 1 || o.paths.length === 0) throw new Error('runLoad: nothing to do');
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, { eval: true, workerData: o });
    worker.once('message', (m: LoadResult) => resolve(m));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`load worker exited with ${code}`));
    });
  });
}

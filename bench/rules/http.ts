/**
 * Rule-check throughput over HTTP: the real app in process on a random 127.0.0.1 port, a fresh
 * PGlite database with the demo county, and N concurrent workers sending POST /api/v1/rule-checks
 * (signed in as the coordinator, with the session cookie and CSRF token) until a fixed count is
 * done. Prints requests/s and latency percentiles. Bounded: nothing runs open-ended, nothing
 * leaves 127.0.0.1.
 *
 * Run: npx tsx bench/rules/http.ts [requests=5000] [concurrency=8] [enterprises=3000]
 *      BENCH_DATABASE_URL=postgres://…/empty_db npx tsx bench/rules/http.ts   (PostgreSQL; the database must be empty)
 */
import type { AddressInfo } from 'node:net';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { isEmpty, seedDemo } from '../../src/db/seed/seed-demo.ts';
import { buildApp } from '../../src/server/app.ts';

const arg = (i: number, fallback: number) => {
  const v = Number(process.argv[2 + i]);
  return Number.isInteger(v) && v > 0 ? v : fallback;
};
const REQUESTS = arg(0, 5000);
const CONCURRENCY = arg(1, 8);
const ENTERPRISES = arg(2, 3000);
const WARMUP = Math.min(500, Math.ceil(REQUESTS / 10));

const log = (s: string) => process.stderr.write(`${s}\n`);

const handle = process.env.BENCH_DATABASE_URL ? await openDatabase({ url: process.env.BENCH_DATABASE_URL }) : await openDatabase({ dataDir: 'memory://' });
await migrate(handle.db);
if (await isEmpty(handle.db)) {
  const t0 = performance.now();
  await seedDemo(handle.db, { enterprises: ENTERPRISES });
  log(`seeded the demo county (${ENTERPRISES} enterprises) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}
const deps = { db: handle.db, config: loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent' }), now: () => new Date() };
const app = await buildApp(deps, { serveUi: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;

const login = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'coordinator', password: 'demo1234' }) });
if (login.status !== 200) throw new Error(`sign-in failed: ${login.status} ${await login.text()}`);
const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
const { csrfToken } = (await login.json()) as { csrfToken: string };

// Request mix: graded enterprises × departments with their active items × working days of 2026, some with notice dates.
const enterprises = (await handle.db.selectFrom('enterprises').select('uscc').where('grade', 'is not', null).orderBy('id').limit(500).execute()).map((e) => e.uscc);
const items = await handle.db
  .selectFrom('inspection_items as i')
  .innerJoin('departments as d', 'd.id', 'i.department_id')
  .select(['d.code as department', 'i.code'])
  .where('i.status', '=', 'active')
  .orderBy('i.id')
  .execute();
const departments = [...new Set(items.map((i) => i.department))].map((code) => ({ code, items: items.filter((i) => i.department === code).map((i) => i.code) }));
const dates = Array.from({ length: 300 }, (_, i) => new Date(Date.UTC(2026, 0, 5) + i * 86_400_000).toISOString().slice(0, 10));

function body(n: number): string {
  const d = departments[n % departments.length];
  const date = dates[(n * 7) % dates.length];
  const notice = n % 3 === 0 ? dates[Math.max(0, (n * 7) % dates.length - 9)] : undefined;
  return JSON.stringify({
    enterprise: enterprises[(n * 13) % enterprises.length],
    department: d.code,
    items: d.items.slice(0, 1 + (n % 3)),
    mode: n % 5 === 0 ? 'offsite' : 'onsite',
    date,
    ...(notice ? { noticeDate: notice } : {}),
    ...(n % 11 === 0 ? { exceptionCase: 'COMPLAINT_REPORT' } : {}),
  });
}

const headers = { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken };
const statuses = new Map<number, number>();
const verdicts = new Map<string, number>();

async function run(total: number, record: boolean): Promise<number[]> {
  const latencies: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < total) {
      const n = next++;
      const t0 = performance.now();
      const res = await fetch(`${base}/api/v1/rule-checks`, { method: 'POST', headers, body: body(n) });
      const json = (await res.json()) as { verdict?: string };
      const ms = performance.now() - t0;
      if (!record) continue;
      latencies.push(ms);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (json.verdict) verdicts.set(json.verdict, (verdicts.get(json.verdict) ?? 0) + 1);
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return latencies;
}

try {
  await run(WARMUP, false);
  const t0 = performance.now();
  const latencies = await run(REQUESTS, true);
  const seconds = (performance.now() - t0) / 1000;
  latencies.sort((a, b) => a - b);
  const pct = (p: number) => latencies[Math.min(latencies.length - 1, Math.floor((p / 100) * latencies.length))].toFixed(2);
  console.log(`POST /api/v1/rule-checks on ${handle.kind}, ${departments.length} departments, ${enterprises.length} enterprises in the mix`);
  console.log(`${REQUESTS} requests, ${CONCURRENCY} concurrent (after ${WARMUP} warm-up): ${(REQUESTS / seconds).toFixed(0)} requests/s in ${seconds.toFixed(2)} s`);
  console.log(`latency ms: p50 ${pct(50)} · p90 ${pct(90)} · p99 ${pct(99)} · max ${latencies[latencies.length - 1].toFixed(2)}`);
  console.log(`status: ${JSON.stringify(Object.fromEntries(statuses))}  verdicts: ${JSON.stringify(Object.fromEntries(verdicts))}`);
} finally {
  await app.close();
  await handle.close();
}

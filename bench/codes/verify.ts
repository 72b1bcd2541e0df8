/**
 * Code verification throughput (issue 6 item 6): the real app in process on a random 127.0.0.1
 * port, a few codes issued for approved inspections, then a bounded load — a fixed request count over
 * N concurrent keep-alive connections — against GET /api/v1/codes/{token} (anonymous: signature,
 * window, online look-up, scan log), and in the same run against a plain Fastify route on another
 * instance (a fixed small JSON, nothing else). Reports requests/s, p50/p90/p99 and the ratio.
 *
 * The verify route's per-client rate limit is lifted for the run (VERIFY_RATE_LIMIT_PER_MINUTE);
 * every request comes from 127.0.0.1 and nothing else is contacted.
 *
 * Run: npx tsx bench/codes/verify.ts [requests=5000] [concurrency=100] [codes=20] [rounds=2]
 *      BENCH_DATABASE_URL=postgres://…/db npx tsx bench/codes/verify.ts   (PostgreSQL; a scratch
 *      database: it is migrated, and a department, an enterprise and filings are added to it)
 */
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import Fastify from 'fastify';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { makeUscc } from '../../src/domain/enterprise/index.ts';
import { issueInspectionCode } from '../../src/modules/codes/index.ts';
import type { Deps } from '../../src/modules/deps.ts';
import { dateInChina } from '../../src/modules/policy/index.ts';
import { buildApp } from '../../src/server/app.ts';
import { runLoad, type LoadResult } from './load.ts';

const arg = (i: number, fallback: number, max: number) => {
  const v = Number(process.argv[2 + i]);
  return Number.isInteger(v) && v > 0 ? Math.min(v, max) : fallback;
};
const REQUESTS = arg(0, 5000, 1_000_000);
const CONCURRENCY = arg(1, 100, 1000);
const CODES = arg(2, 20, 500);
const ROUNDS = arg(3, 2, 20);
const WARMUP = Math.min(1000, Math.ceil(REQUESTS / 5));
const log = (s: string) => process.stderr.write(`${s}\n`);

const handle = process.env.BENCH_DATABASE_URL ? await openDatabase({ url: process.env.BENCH_DATABASE_URL }) : await openDatabase({ dataDir: 'memory://' });
await migrate(handle.db);
const config = loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent', VERIFY_RATE_LIMIT_PER_MINUTE: '1000000' });
const deps: Deps = { db: handle.db, config, now: () => new Date() };
const today = dateInChina(new Date());

/** A department, an enterprise and CODES approved inspections today, each with its code. */
async function issueCodes(): Promise<string[]> {
  const db = handle.db;
  const tag = randomBytes(3).toString('hex');
  const jurisdiction =
    (await db.selectFrom('jurisdictions').select('id').limit(1).executeTakeFirst()) ??
    (await db.insertInto('jurisdictions').values({ code: 'bench', name: '基准县', division_code: '331125', policy_version: 'yunhe-2025' }).returning('id').executeTakeFirstOrThrow());
  const dept = await db.insertInto('departments').values({ jurisdiction_id: jurisdiction.id, code: `bench-${tag}`, name: `云和县市场监督管理局（基准 ${tag}）` }).returning(['id', 'code', 'name']).executeTakeFirstOrThrow();
  const uscc = makeUscc({ registrationAuthority: '9', entityType: '1', divisionCode: '331125', orgCode: `B${randomBytes(4).toString('hex').toUpperCase().slice(0, 7)}` });
  const ent = await db.insertInto('enterprises').values({ jurisdiction_id: jurisdiction.id, uscc, name: '云和县基准玩具有限公司', industry: '木制玩具制造', grade: 'C', grade_year: 2025 }).returning('id').executeTakeFirstOrThrow();
  const tokens: string[] = [];
  for (let i = 0; i < CODES; i++) {
    const filing = await db
      .insertInto('filings')
      .values({ department_id: dept.id, enterprise_id: ent.id, kind: 'random', path: 'planned', mode: 'onsite', planned_date: today, state: 'notified', check_result: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const code = await db.transaction().execute((trx) =>
      issueInspectionCode(deps, trx, {
        subject: { kind: 'inspection', id: filing.id },
        enterpriseUscc: uscc,
        departments: [{ code: dept.code, name: dept.name }],
        inspectors: [
          { name: '张伟', certificateNumber: '浙K11250101' },
          { name: '李娜', certificateNumber: '浙K11250102' },
        ],
        items: [
          { code: 'scjg-001', name: '对食品生产经营者的监督检查' },
          { code: 'scjg-014', name: '对特种设备使用单位的监督检查' },
        ],
        legalBasis: '《食品安全法》第一百一十条、《特种设备安全法》第五十七条',
        validFrom: today,
        validTo: today,
      }),
    );
    tokens.push(code.token);
  }
  return tokens;
}

const tokens = await issueCodes();
const app = await buildApp(deps, { serveUi: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const plain = Fastify({ logger: false, routerOptions: { maxParamLength: 4096 } });
plain.get('/plain/:token', async () => ({ valid: true, reason: null, message: '检查码有效', checkedOn: today }));
await plain.listen({ host: '127.0.0.1', port: 0 });
const portOf = (s: { server: { address(): unknown } }) => (s.server.address() as AddressInfo).port;

const targets = {
  verify: { port: portOf(app), paths: tokens.map((t) => `/api/v1/codes/${t}`), expect: '"valid":true' },
  plain: { port: portOf(plain), paths: tokens.map((t) => `/plain/${t}`), expect: '"valid":true' },
};
const scans = async () => Number((await handle.db.selectFrom('scan_log').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n);
const fmt = (r: LoadResult) =>
  `${r.perSecond.toFixed(0).padStart(7)} req/s  p50 ${r.p50.toFixed(2).padStart(6)} ms  p90 ${r.p90.toFixed(2).padStart(6)} ms  p99 ${r.p99.toFixed(2).padStart(6)} ms  max ${r.max.toFixed(1).padStart(6)} ms  ${JSON.stringify(r.statuses)}${r.unexpected ? `  UNEXPECTED ${r.unexpected}` : ''}`;

try {
  log(`${handle.kind}: ${tokens.length} codes of ${tokens[0].length} characters; warming up (${WARMUP} requests each)`);
  for (const t of Object.values(targets)) await runLoad({ ...t, total: WARMUP, concurrency: CONCURRENCY });
  const best: Record<string, LoadResult> = {};
  const scansBefore = await scans();
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [name, t] of Object.entries(targets)) {
      const r = await runLoad({ ...t, total: REQUESTS, concurrency: CONCURRENCY });
      log(`round ${round} ${name.padEnd(6)} ${fmt(r)}`);
      if (!best[name] || r.perSecond > best[name].perSecond) best[name] = r;
    }
  }
  const logged = (await scans()) - scansBefore;
  console.log(`GET /api/v1/codes/{token} on ${handle.kind} vs a plain Fastify route; ${REQUESTS} requests × ${ROUNDS} rounds, ${CONCURRENCY} connections, best round`);
  console.log(`verify ${fmt(best.verify)}`);
  console.log(`plain  ${fmt(best.plain)}`);
  console.log(`ratio  ${((best.verify.perSecond / best.plain.perSecond) * 100).toFixed(1)} % of the plain route's throughput; scan_log rows written: ${logged} (expected ${REQUESTS * ROUNDS})`);
} finally {
  await plain.close();
  await app.close();
  await handle.close();
}

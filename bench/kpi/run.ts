/**
 * KPI dashboard at province scale (issue 5 item 6): a scratch PostgreSQL database gets a generated
 * province — towns, departments, enterprises, N filings over two years (a third of the on-site ones
 * joining a lead's visit, 5 % with a delegated item, every state), off-site checks — then GET /kpi's
 * use case is timed county-wide, for one department and for one town.
 *
 * Run: BENCH_DATABASE_URL=postgres://…/scratch_db npx tsx bench/kpi/run.ts [filings=1000000] [enterprises=100000] [rounds=3]
 * The database is migrated and filled once (a later run reuses its filings): use a scratch database.
 */
import { cpus, loadavg } from 'node:os';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { makeUscc } from '../../src/domain/enterprise/index.ts';
import type { Principal } from '../../src/modules/auth/index.ts';
import type { Deps } from '../../src/modules/deps.ts';
import { getKpi } from '../../src/modules/kpi/index.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL=postgres://…/scratch_db is required');
const [filings = 1_000_000, enterprises = 100_000, rounds = 3] = process.argv.slice(2).map(Number);
const { db, close } = await openDatabase({ url });
const deps: Deps = { db, config: loadConfig({ DEMO: 'false', LOG_LEVEL: 'silent' }), now: () => new Date('2026-11-20T04:00:00Z') };
const coordinator: Principal = { id: 0, username: 'bench', displayName: 'bench', role: 'coordinator', department: null, enterprise: null, via: 'session' };

const step = async (label: string, run: () => Promise<unknown>) => {
  const t0 = performance.now();
  await run();
  console.log(`${label}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
};

await step('migrate', () => migrate(db));
const existing = Number((await sql<{ n: number }>`select count(*)::int as n from filings`.execute(db)).rows[0].n);
if (existing > 0) console.log(`reusing the ${existing} filings already generated`);
else await generate();

async function generate() {
  await step('towns, departments, items', async () => {
    await sql`insert into jurisdictions (code, name, division_code, policy_version) values ('bench', '基准省', '331125', 'yunhe-2025')`.execute(db);
    await sql`insert into towns (jurisdiction_id, code, name) select 1, 't' || i, '乡镇' || i from generate_series(1, 1000) i`.execute(db);
    await sql`insert into departments (jurisdiction_id, code, name) select 1, 'd' || i, '部门' || i from generate_series(1, 40) i`.execute(db);
    await sql`insert into inspection_items (department_id, code, name, legal_basis, modes) select id, 'item', '事项', '依据', array['onsite', 'offsite'] from departments order by id`.execute(db);
  });
  await step(`${enterprises} enterprises`, async () => {
    for (let from = 0; from < enterprises; from += 20_000) {
      const usccs = Array.from({ length: Math.min(20_000, enterprises - from) }, (_, i) =>
        makeUscc({ registrationAuthority: '9', entityType: '1', divisionCode: '331125', orgCode: `B${String(from + i).padStart(7, '0')}` }),
      );
      await sql`insert into enterprises (jurisdiction_id, uscc, name, industry, town_id, grade, grade_year)
        select 1, u, '企业' || n, '制造', 1 + (n % 1000), (array['A', 'B', 'C', 'D'])[1 + (n % 4)], 2025
        from unnest(${usccs}::text[]) with ordinality as x(u, n)`.execute(db);
    }
  });
  await step(`${filings} filings, items, joins`, async () => {
    await sql`insert into filings (department_id, enterprise_id, kind, path, mode, planned_date, state)
      select 1 + (random() * 39)::int, 1 + (random() * (${enterprises} - 1))::bigint, 'random', 'planned',
        case when random() < 0.2 then 'offsite' else 'onsite' end, date '2025-01-01' + (random() * 729)::int,
        (array['completed', 'completed', 'completed', 'completed', 'in_progress', 'notified', 'accepted', 'cancelled', 'draft'])[1 + (random() * 8)::int]
      from generate_series(1, ${filings})`.execute(db);
    await sql`update filings f set joins_filing_id = l.id, enterprise_id = l.enterprise_id, planned_date = l.planned_date
      from filings l where l.id = f.id - 1 and f.id % 3 = 0 and f.mode = 'onsite' and l.mode = 'onsite'`.execute(db);
    await sql`insert into filing_items (filing_id, item_id, delegate_department_id)
      select id, department_id, case when random() < 0.05 then 1 + (department_id % 40) end from filings`.execute(db);
    await sql`insert into offsite_checks (department_id, enterprise_id, source, checked_on, result, summary)
      select 1 + (random() * 39)::int, 1 + (random() * (${enterprises} - 1))::bigint, 'data', date '2025-01-01' + (random() * 690)::int, 'pass', '数据比对'
      from generate_series(1, ${Math.round(filings / 5)})`.execute(db);
    await sql`analyze`.execute(db);
  });
}

for (const [label, q] of [
  ['county', { year: 2026 }],
  ['department d7', { year: 2026, department: 'd7' }],
  ['town t42', { year: 2026, town: 't42' }],
] as const) {
  const times: number[] = [];
  let visits = 0;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const k = await getKpi(deps, coordinator, q);
    times.push(performance.now() - t0);
    visits = k.current.onsite.visits + k.previous.onsite.visits;
  }
  console.log(`GET /kpi ${label}: ${times.map((t) => `${Math.round(t)} ms`).join(', ')} (visits counted over both years: ${visits})`);
}
console.log(`load average (1/5/15 min): ${loadavg().map((l) => l.toFixed(1)).join(' / ')} on ${cpus().length} cores`);
await close();

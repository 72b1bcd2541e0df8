/**
 * A small random county for bench/kpi/compare.ts: visits of one to five filings (joiners of other
 * departments, of the same department twice, of another enterprise, in another state or year, chains
 * of joiners, cancelled or draft leads), delegated items, off-site checks, enterprises without a town.
 * Run: BENCH_DATABASE_URL=postgres://…/scratch_db npx tsx bench/kpi/random-county.ts [filings=20000] [seed=1]
 * then BENCH_DATABASE_URL=… npx tsx bench/kpi/compare.ts --all. Use an empty scratch database.
 */
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { makeUscc } from '../../src/domain/enterprise/index.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL=postgres://…/scratch_db is required');
const [filings = 20_000, seed = 1] = process.argv.slice(2).map(Number);
const { db, close } = await openDatabase({ url });
await migrate(db);
if (Number((await sql<{ n: number }>`select count(*)::int as n from filings`.execute(db)).rows[0].n) > 0) throw new Error('use an empty database');

await sql`select setseed(${seed / 1000})`.execute(db);
await sql`insert into jurisdictions (code, name, division_code, policy_version) values ('rnd', '随机县', '331125', 'yunhe-2025')`.execute(db);
await sql`insert into towns (jurisdiction_id, code, name) select 1, 't' || i, '乡镇' || i from generate_series(1, 12) i`.execute(db);
await sql`insert into departments (jurisdiction_id, code, name) select 1, 'd' || i, '部门' || i from generate_series(1, 8) i`.execute(db);
await sql`insert into inspection_items (department_id, code, name, legal_basis, modes) select id, 'item', '事项', '依据', array['onsite', 'offsite'] from departments order by id`.execute(db);
const usccs = Array.from({ length: 2000 }, (_, i) => makeUscc({ registrationAuthority: '9', entityType: '1', divisionCode: '331125', orgCode: `R${String(i).padStart(7, '0')}` }));
await sql`insert into enterprises (jurisdiction_id, uscc, name, industry, town_id, grade, grade_year)
  select 1, u, '企业' || n, '制造', case when n % 13 = 0 then null else 1 + (n % 12) end,
    (array['A', 'B', 'C', 'D', null])[1 + (n % 5)], case when n % 5 = 4 then null else 2025 end
  from unnest(${usccs}::text[]) with ordinality as x(u, n)`.execute(db);
await sql`insert into filings (department_id, enterprise_id, kind, path, mode, planned_date, state)
  select 1 + (random() * 7)::int, 1 + (random() * 1999)::bigint, 'random', 'planned',
    case when random() < 0.15 then 'offsite' else 'onsite' end, date '2024-10-01' + (random() * 1000)::int,
    (array['completed', 'completed', 'in_progress', 'notified', 'accepted', 'submitted', 'head_approved', 'merge_required', 'returned', 'cancelled', 'draft'])[1 + (random() * 10)::int]
  from generate_series(1, ${filings})`.execute(db);
// Joiners: in blocks of five, 60 % join the block's first filing (mostly its enterprise and day, not always); then a
// few join a joiner instead (a chain) or a filing of another block.
await sql`update filings f set joins_filing_id = l.id,
    enterprise_id = case when random() < 0.9 then l.enterprise_id else f.enterprise_id end,
    planned_date = case when random() < 0.8 then l.planned_date else f.planned_date end
  from filings l where l.id = (f.id - 1) / 5 * 5 + 1 and f.id <> l.id and random() < 0.6`.execute(db);
await sql`update filings f set joins_filing_id = f.id - 1 - (f.id % 3) * 5 where f.id > 20 and f.id % 17 = 0`.execute(db);
await sql`insert into filing_items (filing_id, item_id, delegate_department_id)
  select id, department_id, case when random() < 0.07 then 1 + (department_id % 8) end from filings`.execute(db);
await sql`insert into offsite_checks (department_id, enterprise_id, source, checked_on, result, summary, filing_id)
  select 1 + (random() * 7)::int, 1 + (random() * 1999)::bigint, 'data', date '2024-10-01' + (random() * 1000)::int, 'pass', '数据比对',
    (select id from filings where mode = 'offsite' and id = g * 3)
  from generate_series(1, ${Math.round(filings / 6)}) g`.execute(db);
await sql`analyze`.execute(db);
const n = (await sql<{ visits: number; big: number }>`select count(distinct coalesce(joins_filing_id, id))::int as visits,
  (select count(*)::int from (select 1 from filings group by coalesce(joins_filing_id, id) having count(*) >= 3 and count(distinct department_id) >= 2) x) as big
  from filings`.execute(db)).rows[0];
console.log(`${filings} filings in ${n.visits} visits, ${n.big} of them with three or more filings of several departments`);
await close();

/**
 * The KPI visit statement against the one it replaced (previous-statement.ts), on the same database
 * and snapshot: same rows for the county, a department and a town (every department and town with
 * --all), and the time of each, alternating. Run on the bench database (run.ts) or any other:
 * BENCH_DATABASE_URL=postgres://…/db npx tsx bench/kpi/compare.ts [rounds=3] [--all]
 */
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/connection.ts';
import { tuneForReport, visitFiguresQuery, type Scope, type VisitRow } from '../../src/modules/kpi/repository.ts';
import { previousVisitFiguresQuery } from './previous-statement.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL=postgres://…/db is required');
const args = process.argv.slice(2);
const rounds = Number(args.find((a) => /^\d+$/.test(a)) ?? 3);
const all = args.includes('--all');
const { db, close } = await openDatabase({ url });

const years = (await sql<{ y: number }>`select extract(year from max(planned_date))::int as y from filings`.execute(db)).rows[0]?.y ?? 2026;
const depts = (await sql<{ id: number; code: string }>`select id, code from departments order by id`.execute(db)).rows;
const towns = (await sql<{ id: number; code: string }>`select id, code from towns order by id`.execute(db)).rows;
const base = { from: `${years - 1}-01-01`, to: `${years}-12-31`, departmentId: null, townId: null, compliantGrades: ['A', 'B'] };
const scopes: [string, Scope][] = [['county', base]];
for (const d of all ? depts : depts.slice(6, 7)) scopes.push([`department ${d.code}`, { ...base, departmentId: Number(d.id) }]);
for (const t of all ? towns : towns.slice(41, 42)) scopes.push([`town ${t.code}`, { ...base, townId: Number(t.id) }]);

const key = (r: VisitRow) => [r.class, r.level, r.year, r.month, r.townId, r.departmentId].join('|');
const canon = (rows: VisitRow[]) => JSON.stringify([...rows].map((r) => ({ ...r })).sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0)));

let differ = 0;
for (const [label, scope] of scopes) {
  const times = { previous: [] as number[], current: [] as number[] };
  for (let r = 0; r < (all ? 1 : rounds); r++) {
    await db.transaction().setIsolationLevel('repeatable read').setAccessMode('read only').execute(async (trx) => {
      await tuneForReport(trx);
      let t0 = performance.now();
      const before = (await previousVisitFiguresQuery(scope).execute(trx)).rows;
      times.previous.push(performance.now() - t0);
      t0 = performance.now();
      const after = (await visitFiguresQuery(scope).execute(trx)).rows;
      times.current.push(performance.now() - t0);
      if (canon(before) !== canon(after)) {
        differ++;
        console.log(`DIFFERENT for ${label}: ${before.length} rows before, ${after.length} after`);
      }
    });
  }
  if (!all || label === 'county') console.log(`${label}: previous ${times.previous.map((t) => `${Math.round(t)} ms`).join(', ')}; now ${times.current.map((t) => `${Math.round(t)} ms`).join(', ')}`);
}
console.log(differ === 0 ? `same rows in all ${scopes.length} scopes` : `${differ} scope(s) differ`);
await close();
if (differ) process.exit(1);

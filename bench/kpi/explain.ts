/**
 * EXPLAIN (ANALYZE, BUFFERS) of the KPI dashboard's statements on the bench database (see run.ts), with
 * the report's settings: BENCH_DATABASE_URL=postgres://…/scratch_db npx tsx bench/kpi/explain.ts [county|department|town]
 */
import { sql } from 'kysely';
import { openDatabase } from '../../src/db/connection.ts';
import { offsiteCountsQuery, tuneForReport, visitFiguresQuery, type Scope } from '../../src/modules/kpi/repository.ts';

const url = process.env.BENCH_DATABASE_URL;
if (!url) throw new Error('BENCH_DATABASE_URL=postgres://…/scratch_db is required');
const which = process.argv[2] ?? 'county';
const { db, close } = await openDatabase({ url });
const id = async (table: 'departments' | 'towns', code: string) =>
  Number((await sql<{ id: number }>`select id from ${sql.table(table)} where code = ${code}`.execute(db)).rows[0].id);
const scope: Scope = {
  from: '2025-01-01',
  to: '2026-12-31',
  departmentId: which === 'department' ? await id('departments', 'd7') : null,
  townId: which === 'town' ? await id('towns', 't42') : null,
  compliantGrades: ['A', 'B'],
};
await db.transaction().execute(async (trx) => {
  await tuneForReport(trx);
  for (const q of [visitFiguresQuery(scope), offsiteCountsQuery(scope)]) {
    const c = q.compile(trx);
    const r = await trx.executeQuery<{ 'QUERY PLAN': string }>({ ...c, sql: `explain (analyze, buffers) ${c.sql}` });
    console.log(r.rows.map((x) => x['QUERY PLAN']).join('\n'), '\n');
  }
});
await close();

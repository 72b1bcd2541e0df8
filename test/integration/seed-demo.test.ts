/**
 * Issue 6, "every accepted inspection in the demo county has a code": after the demo seed (a small
 * county, the same history scaled down), every on-site filing accepted or later has a current code;
 * the rules' caps hold for the seeded visits, and the real rule engine finds nothing that blocks any
 * seeded filing; the demo enterprise account has a notice to acknowledge and an unrated visit.
 */
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { seedDemo, type SeedSummary } from '../../src/db/seed/seed-demo.ts';
import { checkFiling, enforce, factsOf, findFiling, issueFilingCode, loadRuleContexts } from '../../src/modules/filings/index.ts';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';

const CAPS: Record<string, number> = { A: 0, B: 1, C: 2 };
const at = (instant: string) => new Date(instant);

// A Thursday in November (Beijing 10:00) on every backend; on PGlite also the turns of the year
// (no completed visit yet this year; a coming visit in the next year) and a date a year on.
describe.each(backends.map((b) => [b, '2026-11-26T02:00:00Z', 600] as const))('the demo history on %s, seeded at %s', (backend, when, size) => suite(backend, at(when), size));
describe.each([['2026-01-12T02:00:00Z'], ['2026-12-29T07:00:00Z'], ['2027-07-20T02:00:00Z']])('the demo history on pglite, seeded at %s', (when) => suite('pglite', at(when), 300));

function suite(backend: (typeof backends)[number], NOW: Date, size: number) {
  let h: TestDatabase;
  let summary: SeedSummary;
  const config = loadConfig({});

  beforeAll(async () => {
    h = await freshDatabase(backend);
    summary = await seedDemo(h.db, { enterprises: size, now: () => NOW, config });
  }, 240_000);
  afterAll(() => h?.close());

  it('seeds completed visits, joint ones, off-site checks and filings in flight', async () => {
    expect(summary.history!.filings).toBeGreaterThan(size / 4);
    expect(summary.history!.liveRefused).toBe(0);
    const { rows } = await sql<{ state: string; n: number; joint: number; offsite: number }>`
      select state, count(*)::int n, count(*) filter (where joins_filing_id is not null)::int joint, count(*) filter (where mode = 'offsite')::int offsite
      from filings group by state`.execute(h.db);
    const by = new Map(rows.map((r) => [r.state, r]));
    expect(by.get('completed')!.joint).toBeGreaterThan(size / 100);
    expect(by.get('completed')!.offsite).toBeGreaterThan(size / 200);
    expect(by.get('notified')!.n).toBeGreaterThanOrEqual(2);
    expect(by.get('submitted')?.n ?? 0).toBeGreaterThanOrEqual(1);
    expect(Number((await sql<{ n: number }>`select count(*)::int n from offsite_checks`.execute(h.db)).rows[0].n)).toBeGreaterThan(size / 100);
    expect(Number((await sql<{ n: number }>`select count(*)::int n from filing_items where delegate_department_id is not null`.execute(h.db)).rows[0].n)).toBeGreaterThan(0);
  });

  it('gives every on-site filing accepted or later a current code, and none to the others', async () => {
    const { rows } = await sql<{ id: number; state: string; mode: string; codes: number }>`
      select f.id, f.state, f.mode,
        (select count(*)::int from inspection_codes c where c.subject_kind = 'inspection' and c.subject_id = f.id and c.superseded_at is null) codes
      from filings f`.execute(h.db);
    const coded = rows.filter((r) => ['accepted', 'notified', 'in_progress', 'completed'].includes(r.state) && r.mode === 'onsite');
    expect(coded.length).toBeGreaterThan(size / 10);
    expect(coded.filter((r) => r.codes !== 1)).toEqual([]);
    expect(rows.filter((r) => (r.mode === 'offsite' || ['draft', 'submitted', 'head_approved'].includes(r.state)) && r.codes > 0)).toEqual([]);
  });

  it('gives every joint visit accepted or later its joint code', async () => {
    const { rows } = await sql<{ lead: number; codes: number }>`
      select l.id lead, (select count(*)::int from inspection_codes c where c.subject_kind = 'joint_visit' and c.subject_id = l.id and c.superseded_at is null) codes
      from filings l where l.mode = 'onsite' and l.state in ('accepted', 'notified', 'in_progress', 'completed')
        and exists (select 1 from filings m where m.joins_filing_id = l.id)`.execute(h.db);
    expect(rows.length).toBeGreaterThan(size / 100);
    expect(rows.filter((r) => r.codes !== 1)).toEqual([]);
  });

  it('signs each seeded code exactly as acceptance does (issueFilingCode at the same instant gives the same token)', async () => {
    const sample = await sql<{ id: number; token: string; issued_at: Date }>`
      select f.id, c.token, c.issued_at from filings f join inspection_codes c on c.subject_kind = 'inspection' and c.subject_id = f.id and c.superseded_at is null
      where f.state = 'completed' order by f.id desc limit 40`.execute(h.db);
    expect(sample.rows.length).toBe(40);
    const reissued: string[] = [];
    await h.db
      .transaction()
      .execute(async (trx) => {
        for (const r of sample.rows) {
          // token hashes are unique: take the seeded code away (rolled back) so the same token can be issued again
          await trx.deleteFrom('inspection_codes').where('subject_kind', '=', 'inspection').where('subject_id', '=', r.id).execute();
          const code = await issueFilingCode({ db: trx as never, config, now: () => new Date(r.issued_at) }, trx, r.id, { userId: null, label: 'test' });
          reissued.push(code!.token);
        }
        throw new Error('roll back');
      })
      .catch((error: Error) => expect(error.message).toBe('roll back'));
    expect(reissued).toEqual(sample.rows.map((r) => r.token));
  });

  it('keeps the grade caps (a joint visit counts once), the department cap and the quiet period', async () => {
    const { rows } = await sql<{ grade: string; year: string; visits: number }>`
      select e.grade, extract(year from f.planned_date)::text as year, count(distinct coalesce(f.joins_filing_id, f.id))::int visits
      from filings f join enterprises e on e.id = f.enterprise_id
      where f.mode = 'onsite' and f.state in ('accepted', 'notified', 'in_progress', 'completed')
      group by e.id, e.grade, year`.execute(h.db);
    expect(rows.filter((r) => r.grade in CAPS && r.visits > CAPS[r.grade])).toEqual([]);
    const perDepartment = await sql<{ n: number }>`
      select count(*)::int n from filings f where f.mode = 'onsite' and f.state <> 'cancelled'
      group by f.enterprise_id, f.department_id, extract(year from f.planned_date) having count(*) > 2`.execute(h.db);
    expect(perDepartment.rows).toEqual([]);
    const quiet = await sql<{ id: number }>`
      select f.id from filings f join enterprises e on e.id = f.enterprise_id
      where f.mode = 'onsite' and extract(day from f.planned_date) >= case when e.grade in ('A', 'B') then 11 else 21 end`.execute(h.db);
    expect(quiet.rows).toEqual([]);
  });

  it('passes the real rule engine: no seeded filing has a blocking finding or an unjustified warning', async () => {
    const deps = { db: h.db, config, now: () => NOW };
    const rules = await loadRuleContexts(deps);
    const ids = (await h.db.selectFrom('filings').select('id').where('state', '<>', 'cancelled').orderBy('id').execute()).map((r) => r.id);
    const blocked: unknown[] = [];
    for (const id of ids) {
      const row = (await findFiling(h.db, id))!;
      const notice = await h.db.selectFrom('notices').select('issued_on').where('filing_id', '=', id).executeTakeFirst();
      const check = await checkFiling(h.db, await factsOf(h.db, row, notice ? { noticeDate: notice.issued_on } : {}), rules);
      // enforce() is what every step runs: a block, or a warning nobody justified, stops it
      try {
        enforce(check, row.justifications, {}, { username: 'test', at: NOW.toISOString() });
      } catch (error) {
        blocked.push({ id, state: row.state, findings: check.findings.map((f) => `${f.code}:${f.verdict}`) });
      }
    }
    expect(blocked).toEqual([]);
  }, 240_000);

  it('gives the demo enterprise account a notice to acknowledge and a completed visit to rate', async () => {
    const { rows } = await sql<{ username: string; notices: number; unrated: number; rated: number }>`
      select u.username,
        (select count(*)::int from notices n join filings f on f.id = n.filing_id where n.enterprise_id = u.enterprise_id and n.acknowledged_at is null and f.state = 'notified') notices,
        (select count(*)::int from filings f where f.enterprise_id = u.enterprise_id and f.state = 'completed' and f.mode = 'onsite'
           and not exists (select 1 from visit_ratings r where r.filing_id = f.id)) unrated,
        (select count(*)::int from visit_ratings r where r.enterprise_id = u.enterprise_id) rated
      from users u where u.role = 'enterprise' order by u.id limit 2`.execute(h.db);
    const rich = rows[1];
    expect(rich.notices).toBe(1);
    expect(rich.unrated).toBeGreaterThanOrEqual(1);
    expect(rich.rated).toBeGreaterThanOrEqual(2);
  });
}

/**
 * Loads the demo county (Yunhe) into an empty database, in one transaction: jurisdiction, towns,
 * departments with their item catalogs, accounts (all with the demo password), inspectors'
 * certificates and training, the generated enterprises and their inspection history up to the
 * seed's clock (seed-history.ts); then, through the use cases, the filings in flight today.
 * Deterministic for a given seed and day.
 */
import { sql } from 'kysely';
import { loadConfig, type Config } from '../../config.ts';
import type { Database } from '../connection.ts';
import { fileDemoLive, planDemoHistory, writeDemoHistory } from './seed-history.ts';
import type { HistoryEnterprise } from './demo/history.ts';
import type { HistorySummary } from './history-writer.ts';
import { conflict } from '../../domain/errors.ts';
import { recordAudit } from '../../modules/audit/index.ts';
import { hashPassword } from '../../modules/auth/index.ts';
import {
  DEFAULT_DEMO_SEED,
  DEMO_PASSWORD,
  DEFAULT_ENTERPRISE_COUNT,
  demoAccounts,
  demoDepartments,
  demoIndustries,
  demoJurisdiction,
  demoTowns,
  generateEnterprises,
  type DemoEnterprise,
} from './demo/index.ts';

const BATCH = 1000;
/** Training counts as current for a year after the course (R13). */
const TRAINING_VALID_YEARS = 1;
/** Enforcement certificates are issued for five years in the demo. */
const CERTIFICATE_YEARS = 5;

export interface SeedOptions {
  enterprises?: number;
  seed?: number;
  policyVersion?: string;
  onProgress?: (done: number, total: number) => void;
  /** The clock the history is relative to (deps.now); default the system clock. */
  now?: () => Date;
  /** Signs the history's inspection codes (CODE_KEY_SECRET seals the key); default no sealing. */
  config?: Config;
  /** false: no inspection history (only the register). Default true. */
  history?: boolean;
}

export interface SeedSummary {
  towns: number;
  departments: number;
  items: number;
  users: number;
  enterprises: number;
  history?: HistorySummary & { live: number; liveRefused: number };
}

/** Enterprises considered for the history: the first ones generated (a big county gets the same history). */
const HISTORY_POOL = 3000;

const shiftYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`.replace('-02-29', '-02-28');

export async function isEmpty(db: Database): Promise<boolean> {
  const row = await db.selectFrom('jurisdictions').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n) === 0;
}

export async function seedDemo(db: Database, options: SeedOptions = {}): Promise<SeedSummary> {
  const count = options.enterprises ?? DEFAULT_ENTERPRISE_COUNT;
  const seed = options.seed ?? DEFAULT_DEMO_SEED;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const industryName = new Map(demoIndustries.map((i) => [i.code, i.name]));
  const now = options.now ?? (() => new Date());
  const config = options.config ?? loadConfig({});
  const pool: HistoryEnterprise[] = [];

  const { summary, history } = await db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('jurisdictions').select('id').limit(1).executeTakeFirst();
    if (existing) {
      throw conflict('DATABASE_NOT_EMPTY', '数据库中已有辖区数据，演示数据只能载入空数据库。', 'The database already holds a jurisdiction; demo data loads only into an empty database.');
    }
    const jurisdiction = await trx
      .insertInto('jurisdictions')
      .values({ code: 'yunhe', name: demoJurisdiction.name, division_code: demoJurisdiction.code, policy_version: options.policyVersion ?? 'yunhe-2025' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const jid = jurisdiction.id;

    const towns = await trx
      .insertInto('towns')
      .values(demoTowns.map((t) => ({ jurisdiction_id: jid, code: t.code, name: t.name })))
      .returning(['id', 'code'])
      .execute();
    const townId = new Map(towns.map((t) => [t.code, t.id]));

    const userRows: { username: string; display_name: string; role: string; department_id: number | null; enterprise_id: number | null }[] = [];
    let itemCount = 0;
    const departmentId = new Map<string, number>();
    for (const d of demoDepartments) {
      const row = await trx
        .insertInto('departments')
        .values({ jurisdiction_id: jid, code: d.code, name: d.name, head_name: d.headName })
        .returning('id')
        .executeTakeFirstOrThrow();
      departmentId.set(d.code, row.id);
      for (const item of d.items) {
        const checklist = JSON.stringify(item.checklist.map((text, i) => ({ id: `q${i + 1}`, text })));
        const inserted = await trx
          .insertInto('inspection_items')
          .values({ department_id: row.id, code: item.code, name: item.name, legal_basis: item.legalBasis, modes: item.modes, delegable: item.delegable, checklist, version: item.version })
          .returning('id')
          .executeTakeFirstOrThrow();
        await trx
          .insertInto('inspection_item_versions')
          .values({ item_id: inserted.id, version: item.version, name: item.name, legal_basis: item.legalBasis, modes: item.modes, delegable: item.delegable, checklist })
          .execute();
        itemCount += 1;
      }
    }

    // Enterprises, in batches (the generator streams, so a million never sit in memory at once).
    const firstEnterprises: DemoEnterprise[] = [];
    let done = 0;
    let batch: DemoEnterprise[] = [];
    const flush = async () => {
      if (batch.length === 0) return;
      await trx
        .insertInto('enterprises')
        .values(
          batch.map((e) => ({
            jurisdiction_id: jid,
            uscc: e.uscc,
            name: e.name,
            industry: industryName.get(e.industry) ?? e.industry,
            town_id: townId.get(e.townCode) ?? null,
            address: e.address,
            legal_representative: e.legalRepresentative,
            above_scale: e.aboveScale,
            key_enterprise: e.key,
            grade: e.grade,
            grade_year: e.gradeYear,
          })),
        )
        .execute();
      done += batch.length;
      batch = [];
      options.onProgress?.(done, count);
    };
    for (const e of generateEnterprises({ count, seed })) {
      if (firstEnterprises.length < 50) firstEnterprises.push(e);
      if (pool.length < HISTORY_POOL) pool.push({ uscc: e.uscc, grade: e.grade, industry: e.industry });
      batch.push(e);
      if (batch.length >= BATCH) await flush();
    }
    await flush();

    const accounts = demoAccounts(firstEnterprises);
    const enterpriseIds = new Map(
      (await trx.selectFrom('enterprises').select(['id', 'uscc']).where('uscc', 'in', firstEnterprises.map((e) => e.uscc)).execute()).map((e) => [e.uscc, e.id]),
    );
    for (const a of accounts) {
      userRows.push({
        username: a.username,
        display_name: a.displayName,
        role: a.role,
        department_id: a.departmentCode ? departmentId.get(a.departmentCode)! : null,
        enterprise_id: a.enterpriseUscc ? enterpriseIds.get(a.enterpriseUscc)! : null,
      });
    }
    const users = await trx
      .insertInto('users')
      .values(userRows.map((u) => ({ ...u, role: u.role as never, password_hash: passwordHash })))
      .returning(['id', 'username'])
      .execute();
    const userId = new Map(users.map((u) => [u.username, u.id]));

    for (const d of demoDepartments) {
      for (const inspector of d.inspectors) {
        const uid = userId.get(inspector.username);
        if (uid === undefined) continue;
        await trx
          .insertInto('inspector_certificates')
          .values({ user_id: uid, number: inspector.certificateNo, issued_on: shiftYears(inspector.certificateValidUntil, -CERTIFICATE_YEARS), valid_until: inspector.certificateValidUntil })
          .execute();
        if (inspector.trainings.length > 0) {
          await trx
            .insertInto('training_records')
            .values(inspector.trainings.map((t) => ({ user_id: uid, course: t.course, completed_on: t.date, hours: t.hours, valid_until: shiftYears(t.date, TRAINING_VALID_YEARS) })))
            .execute();
        }
      }
    }

    const summary: SeedSummary = { towns: towns.length, departments: demoDepartments.length, items: itemCount, users: users.length, enterprises: done };
    await recordAudit(trx, { userId: null, label: 'system' }, { action: 'seed.demo', entity: 'jurisdiction', entityId: jid, after: { ...summary, seed } });

    const enterpriseAccounts = accounts.flatMap((a) => (a.role === 'enterprise' && a.enterpriseUscc ? [a.enterpriseUscc] : []));
    const history =
      options.history === false
        ? null
        : planDemoHistory({ now: now(), policyVersion: options.policyVersion ?? 'yunhe-2025', enterprises: pool, accounts: enterpriseAccounts, departments: demoDepartments, seed });
    if (history) {
      const items = await trx
        .selectFrom('inspection_items as i')
        .innerJoin('departments as d', 'd.id', 'i.department_id')
        .select(['i.id', 'i.code', 'i.name', 'i.legal_basis', 'd.code as department'])
        .execute();
      summary.history = {
        ...(await writeDemoHistory(trx, config, history, {
          jurisdictionId: jid,
          departments: new Map(demoDepartments.map((d) => [d.code, { id: departmentId.get(d.code)!, name: d.name }])),
          items: new Map(items.map((i) => [i.code, { id: i.id, name: i.name, legalBasis: i.legal_basis, department: i.department }])),
          users: userId,
          passwordHash,
          enterpriseUsers: new Map(userRows.flatMap((u) => (u.enterprise_id ? [[accounts.find((a) => a.username === u.username)!.enterpriseUscc!, userId.get(u.username)!] as const] : []))),
        })),
        live: 0,
        liveRefused: 0,
      };
    }
    await sql`analyze`.execute(trx).catch(() => undefined);
    return { summary, history };
  });
  if (history && summary.history) {
    const live = await fileDemoLive({ db, config, now }, history);
    summary.history.live = live.made.length;
    summary.history.liveRefused = live.refused.length;
  }
  return summary;
}

/**
 * Forward-only SQL migrations: every file in migrations/ in name order, each applied inside its own
 * transaction and recorded in schema_migrations with its checksum. A database that has a migration
 * this code does not know was migrated by a newer version: we refuse to touch it.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import type { Database } from './connection.ts';

const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), 'migrations');
// Any constant: serialises migrators across processes on PostgreSQL.
const LOCK_KEY = 7_224_202_524;

export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

export class MigrationError extends Error {
  constructor(
    readonly code: 'DATABASE_TOO_NEW' | 'CHECKSUM_MISMATCH' | 'MIGRATION_FAILED',
    message: string,
  ) {
    super(message);
  }
}

export function loadMigrations(dir = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      return { name, sql: text, checksum: createHash('sha256').update(text).digest('hex') };
    });
}

export interface MigrateResult {
  applied: string[];
  current: string | null;
}

export async function migrate(db: Database, migrations = loadMigrations()): Promise<MigrateResult> {
  await sql`create table if not exists schema_migrations (
    name text primary key,
    checksum char(64) not null,
    applied_at timestamptz not null default now()
  )`.execute(db);

  return db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${LOCK_KEY})`.execute(trx);
    const done = await trx.selectFrom('schema_migrations').select(['name', 'checksum']).orderBy('name').execute();
    const known = new Map(migrations.map((m) => [m.name, m]));
    const unknown = done.filter((d) => !known.has(d.name));
    if (unknown.length > 0) {
      throw new MigrationError(
        'DATABASE_TOO_NEW',
        `数据库已由更新版本的云企舒迁移（未知迁移：${unknown.map((u) => u.name).join(', ')}），本版本拒绝启动，请升级程序。\n` +
          `The database was migrated by a newer version of 云企舒 (unknown migrations: ${unknown.map((u) => u.name).join(', ')}); upgrade this program.`,
      );
    }
    for (const d of done) {
      const m = known.get(d.name)!;
      if (m.checksum !== d.checksum.trim()) {
        throw new MigrationError('CHECKSUM_MISMATCH', `Migration ${d.name} was changed after it was applied; migrations are forward-only.`);
      }
    }
    const applied: string[] = [];
    const doneNames = new Set(done.map((d) => d.name));
    for (const m of migrations) {
      if (doneNames.has(m.name)) continue;
      try {
        await sql.raw(m.sql).execute(trx);
      } catch (error) {
        throw new MigrationError('MIGRATION_FAILED', `Migration ${m.name} failed: ${(error as Error).message}`);
      }
      await trx.insertInto('schema_migrations').values({ name: m.name, checksum: m.checksum }).execute();
      applied.push(m.name);
    }
    return { applied, current: migrations.at(-1)?.name ?? null };
  });
}

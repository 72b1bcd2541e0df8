/**
 * Opens the one store: PostgreSQL through `pg` when a URL is given, otherwise embedded PGlite
 * persisted in a directory (or in memory, or loaded from a dumped image for tests).
 * Both return dates as 'YYYY-MM-DD' strings, bigint counts as numbers, timestamps as Date.
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { PGliteDialect } from './pglite-dialect.ts';
import type { DB } from './schema.ts';

const DATE_OID = 1082;
const INT8_OID = 20;
const NUMERIC_OID = 1700;

export type Database = Kysely<DB>;

export interface OpenOptions {
  /** postgres://… for PostgreSQL */
  url?: string;
  /** Directory for PGlite; 'memory://' for an in-memory database. */
  dataDir?: string;
  /** A PGlite data directory image (from dumpDataDir) to start from: tests clone one migrated image. */
  image?: Blob;
}

export interface DatabaseHandle {
  db: Database;
  kind: 'postgres' | 'pglite';
  /** Present in PGlite mode: the embedded instance (to dump an image). */
  pglite?: PGlite;
  close(): Promise<void>;
}

const toNumber = (v: string) => Number(v);
const asIs = (v: string) => v;

export async function openDatabase(options: OpenOptions): Promise<DatabaseHandle> {
  if (options.url) {
    pg.types.setTypeParser(DATE_OID, asIs);
    pg.types.setTypeParser(INT8_OID, toNumber);
    pg.types.setTypeParser(NUMERIC_OID, toNumber);
    const pool = new pg.Pool({ connectionString: options.url, max: 10 });
    // An idle client's connection can end under us (server restart, database dropped): pg emits
    // 'error' on the pool, which would crash the process if unhandled. The next query reconnects.
    pool.on('error', (error) => process.stderr.write(`PostgreSQL idle connection error: ${error.message}\n`));
    const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
    return { db, kind: 'postgres', close: () => db.destroy() };
  }
  const dataDir = options.dataDir ?? 'memory://';
  if (!dataDir.startsWith('memory://')) mkdirSync(dataDir, { recursive: true });
  const pglite = await PGlite.create({
    dataDir,
    ...(options.image ? { loadDataDir: options.image } : {}),
    parsers: { [DATE_OID]: asIs, [INT8_OID]: toNumber, [NUMERIC_OID]: toNumber },
  });
  const db = new Kysely<DB>({ dialect: new PGliteDialect(pglite) });
  return { db, kind: 'pglite', pglite, close: () => db.destroy() };
}

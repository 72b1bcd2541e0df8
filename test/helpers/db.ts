/** A fresh database per test file: a clone of the migrated PGlite image, or a copy of the PostgreSQL template. */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { withDatabase } from '../global-setup.ts';

export type Backend = 'pglite' | 'postgres';

/** The backends this run covers: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export const backends: Backend[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];

export interface TestDatabase extends DatabaseHandle {
  backend: Backend;
  /** For PostgreSQL: the URL of this test's own database (to open a second pool against it). */
  url?: string;
}

export async function freshDatabase(backend: Backend): Promise<TestDatabase> {
  if (backend === 'pglite') {
    const image = new Blob([readFileSync(inject('pgliteImage'))]);
    const handle = await openDatabase({ dataDir: 'memory://', image });
    return { ...handle, backend };
  }
  const url = process.env.TEST_DATABASE_URL!;
  const template = inject('pgTemplate');
  if (!template) throw new Error('No PostgreSQL template database: TEST_DATABASE_URL was not set for global setup');
  const name = `yqs_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name} template ${template}`);
  await admin.end();
  const dbUrl = withDatabase(url, name);
  const handle = await openDatabase({ url: dbUrl });
  return {
    ...handle,
    backend,
    url: dbUrl,
    close: async () => {
      await handle.close();
      const a = new pg.Client({ connectionString: url });
      await a.connect();
      await a.query(`drop database if exists ${name} with (force)`);
      await a.end();
    },
  };
}

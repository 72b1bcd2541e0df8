/**
 * Once per test run: a migrated PGlite image that every test file clones (fast, isolated), and, when
 * TEST_DATABASE_URL is set, a migrated PostgreSQL template database that every test file copies.
 */
import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import pg from 'pg';
import { openDatabase } from '../src/db/connection.ts';
import { migrate } from '../src/db/migrate.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteImage: string;
    pgTemplate: string | null;
  }
}

export default async function setup(project: TestProject) {
  const handle = await openDatabase({ dataDir: 'memory://' });
  await migrate(handle.db);
  const image = await handle.pglite!.dumpDataDir('none');
  await handle.close();
  const imagePath = join(tmpdir(), `yqs-test-image-${process.pid}-${randomBytes(4).toString('hex')}.tar`);
  writeFileSync(imagePath, Buffer.from(await image.arrayBuffer()));
  project.provide('pgliteImage', imagePath);

  const url = process.env.TEST_DATABASE_URL;
  let template: string | null = null;
  if (url) {
    template = `yqs_template_${process.pid}_${randomBytes(3).toString('hex')}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`create database ${template}`);
    await admin.end();
    const t = await openDatabase({ url: withDatabase(url, template) });
    await migrate(t.db);
    await t.close();
  }
  project.provide('pgTemplate', template);

  return async () => {
    rmSync(imagePath, { force: true });
    if (url && template) {
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`drop database if exists ${template}`);
      await admin.end();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

/** The only SQL of published policy versions, jurisdictions' policy codes and reference revisions. */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/connection.ts';
import type { DB } from '../../db/schema.ts';

export type RevisionName = 'calendar' | 'policy';

/** The current revision of a kind of reference data (bumped by every change to it). */
export async function readRevision(db: Database, name: RevisionName): Promise<number> {
  const row = await db.selectFrom('reference_revisions').select('revision').where('name', '=', name).executeTakeFirst();
  return Number(row?.revision ?? 0);
}

/** Every revision in one look-up (the rule check needs both). */
export async function readRevisions(db: Database): Promise<Record<RevisionName, number>> {
  const rows = await db.selectFrom('reference_revisions').select(['name', 'revision']).execute();
  const out: Record<RevisionName, number> = { calendar: 0, policy: 0 };
  for (const r of rows) out[r.name] = Number(r.revision);
  return out;
}

/** Inside the transaction that changes the data: every process's cache sees the new revision. */
export async function bumpRevision(trx: Transaction<DB>, name: RevisionName): Promise<void> {
  await trx.updateTable('reference_revisions').set({ revision: sql`revision + 1` }).where('name', '=', name).execute();
}

export async function listPublishedVersions(db: Database) {
  return db
    .selectFrom('policy_versions as v')
    .leftJoin('users as u', 'u.id', 'v.published_by')
    .select(['v.id', 'v.jurisdiction', 'v.code', 'v.effective_from', 'v.params', 'v.published_at', 'u.username as published_by'])
    .orderBy('v.id')
    .execute();
}

export async function versionCodeTaken(trx: Transaction<DB>, code: string): Promise<boolean> {
  return (await trx.selectFrom('policy_versions').select('id').where('code', '=', code).executeTakeFirst()) !== undefined;
}

export async function insertVersion(
  trx: Transaction<DB>,
  v: { jurisdiction: string; code: string; effectiveFrom: string; params: unknown; publishedBy: number },
) {
  return trx
    .insertInto('policy_versions')
    .values({ jurisdiction: v.jurisdiction, code: v.code, effective_from: v.effectiveFrom, params: JSON.stringify(v.params), published_by: v.publishedBy })
    .returning(['id', 'published_at'])
    .executeTakeFirstOrThrow();
}

/** Division codes of the jurisdictions in the database, first created first. */
export async function jurisdictionCodes(db: Database | Transaction<DB>): Promise<string[]> {
  const rows = await db.selectFrom('jurisdictions').select('division_code').orderBy('id').execute();
  return rows.map((r) => r.division_code);
}

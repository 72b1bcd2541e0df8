/**
 * The SQL of inspection codes: signing keys, issued codes, secrets and the scan log. The private key
 * column is read in exactly one place (signingKeyRow); every other query names its columns.
 * lookupInspections reads the filings tables (0004) directly for now: the state of the inspection a
 * code names, in one round trip on the public verify path.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CodeSubjectKindColumn, KeySealing } from '../../db/tables/codes.ts';

type Q = Kysely<DB>;

export async function signingKeyRow(trx: Transaction<DB>, lock: 'share' | 'update') {
  const q = trx
    .selectFrom('code_signing_keys')
    .select(['id', 'public_key', 'private_key', 'private_key_sealing'])
    .where('retired_at', 'is', null);
  return (lock === 'share' ? q.forShare() : q.forUpdate()).executeTakeFirst();
}

export async function insertKey(trx: Transaction<DB>, row: { publicKey: Uint8Array; privateKey: Uint8Array; sealing: KeySealing; createdBy: number | null }) {
  return trx
    .insertInto('code_signing_keys')
    .values({ public_key: row.publicKey, private_key: row.privateKey, private_key_sealing: row.sealing, created_by: row.createdBy })
    .onConflict((oc) => oc.expression(sql`(true)`).where('retired_at', 'is', null).doNothing())
    .returning('id')
    .executeTakeFirst();
}

export async function retireKey(trx: Transaction<DB>, id: number, at: Date, verifiesUntil: string, revokeReason: string | null) {
  await trx
    .updateTable('code_signing_keys')
    .set({ retired_at: at, verifies_until: verifiesUntil, revoked_at: revokeReason ? at : null, revoke_reason: revokeReason })
    .where('id', '=', id)
    .execute();
}

/** The last day any code signed by the key is valid (null: it signed none). */
export async function lastWindowEnd(trx: Transaction<DB>, keyId: number): Promise<string | null> {
  const row = await trx
    .selectFrom('inspection_codes')
    .select((eb) => eb.fn.max('valid_to').as('last'))
    .where('key_id', '=', keyId)
    .executeTakeFirst();
  return row?.last ? String(row.last) : null;
}

/** Public columns only. */
export async function listKeys(db: Q) {
  return db
    .selectFrom('code_signing_keys')
    .select(['id', 'algorithm', 'public_key', 'created_at', 'retired_at', 'verifies_until', 'revoked_at'])
    .orderBy('id')
    .execute();
}

/** Keys that verify on `today`: active, or retired and not past the end of their codes' windows; never revoked. */
export async function verifyingKeys(db: Q, today: string) {
  return db
    .selectFrom('code_signing_keys')
    .select(['id', 'public_key'])
    .where('revoked_at', 'is', null)
    .where((eb) => eb.or([eb('retired_at', 'is', null), eb('verifies_until', '>=', today)]))
    .execute();
}

export async function supersedeCodes(trx: Transaction<DB>, kind: CodeSubjectKindColumn, subjectId: number, at: Date) {
  await trx
    .updateTable('inspection_codes')
    .set({ superseded_at: at })
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('superseded_at', 'is', null)
    .execute();
}

export async function insertCode(
  trx: Transaction<DB>,
  row: { kind: CodeSubjectKindColumn; subjectId: number; keyId: number; token: string; tokenHash: string; validFrom: string; validTo: string; issuedAt: Date; issuedBy: number | null },
) {
  return trx
    .insertInto('inspection_codes')
    .values({
      subject_kind: row.kind,
      subject_id: row.subjectId,
      key_id: row.keyId,
      token: row.token,
      token_hash: row.tokenHash,
      valid_from: row.validFrom,
      valid_to: row.validTo,
      issued_at: row.issuedAt,
      issued_by: row.issuedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function currentCodeRow(db: Q, kind: CodeSubjectKindColumn, subjectId: number) {
  return db
    .selectFrom('inspection_codes')
    .select(['id', 'key_id', 'token', 'valid_from', 'valid_to', 'issued_at', 'shown_at'])
    .where('subject_kind', '=', kind)
    .where('subject_id', '=', subjectId)
    .where('superseded_at', 'is', null)
    .executeTakeFirst();
}

/** The issued codes with these token hashes and the state of the inspection (or joint visit's lead filing) each names. */
export async function lookupInspections(db: Q, tokenHashes: readonly string[]) {
  if (tokenHashes.length === 0) return [];
  return db
    .selectFrom('inspection_codes as c')
    .leftJoin('filings as f', 'f.id', 'c.subject_id')
    .leftJoin('enterprises as e', 'e.id', 'f.enterprise_id')
    .select(['c.id', 'c.token_hash', 'c.subject_kind', 'c.subject_id', 'c.superseded_at', 'f.state', 'e.uscc', 'e.name as enterprise_name'])
    .where('c.token_hash', 'in', [...tokenHashes])
    .execute();
}

/** 查时亮码: the first valid scan of the code by a user of its enterprise marks it shown (later scans keep the first). */
export async function markCodeShown(db: Q, codeId: number, userId: number, at: Date) {
  await db.updateTable('inspection_codes').set({ shown_at: at, shown_by: userId }).where('id', '=', codeId).where('shown_at', 'is', null).execute();
}

export async function findSecret(db: Q, name: string) {
  return db.selectFrom('code_secrets').select('value').where('name', '=', name).executeTakeFirst();
}

export async function insertSecret(db: Q, name: string, value: Uint8Array) {
  await db.insertInto('code_secrets').values({ name, value }).onConflict((oc) => oc.column('name').doNothing()).execute();
}

export interface ScanRow {
  userId: number | null;
  clientIpHash: string;
  tokenHash: string;
  result: string;
  codeId: number | null;
  at: Date;
}

/** Several scans in one statement (one commit): see scan-writer.ts. */
export async function insertScans(db: Q, rows: readonly ScanRow[]) {
  if (rows.length === 0) return;
  await db
    .insertInto('scan_log')
    .values(rows.map((r) => ({ at: r.at, user_id: r.userId, client_ip_hash: r.clientIpHash, token_hash: r.tokenHash, result: r.result, code_id: r.codeId })))
    .execute();
}

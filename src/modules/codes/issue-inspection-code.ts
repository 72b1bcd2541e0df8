/**
 * Issuing the code of an accepted inspection or joint visit, inside the caller's transaction (the
 * filings module calls this when a filing is accepted, an emergency is registered, or the team or
 * items change). Signs with the active key, supersedes the subject's earlier code, records the new one.
 */
import { createHash } from 'node:crypto';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { signCode, type CodeContent } from '../../domain/codes/index.ts';
import type { Actor } from '../audit/index.ts';
import type { Deps } from '../deps.ts';
import { activeSigningKey } from './ensure-signing-key.ts';
import { currentCodeRow, insertCode, supersedeCodes } from './repository.ts';

export type IssueCodeInput = Omit<CodeContent, 'issuedAt'>;

export interface IssuedCode {
  codeId: number;
  token: string;
  keyId: number;
  issuedAt: string;
  validFrom: string;
  validTo: string;
}

export const tokenHash = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export async function issueInspectionCode(deps: Deps, trx: Transaction<DB>, input: IssueCodeInput, by: Actor = { userId: null, label: 'system' }): Promise<IssuedCode> {
  // A code's time is in whole seconds; a re-issue within the same second as the subject's current
  // code would sign the very same token (its hash is unique), so it takes the next second.
  const previous = await currentCodeRow(trx, input.subject.kind, input.subject.id);
  const now = Math.floor(deps.now().getTime() / 1000) * 1000;
  const at = new Date(previous ? Math.max(now, new Date(previous.issued_at).getTime() + 1000) : now);
  const key = await activeSigningKey(deps, trx, by);
  const token = signCode({ ...input, issuedAt: at.toISOString() }, key.privateKey, key.id);
  await supersedeCodes(trx, input.subject.kind, input.subject.id, at);
  const row = await insertCode(trx, {
    kind: input.subject.kind,
    subjectId: input.subject.id,
    keyId: key.id,
    token,
    tokenHash: tokenHash(token),
    validFrom: input.validFrom,
    validTo: input.validTo,
    issuedAt: at,
    issuedBy: by.userId,
  });
  return { codeId: row.id, token, keyId: key.id, issuedAt: at.toISOString(), validFrom: input.validFrom, validTo: input.validTo };
}

/** The subject's current code (for GET /filings/{id} as `code`, the notice and the inspector's view), or null. */
export async function currentCode(db: Kysely<DB>, subject: IssueCodeInput['subject']) {
  const row = await currentCodeRow(db, subject.kind, subject.id);
  if (!row) return null;
  return {
    token: row.token,
    keyId: row.key_id,
    validFrom: row.valid_from,
    validTo: row.valid_to,
    issuedAt: new Date(row.issued_at).toISOString(),
    shownAt: row.shown_at ? new Date(row.shown_at).toISOString() : null,
  };
}

/** Withdraws the subject's current code (superseded: it answers SUPERSEDED online from now on). */
export async function withdrawCode(trx: Transaction<DB>, subject: IssueCodeInput['subject'], at: Date): Promise<void> {
  await supersedeCodes(trx, subject.kind, subject.id, at);
}

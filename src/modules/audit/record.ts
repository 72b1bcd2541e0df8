/**
 * Appends an audit entry inside the caller's transaction, so the entry and the change it records
 * commit or roll back together. Writers are serialised by a transaction-scoped advisory lock so the
 * chain stays linear across processes.
 */
import { sql, type Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { GENESIS_HASH, entryHash } from './hash.ts';

const AUDIT_LOCK_KEY = 7_224_202_525;

export interface Actor {
  userId: number | null;
  /** username, or 'system' / 'cli' for changes made outside a user's request */
  label: string;
}

export interface AuditInput {
  action: string;
  entity: string;
  entityId?: string | number | null;
  before?: unknown;
  after?: unknown;
}

/** Plain JSON (dates to ISO strings) so what is hashed is exactly what jsonb stores. */
const plain = (v: unknown): unknown => (v === undefined || v === null ? null : JSON.parse(JSON.stringify(v)));

export async function recordAudit(trx: Transaction<DB>, actor: Actor, input: AuditInput): Promise<void> {
  await sql`select pg_advisory_xact_lock(${AUDIT_LOCK_KEY})`.execute(trx);
  const last = await trx.selectFrom('audit_log').select('hash').orderBy('id', 'desc').limit(1).executeTakeFirst();
  const prevHash = last?.hash ?? GENESIS_HASH;
  const entry = {
    at: new Date(),
    actorUserId: actor.userId,
    actorLabel: actor.label,
    action: input.action,
    entity: input.entity,
    entityId: input.entityId == null ? null : String(input.entityId),
    before: plain(input.before),
    after: plain(input.after),
  };
  await trx
    .insertInto('audit_log')
    .values({
      at: entry.at,
      actor_user_id: entry.actorUserId,
      actor_label: entry.actorLabel,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === null ? null : JSON.stringify(entry.before),
      after: entry.after === null ? null : JSON.stringify(entry.after),
      prev_hash: prevHash,
      hash: entryHash(prevHash, entry),
    })
    .execute();
}

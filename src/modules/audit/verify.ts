/** Walks the audit chain in id order and names the first entry whose links or contents do not hold. */
import type { Database } from '../../db/connection.ts';
import { GENESIS_HASH, entryHash } from './hash.ts';

export type VerifyResult =
  | { ok: true; entries: number }
  | { ok: false; entries: number; brokenId: number; reason: 'PREV_HASH_MISMATCH' | 'HASH_MISMATCH' };

const PAGE = 5000;

export async function verifyAuditChain(db: Database, onProgress?: (checked: number, total: number) => void): Promise<VerifyResult> {
  const { total } = await db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('total'))
    .executeTakeFirstOrThrow();
  let prevHash = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('id', '>', lastId).orderBy('id').limit(PAGE).execute();
    if (rows.length === 0) break;
    for (const row of rows) {
      if (row.prev_hash !== prevHash) return { ok: false, entries: checked, brokenId: row.id, reason: 'PREV_HASH_MISMATCH' };
      const expected = entryHash(prevHash, {
        at: row.at,
        actorUserId: row.actor_user_id,
        actorLabel: row.actor_label,
        action: row.action,
        entity: row.entity,
        entityId: row.entity_id,
        before: row.before,
        after: row.after,
      });
      if (expected !== row.hash) return { ok: false, entries: checked, brokenId: row.id, reason: 'HASH_MISMATCH' };
      prevHash = row.hash;
      lastId = row.id;
      checked += 1;
    }
    onProgress?.(checked, Number(total));
  }
  return { ok: true, entries: checked };
}

/** API keys that an administrator issues to a user for another system: stored hashed, shown once, revocable, audited. */
import { notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Deps } from '../deps.ts';
import type { Principal } from './principal.ts';
import { newApiKey, sha256 } from './tokens.ts';

const actorOf = (p: Principal) => ({ userId: p.id, label: p.username });

export async function listApiKeys(deps: Deps) {
  const rows = await deps.db
    .selectFrom('api_keys as k')
    .innerJoin('users as u', 'u.id', 'k.user_id')
    .select(['k.id', 'k.name', 'k.prefix', 'u.username', 'k.created_at', 'k.last_used_at', 'k.revoked_at'])
    .orderBy('k.id', 'desc')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    prefix: r.prefix,
    user: { username: r.username },
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  }));
}

export async function issueApiKey(deps: Deps, by: Principal, input: { name: string; username: string }) {
  const user = await deps.db.selectFrom('users').select(['id', 'username']).where('username', '=', input.username).executeTakeFirst();
  if (!user) throw notFound('USER_NOT_FOUND', `用户“${input.username}”不存在。`, `No user named “${input.username}”.`);
  const { key, prefix } = newApiKey();
  const id = await deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('api_keys')
      .values({ user_id: user.id, name: input.name, prefix, key_hash: sha256(key), created_by: by.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await recordAudit(trx, actorOf(by), {
      action: 'apikey.issue',
      entity: 'api_key',
      entityId: row.id,
      after: { name: input.name, username: user.username, prefix },
    });
    return row.id;
  });
  return { id, key };
}

export async function revokeApiKey(deps: Deps, by: Principal, id: number) {
  await deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('api_keys').select(['id', 'name', 'revoked_at']).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw notFound('API_KEY_NOT_FOUND', 'API 密钥不存在。', 'No such API key.');
    if (row.revoked_at) return;
    const revokedAt = deps.now();
    await trx.updateTable('api_keys').set({ revoked_at: revokedAt }).where('id', '=', id).execute();
    await recordAudit(trx, actorOf(by), {
      action: 'apikey.revoke',
      entity: 'api_key',
      entityId: id,
      before: { revokedAt: null },
      after: { revokedAt: revokedAt.toISOString() },
    });
  });
}

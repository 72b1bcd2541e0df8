/** The only SQL of the auth module. */
import type { Database } from '../../db/connection.ts';
import type { Principal } from './principal.ts';

export async function findUserForLogin(db: Database, username: string) {
  return db
    .selectFrom('users')
    .select(['id', 'username', 'password_hash', 'disabled', 'failed_logins', 'locked_until'])
    .where('username', '=', username)
    .executeTakeFirst();
}

/** Loads a principal; `via` says how the request authenticated. */
export async function loadPrincipal(db: Database, userId: number, via: Principal['via']): Promise<Principal | null> {
  const row = await db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .leftJoin('enterprises as e', 'e.id', 'u.enterprise_id')
    .select([
      'u.id',
      'u.username',
      'u.display_name',
      'u.role',
      'u.disabled',
      'd.id as department_id',
      'd.code as department_code',
      'd.name as department_name',
      'e.id as enterprise_id',
      'e.uscc as enterprise_uscc',
      'e.name as enterprise_name',
    ])
    .where('u.id', '=', userId)
    .executeTakeFirst();
  if (!row || row.disabled) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.display_name,
    role: row.role,
    department:
      row.department_id != null ? { id: row.department_id, code: row.department_code!, name: row.department_name! } : null,
    enterprise:
      row.enterprise_id != null ? { id: row.enterprise_id, uscc: row.enterprise_uscc!, name: row.enterprise_name! } : null,
    via,
  };
}

export async function findSession(db: Database, id: string, now: Date) {
  return db
    .selectFrom('sessions')
    .select(['id', 'user_id', 'csrf_token', 'expires_at', 'last_seen_at'])
    .where('id', '=', id)
    .where('expires_at', '>', now)
    .executeTakeFirst();
}

export async function findApiKey(db: Database, keyHash: string) {
  return db
    .selectFrom('api_keys')
    .select(['id', 'user_id', 'revoked_at'])
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

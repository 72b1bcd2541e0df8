/**
 * Sign-in: checks the password, locks the account after repeated failures, opens a server-side
 * session. The session token goes to the cookie; only its SHA-256 is stored.
 */
import { DomainError } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Deps } from '../deps.ts';
import { decoyHash, verifyPassword } from './password.ts';
import type { Principal } from './principal.ts';
import { findUserForLogin, loadPrincipal } from './repository.ts';
import { randomToken, sha256 } from './tokens.ts';

export interface LoginResult {
  principal: Principal;
  sessionToken: string;
  csrfToken: string;
  expiresAt: Date;
}

const invalidCredentials = () =>
  new DomainError('INVALID_CREDENTIALS', 'unauthenticated', {
    zh: '用户名或密码错误。',
    en: 'Wrong username or password.',
  });

export async function login(deps: Deps, input: { username: string; password: string }): Promise<LoginResult> {
  const { db, config } = deps;
  const now = deps.now();
  const user = await findUserForLogin(db, input.username);
  if (!user || !user.password_hash || user.disabled) {
    await verifyPassword(input.password, await decoyHash());
    throw invalidCredentials();
  }
  if (user.locked_until && user.locked_until > now) {
    const minutes = Math.ceil((user.locked_until.getTime() - now.getTime()) / 60_000);
    throw new DomainError(
      'ACCOUNT_LOCKED',
      'locked',
      {
        zh: `连续登录失败次数过多，账号已临时锁定，请 ${minutes} 分钟后再试。`,
        en: `Too many failed sign-ins; the account is locked. Try again in ${minutes} minutes.`,
      },
      { lockedUntil: user.locked_until.toISOString() },
    );
  }
  const ok = await verifyPassword(input.password, user.password_hash);
  if (!ok) {
    const failures = user.failed_logins + 1;
    const lock = failures >= config.LOGIN_MAX_FAILURES;
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('users')
        .set({
          failed_logins: lock ? 0 : failures,
          locked_until: lock ? new Date(now.getTime() + config.LOGIN_LOCK_MINUTES * 60_000) : user.locked_until,
        })
        .where('id', '=', user.id)
        .execute();
      if (lock) {
        await recordAudit(trx, { userId: null, label: 'system' }, {
          action: 'auth.locked',
          entity: 'user',
          entityId: user.id,
          after: { username: user.username, failures, lockMinutes: config.LOGIN_LOCK_MINUTES },
        });
      }
    });
    throw invalidCredentials();
  }
  const sessionToken = randomToken();
  const csrfToken = randomToken();
  const expiresAt = new Date(now.getTime() + config.SESSION_TTL_HOURS * 3_600_000);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ failed_logins: 0, locked_until: null }).where('id', '=', user.id).execute();
    await trx
      .insertInto('sessions')
      .values({ id: sha256(sessionToken), user_id: user.id, csrf_token: csrfToken, expires_at: expiresAt, created_at: now, last_seen_at: now })
      .execute();
    await recordAudit(trx, { userId: user.id, label: user.username }, { action: 'auth.login', entity: 'user', entityId: user.id });
  });
  const principal = await loadPrincipal(db, user.id, 'session');
  if (!principal) throw invalidCredentials();
  return { principal, sessionToken, csrfToken, expiresAt };
}

export async function logout(deps: Deps, principal: Principal, sessionToken: string): Promise<void> {
  await deps.db.transaction().execute(async (trx) => {
    await trx.deleteFrom('sessions').where('id', '=', sha256(sessionToken)).execute();
    await recordAudit(trx, { userId: principal.id, label: principal.username }, { action: 'auth.logout', entity: 'user', entityId: principal.id });
  });
}

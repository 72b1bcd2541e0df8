/**
 * Resolves who is calling from the request's credentials: a bearer API key (no CSRF token needed)
 * or the session cookie (a state-changing request must echo the session's CSRF token).
 */
import { DomainError } from '../../domain/errors.ts';
import type { Deps } from '../deps.ts';
import type { Principal } from './principal.ts';
import { findApiKey, findSession, loadPrincipal } from './repository.ts';
import { safeEqual, sha256 } from './tokens.ts';

export interface Credentials {
  bearer?: string;
  sessionToken?: string;
  csrfHeader?: string;
  stateChanging: boolean;
}

export interface Authenticated {
  principal: Principal;
  csrfToken: string | null;
}

const badKey = () =>
  new DomainError('INVALID_API_KEY', 'unauthenticated', { zh: 'API 密钥无效或已吊销。', en: 'The API key is invalid or revoked.' });

/** null: anonymous. Throws for a bad key or a missing/wrong CSRF token. */
export async function authenticate(deps: Deps, creds: Credentials): Promise<Authenticated | null> {
  const now = deps.now();
  if (creds.bearer) {
    const key = await findApiKey(deps.db, sha256(creds.bearer));
    if (!key) throw badKey();
    const principal = await loadPrincipal(deps.db, key.user_id, 'api_key');
    if (!principal) throw badKey();
    // last_used_at is bookkeeping, not a change of state worth an audit entry.
    await deps.db.updateTable('api_keys').set({ last_used_at: now }).where('id', '=', key.id).execute();
    return { principal, csrfToken: null };
  }
  if (!creds.sessionToken) return null;
  const session = await findSession(deps.db, sha256(creds.sessionToken), now);
  if (!session) return null;
  if (creds.stateChanging && !(creds.csrfHeader && safeEqual(creds.csrfHeader, session.csrf_token))) {
    throw new DomainError('CSRF_TOKEN_INVALID', 'forbidden', {
      zh: '请求缺少有效的 CSRF 令牌，请刷新页面后重试。',
      en: 'The request lacks a valid CSRF token; reload the page and try again.',
    });
  }
  const principal = await loadPrincipal(deps.db, session.user_id, 'session');
  if (!principal) return null;
  if (now.getTime() - session.last_seen_at.getTime() > 60_000) {
    await deps.db.updateTable('sessions').set({ last_seen_at: now }).where('id', '=', session.id).execute();
  }
  return { principal, csrfToken: session.csrf_token };
}

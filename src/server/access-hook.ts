/**
 * Authentication and role checks for every route, in one place. Each /api route declares
 * `config: { access: '<permission>' }` (see modules/auth/permissions.ts); a route without one makes
 * the server refuse to start.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError, forbidden } from '../domain/errors.ts';
import { allows, authenticate, isPermission, type Permission, type Principal } from '../modules/auth/index.ts';
import type { Deps } from '../modules/deps.ts';

export const SESSION_COOKIE = 'yqs_session';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    csrfToken: string | null;
  }
  interface FastifyContextConfig {
    access?: Permission;
  }
  interface FastifyInstance {
    /** Every API route with its permission, for the access tests and the docs. */
    apiRoutes: { method: string; url: string; access: Permission }[];
  }
}

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** The signed-in caller, or a 401 (for use in handlers of non-public routes). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

const unauthenticated = () =>
  new DomainError('UNAUTHENTICATED', 'unauthenticated', { zh: '请先登录。', en: 'Please sign in.' });

export function installAccessHook(app: FastifyInstance, deps: Deps) {
  app.decorateRequest('principal', null);
  app.decorateRequest('csrfToken', null);
  const routes: FastifyInstance['apiRoutes'] = [];
  app.decorate('apiRoutes', routes);

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/v1')) return;
    const access = (route.config as { access?: unknown } | undefined)?.access;
    if (!isPermission(access)) throw new Error(`Route ${route.method} ${route.url} declares no valid access permission`);
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push({ method, url: route.url, access });
  });

  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return; // not an API route (static UI, docs, 404)
    const authorization = request.headers.authorization;
    const bearer = authorization?.startsWith('Bearer ') ? authorization.slice(7).trim() : undefined;
    const result = await authenticate(deps, {
      bearer,
      sessionToken: request.cookies[SESSION_COOKIE],
      csrfHeader: typeof request.headers['x-csrf-token'] === 'string' ? request.headers['x-csrf-token'] : undefined,
      stateChanging: STATE_CHANGING.has(request.method) && access !== 'public',
    });
    request.principal = result?.principal ?? null;
    request.csrfToken = result?.csrfToken ?? null;
    if (allows(access, request.principal)) return;
    if (!request.principal) throw unauthenticated();
    throw forbidden();
  });
}

/** HTTP for sign-in, session and API keys: authenticate, validate, call the use case. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf, SESSION_COOKIE } from '../../server/access-hook.ts';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { issueApiKey, listApiKeys, revokeApiKey } from './api-keys.ts';
import { login, logout } from './login.ts';
import type { Principal } from './principal.ts';

const UserSchema = Obj(
  {
    id: Type.Integer(),
    username: Type.String(),
    displayName: Type.String(),
    role: Type.String(),
    department: Type.Union([Obj({ code: Type.String(), name: Type.String() }), Type.Null()]),
    enterprise: Type.Union([Obj({ uscc: Type.String(), name: Type.String() }), Type.Null()]),
  },
  { $id: 'User' },
);
const SessionResponse = Obj({ user: UserSchema, csrfToken: Type.String() });

export const userView = (p: Principal) => ({
  id: p.id,
  username: p.username,
  displayName: p.displayName,
  role: p.role,
  department: p.department ? { code: p.department.code, name: p.department.name } : null,
  enterprise: p.enterprise ? { uscc: p.enterprise.uscc, name: p.enterprise.name } : null,
});

export const authRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/auth/login',
    {
      config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
      schema: {
        tags: ['auth'],
        summary: '登录 Sign in',
        body: Obj({ username: Type.String({ minLength: 1, maxLength: 64 }), password: Type.String({ minLength: 1, maxLength: 200 }) }),
        response: { 200: SessionResponse, ...errorResponses },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body);
      reply.setCookie(SESSION_COOKIE, result.sessionToken, {
        path: '/',
        httpOnly: true,
        sameSite: 'strict',
        secure: deps.config.COOKIE_SECURE,
        expires: result.expiresAt,
      });
      return { user: userView(result.principal), csrfToken: result.csrfToken };
    },
  );

  app.get(
    '/auth/session',
    { config: { access: 'session.self' }, schema: { tags: ['auth'], summary: '当前会话 Current session', response: { 200: SessionResponse, ...errorResponses } } },
    async (request) => ({ user: userView(principalOf(request)), csrfToken: request.csrfToken ?? '' }),
  );

  app.post(
    '/auth/logout',
    { config: { access: 'session.self' }, schema: { tags: ['auth'], summary: '退出登录 Sign out', response: { 204: Type.Null(), ...errorResponses } } },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logout(deps, principalOf(request), token);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/api-keys',
    {
      config: { access: 'apikeys.manage' },
      schema: {
        tags: ['auth'],
        summary: 'API 密钥列表 List API keys',
        response: {
          200: Obj({
            items: Type.Array(
              Obj({
                id: Type.Integer(),
                name: Type.String(),
                prefix: Type.String(),
                user: Obj({ username: Type.String() }),
                createdAt: Type.String(),
                lastUsedAt: Type.Union([Type.String(), Type.Null()]),
                revokedAt: Type.Union([Type.String(), Type.Null()]),
              }),
            ),
          }),
          ...errorResponses,
        },
      },
    },
    async () => ({ items: await listApiKeys(deps) }),
  );

  app.post(
    '/api-keys',
    {
      config: { access: 'apikeys.manage' },
      schema: {
        tags: ['auth'],
        summary: '签发 API 密钥（仅显示一次） Issue an API key (shown once)',
        body: Obj({ name: Type.String({ minLength: 1, maxLength: 100 }), username: Type.String({ minLength: 1, maxLength: 64 }) }),
        response: { 201: Obj({ id: Type.Integer(), key: Type.String() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await issueApiKey(deps, principalOf(request), request.body)),
  );

  app.delete(
    '/api-keys/:id',
    {
      config: { access: 'apikeys.manage' },
      schema: {
        tags: ['auth'],
        summary: '吊销 API 密钥 Revoke an API key',
        params: Obj({ id: Type.Integer({ minimum: 1 }) }),
        response: { 204: Type.Null(), ...errorResponses },
      },
    },
    async (request, reply) => {
      await revokeApiKey(deps, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

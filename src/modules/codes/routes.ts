/** HTTP for inspection codes: public verification, the published public keys, key rotation. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../../server/access-hook.ts';
import { langOf } from '../../server/lang.ts';
import { ErrorResponse, errorResponses } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { listPublicKeys } from './list-public-keys.ts';
import { rotateSigningKey } from './rotate-signing-key.ts';
import { KeysResponse, RotateBody, RotateResponse, TokenParams, VerificationResponse } from './schemas.ts';
import { verifyInspectionCode } from './verify-inspection-code.ts';

/**
 * Per client address (behind the proxy Fastify trusts): a door needs a few scans, not hundreds. The
 * default; the server uses VERIFY_RATE_LIMIT_PER_MINUTE from the configuration (a benchmark lifts it).
 */
export const VERIFY_RATE_LIMIT = { max: 30, timeWindow: 60_000 } as const;
const KEYS_RATE_LIMIT = { max: 60, timeWindow: 60_000 } as const;

export interface CodeRouteOptions {
  deps: Deps;
  /** Runs after a revocation (the filings module re-issues the revoked key's codes); returns how many. */
  afterRevoke?: (deps: Deps) => Promise<readonly unknown[]>;
}

export const codeRoutes: FastifyPluginAsyncTypebox<CodeRouteOptions> = async (app, { deps, afterRevoke }) => {
  const verifyRateLimit = { max: deps.config.VERIFY_RATE_LIMIT_PER_MINUTE ?? VERIFY_RATE_LIMIT.max, timeWindow: VERIFY_RATE_LIMIT.timeWindow };
  app.get(
    '/codes/keys',
    {
      config: { access: 'public', rateLimit: KEYS_RATE_LIMIT },
      schema: {
        tags: ['codes'],
        summary: '检查码公钥（离线核验用） Public keys to verify inspection codes offline',
        response: { 200: KeysResponse, 429: ErrorResponse },
      },
    },
    async (_request, reply) => {
      reply.header('cache-control', 'public, max-age=300');
      return listPublicKeys(deps);
    },
  );

  app.post(
    '/codes/keys/rotate',
    {
      config: { access: 'codes.rotate' },
      schema: {
        tags: ['codes'],
        summary: '轮换检查码签名密钥 Rotate the code signing key',
        body: RotateBody,
        response: { 200: RotateResponse, ...errorResponses },
      },
    },
    async (request) => {
      const result = await rotateSigningKey(deps, principalOf(request), request.body);
      return result.revoked && afterRevoke ? { ...result, reissued: (await afterRevoke(deps)).length } : result;
    },
  );

  app.get(
    '/codes/:token',
    {
      config: { access: 'public', rateLimit: verifyRateLimit },
      schema: {
        tags: ['codes'],
        summary: '核验检查码（无需登录） Verify an inspection code (no sign-in needed)',
        description:
          '先离线核验签名、企业和有效期，再在线核对检查是否仍有效；每次核验都记录。伪造或改动的码一律答 MALFORMED_OR_FORGED。\n' +
          'Checks the signature, enterprise and window offline, then online whether the inspection is still approved; every check is logged. A forged or altered code always gets MALFORMED_OR_FORGED.',
        params: TokenParams,
        response: { 200: VerificationResponse, 400: ErrorResponse, 429: ErrorResponse },
      },
    },
    async (request, reply) => {
      const result = await verifyInspectionCode(deps, { token: request.params.token, principal: request.principal, clientIp: request.ip });
      reply.header('cache-control', 'no-store');
      return { ...result, message: result.message[langOf(request)] };
    },
  );
};

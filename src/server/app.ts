/**
 * Builds the Fastify application: plugins, access control, error handling, the OpenAPI document,
 * every module's routes under /api/v1 and the built web UI. No listening here (see cli/serve.ts),
 * so tests drive the same app with inject().
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { type FastifyInstance } from 'fastify';
import { auditRoutes } from '../modules/audit/index.ts';
import { authRoutes } from '../modules/auth/index.ts';
import { catalogRoutes } from '../modules/catalog/index.ts';
import { codeRoutes } from '../modules/codes/index.ts';
import { delegationRoutes } from '../modules/delegations/index.ts';
import type { Deps } from '../modules/deps.ts';
import { enterpriseRoutes } from '../modules/enterprises/index.ts';
import { filingRoutes, reissueCodes } from '../modules/filings/index.ts';
import { enterprisePortalRoutes } from '../modules/enterprise-portal/index.ts';
import { ratingRoutes } from '../modules/ratings/index.ts';
import { alertRoutes } from '../modules/alerts/index.ts';
import { kpiRoutes } from '../modules/kpi/index.ts';
import { noticeRoutes } from '../modules/notices/index.ts';
import { offsiteRoutes } from '../modules/offsite/index.ts';
import { recordRoutes } from '../modules/records/index.ts';
import { visitRoutes } from '../modules/visits/index.ts';
import { planRoutes } from '../modules/plans/index.ts';
import { publicRoutes } from '../modules/public/index.ts';
import { calendarRoutes } from '../modules/calendar/index.ts';
import { policyRoutes } from '../modules/policy/index.ts';
import { ruleRoutes } from '../modules/rules/index.ts';
import { jointVisitRoutes } from '../modules/joint-visits/index.ts';
import { installAccessHook } from './access-hook.ts';
import { installErrorHandler, sendNotFound } from './error-handler.ts';
import { ErrorResponse } from './schemas.ts';
import { validatorCompiler } from './validation.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const VERSION: string = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;
const WEB_DIR = join(ROOT, 'dist', 'web');

export interface AppOptions {
  logger?: boolean;
  /** Serve the built UI from dist/web (default: when it exists). */
  serveUi?: boolean;
}

export async function buildApp(deps: Deps, options: AppOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: options.logger ? { level: deps.config.LOG_LEVEL } : false,
    trustProxy: deps.config.TRUST_PROXY ? deps.config.TRUST_PROXY.split(',').map((a) => a.trim()) : false,
    routerOptions: { maxParamLength: 4096 }, // inspection codes travel in the path: GET /api/v1/codes/{token}
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  await app.register(rateLimit, { global: false });
  app.addSchema(ErrorResponse);
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: '云企舒 Yunqishu API',
        version: VERSION,
        description:
          '涉企行政检查统筹平台接口。登录后以 Cookie 会话调用（修改类请求需带 x-csrf-token），或以管理员签发的 API 密钥（Authorization: Bearer）调用。\n' +
          'API of the enterprise-inspection coordination platform. Call with the session cookie (state-changing requests carry x-csrf-token) or with an API key (Authorization: Bearer).',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'yqs_session' },
          apiKey: { type: 'http', scheme: 'bearer' },
        },
      },
      security: [{ session: [] }, { apiKey: [] }],
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  installAccessHook(app, deps);
  await app.register(
    async (api) => {
      await api.register(publicRoutes, { deps, version: VERSION });
      await api.register(authRoutes, { deps });
      await api.register(catalogRoutes, { deps });
      await api.register(enterpriseRoutes, { deps });
      await api.register(auditRoutes, { deps });
      await api.register(filingRoutes, { deps });
      await api.register(recordRoutes, { deps });
      await api.register(noticeRoutes, { deps });
      await api.register(offsiteRoutes, { deps });
      await api.register(visitRoutes, { deps });
      await api.register(codeRoutes, { deps, afterRevoke: reissueCodes });
      await api.register(enterprisePortalRoutes, { deps });
      await api.register(ratingRoutes, { deps });
      await api.register(alertRoutes, { deps });
      await api.register(planRoutes, { deps });
      await api.register(delegationRoutes, { deps });
      await api.register(policyRoutes, { deps });
      await api.register(calendarRoutes, { deps });
      await api.register(ruleRoutes, { deps });
      await api.register(jointVisitRoutes, { deps });
      await api.register(kpiRoutes, { deps });
    },
    { prefix: '/api/v1' },
  );

  if (options.serveUi ?? existsSync(join(WEB_DIR, 'index.html'))) await serveUi(app);
  else app.setNotFoundHandler(sendNotFound);
  return app;
}

/** The single-page UI: static files, and index.html for every non-API path the router owns. */
async function serveUi(app: FastifyInstance) {
  // wildcard: files are looked up per request, so a rebuilt UI needs no restart.
  await app.register(fastifyStatic, { root: WEB_DIR, wildcard: true, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.method !== 'GET') return sendNotFound(request, reply);
    return reply.type('text/html; charset=utf-8').sendFile('index.html');
  });
}

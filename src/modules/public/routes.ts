/** What the public may read without signing in (公众查询), plus health and meta. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { DomainError } from '../../domain/errors.ts';
import { errorResponses, Obj, PagingQuery } from '../../server/schemas.ts';
import { ROLE_LABELS } from '../auth/index.ts';
import { departmentByCode, DepartmentCode, ItemView, listDepartments, searchItems } from '../catalog/index.ts';
import type { Deps } from '../deps.ts';
import { demoAccountList } from './meta.ts';
import { publicationRoutes } from './publications.ts';

export const publicRoutes: FastifyPluginAsyncTypebox<{ deps: Deps; version: string }> = async (app, { deps, version }) => {
  await app.register(publicationRoutes, { deps });

  app.get(
    '/health',
    { config: { access: 'public' }, schema: { tags: ['public'], summary: '健康检查 Health', response: { 200: Obj({ status: Type.Literal('ok') }), 503: Obj({ status: Type.String() }) } } },
    async () => {
      try {
        await sql`select 1`.execute(deps.db);
      } catch {
        throw new DomainError('DATABASE_UNREACHABLE', 'unavailable', { zh: '数据库不可用。', en: 'The database is unreachable.' });
      }
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/meta',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '系统信息与演示账号 About this deployment',
        response: {
          200: Obj({
            demo: Type.Boolean(),
            version: Type.String(),
            jurisdiction: Type.Union([Obj({ code: Type.String(), name: Type.String() }), Type.Null()]),
            demoAccounts: Type.Array(Obj({ username: Type.String(), role: Type.String(), label: Type.String() })),
            roles: Type.Record(Type.String(), Obj({ zh: Type.String(), en: Type.String() })),
          }),
        },
      },
    },
    async () => {
      const jurisdiction = await deps.db.selectFrom('jurisdictions').select(['code', 'name']).orderBy('id').limit(1).executeTakeFirst();
      return {
        demo: deps.config.DEMO,
        version,
        jurisdiction: jurisdiction ?? null,
        demoAccounts: deps.config.DEMO ? await demoAccountList(deps.db) : [],
        roles: ROLE_LABELS,
      };
    },
  );

  app.get(
    '/public/departments',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '公开：执法部门 Public: departments',
        querystring: Obj(PagingQuery),
        response: { 200: Obj({ items: Type.Array(Obj({ code: Type.String(), name: Type.String(), itemCount: Type.Integer() })), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit = 100, offset = 0 } = request.query;
      const { rows, total } = await listDepartments(deps.db, { q, limit, offset });
      return { items: rows.map((d) => ({ code: d.code, name: d.name, itemCount: Number(d.item_count ?? 0) })), total };
    },
  );

  app.get(
    '/public/items',
    {
      config: { access: 'public' },
      schema: {
        tags: ['public'],
        summary: '公开：涉企行政检查事项清单 Public: inspection item catalogs',
        querystring: Obj({ ...PagingQuery, department: Type.Optional(DepartmentCode) }),
        response: { 200: Obj({ items: Type.Array(ItemView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit = 20, offset = 0, department } = request.query;
      const departmentId = department ? (await departmentByCode(deps, department)).id : undefined;
      return searchItems(deps, { departmentId, q, limit, offset });
    },
  );
};

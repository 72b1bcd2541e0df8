/**
 * What the county publishes without sign-in (公开): each department's off-site item list, the
 * published annual plans (also as Excel) and the delegable-item library.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, Obj, PagingQuery } from '../../server/schemas.ts';
import { departmentByCode, DepartmentCode, ItemView, searchItems } from '../catalog/index.ts';
import { publicDelegations, PublicDelegationQuery, PublicDelegationView } from '../delegations/index.ts';
import type { Deps } from '../deps.ts';
import { exportPublishedPlans, publishedPlans, PublicPlanQuery, PublicPlanView, XLSX_TYPE, Xlsx } from '../plans/index.ts';

const tags = ['public'];

export const publicationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/public/offsite-items',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开：非现场检查事项清单 Public: off-site item lists',
        querystring: Obj({ ...PagingQuery, department: Type.Optional(DepartmentCode) }),
        response: { 200: Obj({ items: Type.Array(ItemView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { q, limit = 20, offset = 0, department } = request.query;
      const departmentId = department ? (await departmentByCode(deps, department)).id : undefined;
      return searchItems(deps, { departmentId, q, limit, offset, mode: 'offsite' });
    },
  );

  app.get(
    '/public/plans',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开：已公布的年度入企检查计划（默认本年度） Public: published annual plans (default: this year)',
        querystring: PublicPlanQuery,
        response: { 200: Obj({ year: Type.Integer(), items: Type.Array(PublicPlanView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, offset = 0, ...q } = request.query;
      return publishedPlans(deps, { ...q, limit, offset });
    },
  );

  app.get(
    '/public/plans.xlsx',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开：导出已公布的年度计划（Excel） Public: published plans as Excel',
        querystring: Obj({ year: PublicPlanQuery.properties.year, department: PublicPlanQuery.properties.department }),
        produces: [XLSX_TYPE],
        response: { 200: Xlsx, ...errorResponses },
      },
    },
    async (request, reply) => {
      const { buffer, disposition } = await exportPublishedPlans(deps, request.query);
      return reply.type(XLSX_TYPE).header('content-disposition', disposition).send(buffer);
    },
  );

  app.get(
    '/public/delegable-items',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: '公开：委托检查事项清单库 Public: the delegable-item library',
        querystring: PublicDelegationQuery,
        response: { 200: Obj({ items: Type.Array(PublicDelegationView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 50, offset = 0, ...q } = request.query;
      return publicDelegations(deps, { ...q, limit, offset });
    },
  );
};

/** HTTP for the enterprise register (企业库) and towns. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { notFound } from '../../domain/errors.ts';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj, PagingQuery } from '../../server/schemas.ts';
import { assertEnterpriseScope } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { findEnterprise, listTowns, searchEnterprises } from './repository.ts';

const Grade = Type.Union([Type.Literal('A'), Type.Literal('B'), Type.Literal('C'), Type.Literal('D')]);
const Uscc = Type.String({ pattern: '^[0-9A-HJ-NPQRTUWXY]{18}$', description: '统一社会信用代码 Unified social credit code' });

const EnterpriseView = Obj({
  uscc: Type.String(),
  name: Type.String(),
  grade: Type.Union([Grade, Type.Null()]),
  gradeYear: Type.Union([Type.Integer(), Type.Null()]),
  town: Type.Union([Obj({ code: Type.String(), name: Type.String() }), Type.Null()]),
  industry: Type.String(),
  aboveScale: Type.Boolean(),
  key: Type.Boolean(),
});
const EnterpriseDetail = Obj({
  ...EnterpriseView.properties,
  address: Type.Union([Type.String(), Type.Null()]),
  legalRepresentative: Type.Union([Type.String(), Type.Null()]),
});

type Row = NonNullable<Awaited<ReturnType<typeof findEnterprise>>>;
const view = (r: Row) => ({
  uscc: r.uscc,
  name: r.name,
  grade: r.grade,
  gradeYear: r.grade_year,
  town: r.town_code ? { code: r.town_code, name: r.town_name! } : null,
  industry: r.industry,
  aboveScale: r.above_scale,
  key: r.key_enterprise,
});

export const enterpriseRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/towns',
    {
      config: { access: 'towns.read' },
      schema: { tags: ['enterprises'], summary: '乡镇（街道） Towns and streets', response: { 200: Obj({ items: Type.Array(Obj({ code: Type.String(), name: Type.String() })) }), ...errorResponses } },
    },
    async () => ({ items: await listTowns(deps.db) }),
  );

  app.get(
    '/enterprises',
    {
      config: { access: 'enterprises.list' },
      schema: {
        tags: ['enterprises'],
        summary: '企业库（按等级、乡镇、名称或信用代码查询） Enterprise register',
        querystring: Obj({ ...PagingQuery, grade: Type.Optional(Grade), town: Type.Optional(Type.String({ maxLength: 32 })) }),
        response: { 200: Obj({ items: Type.Array(EnterpriseView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 20, offset = 0, ...rest } = request.query;
      const { rows, total } = await searchEnterprises(deps.db, { ...rest, limit, offset });
      return { items: rows.map(view), total };
    },
  );

  app.get(
    '/enterprises/:uscc',
    {
      config: { access: 'enterprises.read' },
      schema: { tags: ['enterprises'], summary: '企业详情 An enterprise', params: Obj({ uscc: Uscc }), response: { 200: EnterpriseDetail, ...errorResponses } },
    },
    async (request) => {
      const row = await findEnterprise(deps.db, request.params.uscc);
      if (!row) throw notFound('ENTERPRISE_NOT_FOUND', `未找到统一社会信用代码为 ${request.params.uscc} 的企业。`, `No enterprise with USCC ${request.params.uscc}.`);
      assertEnterpriseScope(principalOf(request), row.id);
      return { ...view(row), address: row.address, legalRepresentative: row.legal_representative };
    },
  );
};

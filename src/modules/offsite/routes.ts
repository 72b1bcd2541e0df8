/** HTTP for off-site checks (非现场检查). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, IsoDateString, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { Uscc } from '../filings/index.ts';
import { listOffsiteChecks, recordOffsiteCheck } from './offsite-checks.ts';

const tags = ['offsite'];
const Source = Type.Union([Type.Literal('data'), Type.Literal('sensor'), Type.Literal('written')], { description: '数据比对 / 物联感知 / 书面核查' });
const Result = Type.Union([Type.Literal('pass'), Type.Literal('violation')]);
const View = Obj({
  id: Type.Integer(),
  department: Type.String(),
  enterprise: Obj({ uscc: Type.String(), name: Type.String() }),
  source: Source,
  checkedOn: Type.String(),
  result: Result,
  summary: Type.String(),
  items: Type.Array(Type.String()),
});

export const offsiteRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/offsite-checks',
    {
      config: { access: 'offsite.write' },
      schema: {
        tags,
        summary: '记录非现场检查 Record an off-site check',
        body: Obj({
          department: Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$' }),
          enterprise: Uscc,
          source: Source,
          checkedOn: IsoDateString,
          items: Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }), { minItems: 1, maxItems: 50, uniqueItems: true }),
          result: Result,
          summary: Type.String({ minLength: 1, maxLength: 2000 }),
        }),
        response: { 201: Obj({ id: Type.Integer() }), ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await recordOffsiteCheck(deps, principalOf(request), request.body)),
  );

  app.get(
    '/offsite-checks',
    {
      config: { access: 'offsite.read' },
      schema: {
        tags,
        summary: '非现场检查记录（部门只见本部门） Off-site checks',
        querystring: Obj({ enterprise: Type.Optional(Uscc), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })) }),
        response: { 200: Obj({ items: Type.Array(View), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => listOffsiteChecks(deps, principalOf(request), { enterprise: request.query.enterprise, limit: request.query.limit ?? 20, offset: request.query.offset ?? 0 }),
  );
};

/** HTTP for research and leaders' visits (调研 / 领导干部入企公务报备). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, IsoDateString, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { Justifications, Uscc } from '../filings/index.ts';
import { cancelVisit, listVisits, reportVisit } from './visits.ts';

const tags = ['visits'];
const VisitType = Type.Union([Type.Literal('research'), Type.Literal('leader')], { description: '调研 / 领导干部入企公务' });
const Text = (max = 2000) => Type.String({ minLength: 1, maxLength: max });

export const visitRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/visits',
    {
      config: { access: 'visits.write' },
      schema: {
        tags,
        summary: '报备调研或领导干部入企公务 Report a research or leader’s visit',
        body: Obj({
          type: VisitType,
          enterprise: Uscc,
          department: Type.Optional(Type.String({ pattern: '^[a-z][a-z0-9-]{1,31}$' })),
          organiser: Text(200),
          leaderName: Type.Optional(Text(100)),
          visitDate: IsoDateString,
          purpose: Text(),
          businessRelation: Text(),
          relatedToBusiness: Type.Boolean(),
          justifications: Type.Optional(Justifications),
        }),
        response: { 201: Obj({ id: Type.Integer(), reportedOn: Type.String(), verdict: Type.String(), findings: Type.Array(Type.Unknown()) }), 409: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await reportVisit(deps, principalOf(request), request.body)),
  );

  app.get(
    '/visits',
    {
      config: { access: 'visits.read' },
      schema: {
        tags,
        summary: '入企公务报备列表 Visit reports',
        querystring: Obj({ enterprise: Type.Optional(Uscc), from: Type.Optional(IsoDateString), to: Type.Optional(IsoDateString), limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })) }),
        response: { 200: Obj({ items: Type.Array(Type.Record(Type.String(), Type.Unknown())), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => listVisits(deps, principalOf(request), { ...request.query, limit: request.query.limit ?? 20, offset: request.query.offset ?? 0 }),
  );

  app.post(
    '/visits/:id/cancel',
    { config: { access: 'visits.write' }, schema: { tags, summary: '撤销报备 Cancel a visit report', params: Obj({ id: Type.Integer({ minimum: 1, maximum: 2_147_483_647 }) }), response: { 204: Type.Null(), 409: errorResponses[400], ...errorResponses } } },
    async (request, reply) => {
      await cancelVisit(deps, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { listAudit } from './list.ts';

export const auditRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/audit',
    {
      config: { access: 'audit.read' },
      schema: {
        tags: ['audit'],
        summary: '审计日志 Audit trail',
        querystring: Obj({
          limit: Type.Integer({ minimum: 1, maximum: 200, default: 20 }),
          offset: Type.Integer({ minimum: 0, default: 0 }),
          entity: Type.Optional(Type.String({ maxLength: 64 })),
          actor: Type.Optional(Type.String({ maxLength: 64 })),
        }),
        response: {
          200: Obj({
            items: Type.Array(
              Obj({
                id: Type.Integer(),
                at: Type.String(),
                actor: Type.Union([Obj({ username: Type.String(), displayName: Type.String() }), Type.Null()]),
                actorLabel: Type.String(),
                action: Type.String(),
                entity: Type.String(),
                entityId: Type.Union([Type.String(), Type.Null()]),
                before: Type.Unknown(),
                after: Type.Unknown(),
              }),
            ),
            total: Type.Integer(),
          }),
          ...errorResponses,
        },
      },
    },
    async (request) => listAudit(deps.db, request.query),
  );
};

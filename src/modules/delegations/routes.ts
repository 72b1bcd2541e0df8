/** HTTP for the delegable-item library (委托检查事项清单库), kept by the coordinator; the public list lives in modules/public. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { addDelegation } from './add-delegation.ts';
import { changeDelegation } from './change-delegation.ts';
import { getDelegation, listDelegations } from './list-delegations.ts';
import { DelegationChangeBody, DelegationCreateBody, DelegationId, DelegationListQuery, DelegationView, WithdrawBody } from './schemas.ts';
import { withdrawDelegation } from './withdraw-delegation.ts';

const tags = ['delegations'];

export const delegationRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/delegations',
    {
      config: { access: 'delegations.read' },
      schema: {
        tags,
        summary: '委托检查事项清单库（含已撤回） The delegable-item library, withdrawn entries included',
        querystring: DelegationListQuery,
        response: { 200: Obj({ items: Type.Array(DelegationView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => {
      const { limit = 20, offset = 0, ...q } = request.query;
      return listDelegations(deps, { ...q, limit, offset });
    },
  );

  app.post(
    '/delegations',
    {
      config: { access: 'delegations.write' },
      schema: { tags, summary: '新增委托检查事项 Add an entry', body: DelegationCreateBody, response: { 201: DelegationView, ...errorResponses } },
    },
    async (request, reply) => {
      const { id } = await addDelegation(deps, principalOf(request), request.body);
      return reply.status(201).send(await getDelegation(deps, id));
    },
  );

  app.put(
    '/delegations/:id',
    {
      config: { access: 'delegations.write' },
      schema: { tags, summary: '修改委托截止日期或备注 Change an entry’s end date or note', params: DelegationId, body: DelegationChangeBody, response: { 200: DelegationView, ...errorResponses } },
    },
    async (request) => {
      await changeDelegation(deps, principalOf(request), request.params.id, request.body);
      return getDelegation(deps, request.params.id);
    },
  );

  app.post(
    '/delegations/:id/withdraw',
    {
      config: { access: 'delegations.write' },
      schema: { tags, summary: '撤回委托（立即生效，记录保留） Withdraw an entry (at once; the record stays)', params: DelegationId, body: WithdrawBody, response: { 200: DelegationView, ...errorResponses } },
    },
    async (request) => {
      await withdrawDelegation(deps, principalOf(request), request.params.id, request.body);
      return getDelegation(deps, request.params.id);
    },
  );
};

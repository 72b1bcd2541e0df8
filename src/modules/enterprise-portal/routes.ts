/** HTTP for the enterprise portal: the enterprise's own visit history and its request not to be merged. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { HistoryView, MergeOptOutBody, MergeOptOutView } from './schemas.ts';
import { setMergeOptOut } from './set-merge-opt-out.ts';
import { visitHistory } from './visit-history.ts';

const tags = ['enterprise'];

export const enterprisePortalRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/enterprise/history',
    {
      config: { access: 'enterprise.portal' },
      schema: {
        tags,
        summary: '本企业涉企活动档案（各部门、各类型，按年计数） The enterprise’s visits by every department and type, counted by year',
        response: { 200: HistoryView, ...errorResponses },
      },
    },
    async (request) => visitHistory(deps, principalOf(request)),
  );

  app.post(
    '/enterprise/merge-opt-out',
    {
      config: { access: 'enterprise.portal' },
      schema: {
        tags,
        summary: '申请（或撤回）不合并到联合检查 Ask (or stop asking) not to be merged into joint visits',
        body: MergeOptOutBody,
        response: { 200: MergeOptOutView, ...errorResponses },
      },
    },
    async (request) => setMergeOptOut(deps, principalOf(request), request.body),
  );
};

/** HTTP for the inspection record: the combined checklist, arrival (亮码) and completion with findings. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, IsoDateString, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { FilingId, filingItems, getFiling, Justifications, visibleFiling } from '../filings/index.ts';
import { combinedChecklist } from './checklist.ts';
import { arrive, complete } from './record-inspection.ts';

const tags = ['records'];
const Params = Obj({ id: FilingId });
const Detail = Type.Record(Type.String(), Type.Unknown());

export const recordRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/filings/:id/checklist',
    {
      config: { access: 'filings.read' },
      schema: {
        tags,
        summary: '一表通查：本次检查的合并检查表 The combined checklist of the inspection',
        params: Params,
        response: { 200: Obj({ items: Type.Array(Obj({ key: Type.String(), text: Type.String(), items: Type.Array(Type.String()) })) }), ...errorResponses },
      },
    },
    async (request) => {
      await visibleFiling(deps, principalOf(request), request.params.id);
      return { items: combinedChecklist(await filingItems(deps.db, request.params.id)) };
    },
  );

  app.post(
    '/filings/:id/arrive',
    {
      config: { access: 'filings.record' },
      schema: { tags, summary: '到达现场并亮码 Arrive and show the code', params: Params, body: Obj({ codeShown: Type.Boolean(), justifications: Type.Optional(Justifications) }), response: { 200: Detail, 409: errorResponses[400], ...errorResponses } },
    },
    async (request) => {
      const by = principalOf(request);
      await arrive(deps, by, request.params.id, request.body);
      return getFiling(deps, by, request.params.id);
    },
  );

  app.post(
    '/filings/:id/complete',
    {
      config: { access: 'filings.record' },
      schema: {
        tags,
        summary: '完成检查并记录结论 Complete with answers and findings',
        params: Params,
        body: Obj({
          answers: Type.Array(Obj({ key: Type.String({ maxLength: 100 }), answer: Type.Union([Type.Literal('yes'), Type.Literal('no'), Type.Literal('na')]), note: Type.Optional(Type.String({ maxLength: 1000 })) }), { maxItems: 500 }),
          outcome: Type.Union([Type.Literal('none'), Type.Literal('problems'), Type.Literal('violation')], { description: '未发现问题 / 发现问题限期整改 / 涉嫌违法移送立案' }),
          problems: Type.Optional(Type.Array(Obj({ description: Type.String({ minLength: 1, maxLength: 1000 }), rectifyBy: IsoDateString }), { maxItems: 100 })),
          caseReference: Type.Optional(Type.String({ minLength: 1, maxLength: 200 })),
          summary: Type.Optional(Type.String({ maxLength: 4000 })),
        }),
        response: { 200: Detail, 409: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => {
      const by = principalOf(request);
      await complete(deps, by, request.params.id, request.body);
      return getFiling(deps, by, request.params.id);
    },
  );
};

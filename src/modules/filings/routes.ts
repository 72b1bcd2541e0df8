/** HTTP for filings (备案): file, check, list, export, read, and every state change of the state machine. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { approveFiling, rejectFiling } from './approve-filing.ts';
import { cancelFiling } from './cancel-filing.ts';
import { checkProposal } from './check-proposal.ts';
import { createFiling } from './create-filing.ts';
import { enterpriseHistory } from './enterprise-history.ts';
import { exportFilings } from './export-filings.ts';
import { getFiling } from './get-filing.ts';
import { listMergeOffers } from './merge-offers.ts';
import { searchFilings } from './list-filings.ts';
import { registerEmergency } from './register-emergency.ts';
import { acceptFiling, requireMerge, returnFiling } from './review-filing.ts';
import { CheckView, FilingBody, FilingDetail, FilingId, FilingPatchBody, FilingSummary, Justifications, ListQuery, MergeOffersQuery, MergeOffersView, ReasonBody, StepBody, Uscc } from './schemas.ts';
import { submitFiling } from './submit-filing.ts';
import { updateFiling } from './update-filing.ts';

const tags = ['filings'];
/** The origin the caller reached us at (the QR code on the filing points the camera there). */
const originOf = (r: FastifyRequest) => `${r.protocol}://${r.host}`;
const Params = Obj({ id: FilingId });
const detail = { 200: FilingDetail, 409: errorResponses[400], ...errorResponses };

export const filingRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/filings',
    {
      config: { access: 'filings.write' },
      schema: { tags, summary: '备案（紧急检查：先查后登记） File an inspection (emergency: record one already begun)', body: FilingBody, response: { 201: FilingDetail, 409: errorResponses[400], ...errorResponses } },
    },
    async (request, reply) => {
      const by = principalOf(request);
      const { id } = await createFiling(deps, by, request.body);
      return reply.status(201).send(await getFiling(deps, by, id, { origin: originOf(request) }));
    },
  );

  app.post(
    '/filings/check',
    {
      config: { access: 'filings.write' },
      schema: { tags, summary: '预检（不保存） Check a proposal against the rules, storing nothing', body: FilingBody, response: { 200: CheckView, ...errorResponses } },
    },
    async (request) => checkProposal(deps, principalOf(request), request.body),
  );

  app.get(
    '/enterprises/:uscc/merge-offers',
    {
      config: { access: 'filings.mergeOffers' },
      schema: {
        tags,
        summary: '可合并的检查：其他部门已安排的对该企业的检查 Merge offers: visits other departments plan at the enterprise',
        params: Obj({ uscc: Uscc }),
        querystring: MergeOffersQuery,
        response: { 200: MergeOffersView, ...errorResponses },
      },
    },
    async (request) => listMergeOffers(deps, principalOf(request), { ...request.query, enterprise: request.params.uscc }),
  );

  app.get(
    '/filings',
    {
      config: { access: 'filings.read' },
      schema: { tags, summary: '备案列表 Filings (a department sees its own)', querystring: ListQuery, response: { 200: Obj({ items: Type.Array(FilingSummary), total: Type.Integer() }), ...errorResponses } },
    },
    async (request) => searchFilings(deps, principalOf(request), request.query),
  );

  app.get(
    '/filings.xlsx',
    {
      config: { access: 'filings.read' },
      schema: { tags, summary: '导出备案清单（Excel） Export filings as Excel', querystring: ListQuery, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
    },
    async (request, reply) => {
      const buffer = await exportFilings(deps, principalOf(request), request.query);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="filings.xlsx"; filename*=UTF-8''${encodeURIComponent('备案清单.xlsx')}`)
        .send(buffer);
    },
  );

  app.get(
    '/filings/:id',
    { config: { access: 'filings.read' }, schema: { tags, summary: '备案详情（规则结论、流转记录、预告） A filing with findings, history and notice', params: Params, response: { 200: FilingDetail, ...errorResponses } } },
    async (request) => getFiling(deps, principalOf(request), request.params.id, { origin: originOf(request) }),
  );

  app.patch(
    '/filings/:id',
    {
      config: { access: 'filings.write' },
      schema: {
        tags,
        summary: '修改备案（草稿或已退回，规则重新检查） Edit a draft or returned filing (the rules run again)',
        params: Params,
        body: FilingPatchBody,
        response: detail,
      },
    },
    async (request) => {
      const by = principalOf(request);
      await updateFiling(deps, by, request.params.id, request.body);
      return getFiling(deps, by, request.params.id, { origin: originOf(request) });
    },
  );

  const step = (path: string, summary: string, run: (by: ReturnType<typeof principalOf>, id: number, body: { comment?: string; justifications?: Record<string, string> }) => Promise<unknown>) =>
    app.post(
      `/filings/:id/${path}`,
      { config: { access: 'filings.transition' }, schema: { tags, summary, params: Params, body: StepBody, response: detail } },
      async (request) => {
        const by = principalOf(request);
        await run(by, request.params.id, request.body ?? {});
        return getFiling(deps, by, request.params.id, { origin: originOf(request) });
      },
    );
  const withReason = (path: string, summary: string, run: (by: ReturnType<typeof principalOf>, id: number, reason: string) => Promise<unknown>) =>
    app.post(
      `/filings/:id/${path}`,
      { config: { access: 'filings.transition' }, schema: { tags, summary, params: Params, body: ReasonBody, response: detail } },
      async (request) => {
        const by = principalOf(request);
        await run(by, request.params.id, request.body.reason);
        return getFiling(deps, by, request.params.id, { origin: originOf(request) });
      },
    );

  step('submit', '提交备案（部门） Submit (department)', (by, id, body) => submitFiling(deps, by, id, body));
  step('approve', '主要负责人批准 Approve (department head)', (by, id, body) => approveFiling(deps, by, id, body));
  withReason('reject', '主要负责人退回 Return (department head)', (by, id, reason) => rejectFiling(deps, by, id, reason));
  step('accept', '备案通过并发出预告（县综合执法办） Accept and notify (coordinator)', (by, id, body) => acceptFiling(deps, by, id, body));
  withReason('return', '退回备案（县综合执法办） Return with a reason (coordinator)', (by, id, reason) => returnFiling(deps, by, id, reason));
  withReason('require-merge', '要求合并检查（县综合执法办） Require merging (coordinator)', (by, id, reason) => requireMerge(deps, by, id, reason));
  withReason('cancel', '撤销备案 Cancel', (by, id, reason) => cancelFiling(deps, by, id, reason));

  app.post(
    '/filings/:id/register',
    {
      config: { access: 'filings.transition' },
      schema: {
        tags,
        summary: '紧急检查登记（离场前或故障后补登记） Register an emergency inspection',
        params: Params,
        body: Obj({ items: Type.Array(Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,39}$' }), { minItems: 1, maxItems: 50, uniqueItems: true }), lateReason: Type.Optional(Type.String({ minLength: 1, maxLength: 2000 })), justifications: Type.Optional(Justifications) }),
        response: detail,
      },
    },
    async (request) => {
      const by = principalOf(request);
      await registerEmergency(deps, by, request.params.id, request.body);
      return getFiling(deps, by, request.params.id, { origin: originOf(request) });
    },
  );

  app.get(
    '/enterprises/:uscc/history',
    {
      config: { access: 'enterprises.history' },
      schema: {
        tags,
        summary: '企业涉企活动档案（各部门） An enterprise’s history with every department',
        params: Obj({ uscc: Uscc }),
        querystring: Obj({ year: Type.Optional(Type.Integer({ minimum: 2000, maximum: 2100 })) }),
        response: { 200: Type.Record(Type.String(), Type.Unknown()), ...errorResponses },
      },
    },
    async (request) => enterpriseHistory(deps, principalOf(request), request.params.uscc, request.query.year),
  );
};

/** HTTP for 综合查一次: merge proposals (run, list, accept, reject) and joint visits (list, detail, checklist, code). */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { acceptProposal } from './accept-proposal.ts';
import { exportChecklist } from './export-checklist.ts';
import { getJointVisit } from './get-joint-visit.ts';
import { issueJointVisitCode } from './issue-joint-code.ts';
import { searchJointVisits } from './list-joint-visits.ts';
import { proposalView, searchProposals } from './list-proposals.ts';
import { rejectProposal } from './reject-proposal.ts';
import { runProposals } from './run-proposals.ts';
import { AcceptBody, Id, ProposalQuery, ProposalView, RejectBody, RunBody, RunView, VisitDetail, VisitQuery, VisitSummary } from './schemas.ts';

const tags = ['joint-visits'];
const originOf = (r: FastifyRequest) => `${r.protocol}://${r.host}`;
const errors = { 409: errorResponses[400], ...errorResponses };

export const jointVisitRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/merge-proposals/runs',
    { config: { access: 'merge.decide' }, schema: { tags, summary: '生成合并检查建议 Run the scheduler over a period and store merge proposals', body: RunBody, response: { 201: RunView, ...errors } } },
    async (request, reply) => reply.status(201).send(await runProposals(deps, principalOf(request), request.body)),
  );

  app.get(
    '/merge-proposals',
    {
      config: { access: 'merge.read' },
      schema: { tags, summary: '合并检查建议列表 Merge proposals', querystring: ProposalQuery, response: { 200: Obj({ items: Type.Array(ProposalView), total: Type.Integer() }), ...errorResponses } },
    },
    async (request) => searchProposals(deps, principalOf(request), request.query),
  );

  app.post(
    '/merge-proposals/:id/accept',
    { config: { access: 'merge.decide' }, schema: { tags, summary: '确认合并（可改日期、牵头部门、移出备案） Accept a proposal as a joint visit', params: Id, body: AcceptBody, response: { 200: Obj({ proposal: ProposalView, jointVisit: VisitDetail }), ...errors } } },
    async (request) => {
      const by = principalOf(request);
      const done = await acceptProposal(deps, by, request.params.id, request.body);
      return { proposal: await proposalView(deps, request.params.id), jointVisit: await getJointVisit(deps, by, done.jointVisitId, { origin: originOf(request) }) };
    },
  );

  app.post(
    '/merge-proposals/:id/reject',
    { config: { access: 'merge.decide' }, schema: { tags, summary: '不合并（须说明理由） Reject a proposal with a reason', params: Id, body: RejectBody, response: { 200: ProposalView, ...errors } } },
    async (request) => {
      await rejectProposal(deps, principalOf(request), request.params.id, request.body.reason);
      return proposalView(deps, request.params.id);
    },
  );

  app.get(
    '/joint-visits',
    {
      config: { access: 'joint.read' },
      schema: { tags, summary: '联合检查列表 Joint visits (a department sees those it takes part in)', querystring: VisitQuery, response: { 200: Obj({ items: Type.Array(VisitSummary), total: Type.Integer() }), ...errorResponses } },
    },
    async (request) => searchJointVisits(deps, principalOf(request), request.query),
  );

  app.get(
    '/joint-visits/:id',
    { config: { access: 'joint.read' }, schema: { tags, summary: '联合检查详情（检查组、一表通查、检查码） A joint visit with team, combined checklist and code', params: Id, response: { 200: VisitDetail, ...errorResponses } } },
    async (request) => getJointVisit(deps, principalOf(request), request.params.id, { origin: originOf(request) }),
  );

  app.get(
    '/joint-visits/:id/checklist.xlsx',
    {
      config: { access: 'joint.read' },
      schema: { tags, summary: '导出一表通查（Excel） The combined checklist as Excel', params: Id, produces: ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] },
    },
    async (request, reply) => {
      const buffer = await exportChecklist(deps, principalOf(request), request.params.id);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="joint-visit-${request.params.id}.xlsx"; filename*=UTF-8''${encodeURIComponent(`一表通查-${request.params.id}.xlsx`)}`)
        .send(buffer);
    },
  );

  app.post(
    '/joint-visits/:id/code',
    { config: { access: 'merge.decide' }, schema: { tags, summary: '签发联合检查码 Issue the joint visit’s code (all filings accepted)', params: Id, response: { 200: VisitDetail, ...errors } } },
    async (request) => {
      const by = principalOf(request);
      await issueJointVisitCode(deps, by, request.params.id);
      return getJointVisit(deps, by, request.params.id, { origin: originOf(request) });
    },
  );
};

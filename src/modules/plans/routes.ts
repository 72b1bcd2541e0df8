/** HTTP for annual plans (年度入企检查计划): CRUD, the state transitions and the Excel export. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { createPlan } from './create-plan.ts';
import { deletePlan } from './delete-plan.ts';
import { XLSX_TYPE } from './excel.ts';
import { exportPlan } from './export-plans.ts';
import { getPlan } from './get-plan.ts';
import { listPlans } from './list-plans.ts';
import { publishPlan } from './publish-plan.ts';
import { reviewPlan } from './review-plan.ts';
import { revisePlan } from './revise-plan.ts';
import { CommentBody, OptionalCommentBody, PlanCreateBody, PlanId, PlanListQuery, PlanStatus, PlanSummary, PlanUpdateBody, PlanView, ReasonBody, Xlsx } from './schemas.ts';
import { submitPlan } from './submit-plan.ts';
import { updatePlan } from './update-plan.ts';

const tags = ['plans'];
const Moved = Obj({ id: Type.Integer(), status: PlanStatus });

export const planRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/plans',
    {
      config: { access: 'plans.read' },
      schema: { tags, summary: '年度入企检查计划列表 Annual plans', querystring: PlanListQuery, response: { 200: Obj({ items: Type.Array(PlanSummary), total: Type.Integer() }), ...errorResponses } },
    },
    async (request) => {
      const { limit = 20, offset = 0, ...q } = request.query;
      return listPlans(deps, principalOf(request), { ...q, limit, offset });
    },
  );

  app.post(
    '/plans',
    {
      config: { access: 'plans.write' },
      schema: { tags, summary: '编制年度计划（草稿） Draft a year’s plan', body: PlanCreateBody, response: { 201: PlanView, ...errorResponses } },
    },
    async (request, reply) => {
      const by = principalOf(request);
      const { id } = await createPlan(deps, by, request.body);
      return reply.status(201).send(await getPlan(deps, by, id));
    },
  );

  app.get(
    '/plans/:id',
    { config: { access: 'plans.read' }, schema: { tags, summary: '年度计划详情 A plan with its tasks and history', params: PlanId, response: { 200: PlanView, ...errorResponses } } },
    async (request) => getPlan(deps, principalOf(request), request.params.id),
  );

  app.get(
    '/plans/:id.xlsx',
    {
      config: { access: 'plans.read' },
      schema: { tags, summary: '导出年度计划（Excel） Export a plan as Excel', params: PlanId, produces: [XLSX_TYPE], response: { 200: Xlsx, ...errorResponses } },
    },
    async (request, reply) => {
      const { buffer, disposition } = await exportPlan(deps, principalOf(request), request.params.id);
      return reply.type(XLSX_TYPE).header('content-disposition', disposition).send(buffer);
    },
  );

  app.put(
    '/plans/:id',
    {
      config: { access: 'plans.write' },
      schema: { tags, summary: '修改草稿或退回的计划（整体替换任务） Change a draft or returned plan', params: PlanId, body: PlanUpdateBody, response: { 200: PlanView, ...errorResponses } },
    },
    async (request) => {
      const by = principalOf(request);
      await updatePlan(deps, by, request.params.id, request.body);
      return getPlan(deps, by, request.params.id);
    },
  );

  app.delete(
    '/plans/:id',
    {
      config: { access: 'plans.write' },
      schema: { tags, summary: '删除草稿或退回的计划 Delete a draft or returned plan', params: PlanId, response: { 204: Type.Null(), ...errorResponses } },
    },
    async (request, reply) => {
      await deletePlan(deps, principalOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/plans/:id/submit',
    { config: { access: 'plans.write' }, schema: { tags, summary: '提交县综合执法办审核 Submit for review', params: PlanId, response: { 200: Moved, ...errorResponses } } },
    async (request) => submitPlan(deps, principalOf(request), request.params.id),
  );

  app.post(
    '/plans/:id/comment',
    {
      config: { access: 'plans.review' },
      schema: { tags, summary: '审核意见（不改变状态） Comment on a submitted plan', params: PlanId, body: CommentBody, response: { 200: Moved, ...errorResponses } },
    },
    async (request) => reviewPlan(deps, principalOf(request), request.params.id, 'comment', request.body.comment),
  );

  app.post(
    '/plans/:id/return',
    {
      config: { access: 'plans.review' },
      schema: { tags, summary: '退回修改 Return a submitted plan with reasons', params: PlanId, body: CommentBody, response: { 200: Moved, ...errorResponses } },
    },
    async (request) => reviewPlan(deps, principalOf(request), request.params.id, 'return', request.body.comment),
  );

  app.post(
    '/plans/:id/accept',
    {
      config: { access: 'plans.review' },
      schema: { tags, summary: '审核通过 Accept a submitted plan', params: PlanId, body: OptionalCommentBody, response: { 200: Moved, ...errorResponses } },
    },
    async (request) => reviewPlan(deps, principalOf(request), request.params.id, 'accept', request.body.comment ?? null),
  );

  app.post(
    '/plans/:id/publish',
    {
      config: { access: 'plans.write' },
      schema: {
        tags,
        summary: '公布（替代此前公布的版本） Publish (supersedes the revision published before)',
        params: PlanId,
        response: { 200: Obj({ ...Moved.properties, superseded: Type.Union([Type.Integer(), Type.Null()]) }), ...errorResponses },
      },
    },
    async (request) => publishPlan(deps, principalOf(request), request.params.id),
  );

  app.post(
    '/plans/:id/revise',
    {
      config: { access: 'plans.write' },
      schema: {
        tags,
        summary: '修订已公布的计划（生成新版本草稿） Revise a published plan (a new draft revision)',
        params: PlanId,
        body: ReasonBody,
        response: { 201: PlanView, ...errorResponses },
      },
    },
    async (request, reply) => {
      const by = principalOf(request);
      const { id } = await revisePlan(deps, by, request.params.id, request.body);
      return reply.status(201).send(await getPlan(deps, by, id));
    },
  );
};

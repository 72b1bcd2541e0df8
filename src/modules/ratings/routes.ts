/**
 * HTTP for ratings (事后评价): the enterprise rates a completed visit; the coordinator and supervisors
 * read every rating; a department reads only its own anonymous aggregate.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { searchRatings } from './list-ratings.ts';
import { rateVisit } from './rate-visit.ts';
import { ratingSummary } from './rating-summary.ts';
import { RatingBody, RatingList, RatingListQuery, RatingParams, RatingSummary, RatingView, SummaryQuery } from './schemas.ts';

const tags = ['ratings'];

export const ratingRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.post(
    '/enterprise/visits/:id/rating',
    {
      config: { access: 'enterprise.portal' },
      schema: {
        tags,
        summary: '评价一次已完成的入企检查（每次一评，对被评价部门匿名） Rate a completed visit (once; anonymous to the department)',
        params: RatingParams,
        body: RatingBody,
        response: { 201: RatingView, 409: errorResponses[400], ...errorResponses },
      },
    },
    async (request, reply) => reply.status(201).send(await rateVisit(deps, principalOf(request), request.params.id, request.body)),
  );

  app.get(
    '/ratings',
    {
      config: { access: 'ratings.read' },
      schema: {
        tags,
        summary: '全部评价（县综合执法办、监督部门） Every rating (coordinator and supervisors)',
        querystring: RatingListQuery,
        response: { 200: RatingList, ...errorResponses },
      },
    },
    async (request) => searchRatings(deps, request.query),
  );

  app.get(
    '/ratings/summary',
    {
      config: { access: 'ratings.summary' },
      schema: {
        tags,
        summary: '评价汇总（部门只见本部门、满 K 条的已结月份汇总） Rating aggregates (a department: its own, closed months, blocks of K)',
        querystring: SummaryQuery,
        response: { 200: RatingSummary, ...errorResponses },
      },
    },
    async (request) => ratingSummary(deps, principalOf(request), request.query),
  );
};

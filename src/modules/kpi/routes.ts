/** HTTP for the KPI dashboard (指标看板): the figures as JSON and as an Excel workbook. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { exportKpi, XLSX_TYPE } from './export-kpi.ts';
import { getKpi } from './get-kpi.ts';
import { KpiQuery, KpiView, Xlsx } from './schemas.ts';

const tags = ['kpi'];

export const kpiRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/kpi',
    {
      config: { access: 'kpi.read' },
      schema: {
        tags,
        summary: '指标看板：联合检查率、非现场检查占比、现场检查总量，本年与上年 KPIs for a year and the year before',
        querystring: KpiQuery,
        response: { 200: KpiView, ...errorResponses },
      },
    },
    async (request) => getKpi(deps, principalOf(request), request.query),
  );

  app.get(
    '/kpi.xlsx',
    {
      config: { access: 'kpi.read' },
      schema: { tags, summary: '导出指标（Excel） Export the KPIs as Excel', querystring: KpiQuery, produces: [XLSX_TYPE], response: { 200: Xlsx, ...errorResponses } },
    },
    async (request, reply) => {
      const { buffer, disposition } = await exportKpi(deps, principalOf(request), request.query);
      return reply.type(XLSX_TYPE).header('content-disposition', disposition).send(buffer);
    },
  );
};

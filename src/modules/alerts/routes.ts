/**
 * HTTP for alerts (预警): the coordinator and supervisors read them; the coordinator marks one
 * handled. Never the department concerned (nor any department or enterprise): see permissions.ts.
 */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { acknowledgeAlert } from './acknowledge-alert.ts';
import { exportAlerts } from './export-alerts.ts';
import { alertSummary, searchAlerts } from './list-alerts.ts';
import { AcknowledgeBody, AlertList, AlertListQuery, AlertParamsSchema, AlertSummary, AlertSummaryQuery, AlertView } from './schemas.ts';

const tags = ['alerts'];
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const alertRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/alerts',
    {
      config: { access: 'alerts.read' },
      schema: { tags, summary: '预警列表（县综合执法办、监督部门） Alerts (coordinator and supervisors)', querystring: AlertListQuery, response: { 200: AlertList, ...errorResponses } },
    },
    async (request) => searchAlerts(deps, request.query),
  );

  app.get(
    '/alerts/summary',
    {
      config: { access: 'alerts.read' },
      schema: { tags, summary: '预警数量（按类型） Alert counts by kind', querystring: AlertSummaryQuery, response: { 200: AlertSummary, ...errorResponses } },
    },
    async (request) => alertSummary(deps, request.query),
  );

  app.get(
    '/alerts.xlsx',
    {
      config: { access: 'alerts.read' },
      schema: { tags, summary: '导出预警清单（Excel） Export alerts as Excel', querystring: AlertListQuery, produces: [XLSX] },
    },
    async (request, reply) => {
      const buffer = await exportAlerts(deps, request.query);
      return reply
        .type(XLSX)
        .header('content-disposition', `attachment; filename="alerts.xlsx"; filename*=UTF-8''${encodeURIComponent('预警清单.xlsx')}`)
        .send(buffer);
    },
  );

  app.post(
    '/alerts/:key/acknowledge',
    {
      config: { access: 'alerts.ack' },
      schema: {
        tags,
        summary: '标记预警已处理（附处理说明，留痕） Mark an alert handled, with a note (audited)',
        params: AlertParamsSchema,
        body: AcknowledgeBody,
        response: { 200: AlertView, 409: errorResponses[400], ...errorResponses },
      },
    },
    async (request) => acknowledgeAlert(deps, principalOf(request), request.params.key, request.body),
  );
};

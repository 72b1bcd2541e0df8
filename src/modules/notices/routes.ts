/** HTTP for advance notices (预告): the enterprise's own notices and acknowledgement, and the printable 检查通知书. */
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { principalOf } from '../../server/access-hook.ts';
import { errorResponses, Obj } from '../../server/schemas.ts';
import type { Deps } from '../deps.ts';
import { FilingId } from '../filings/index.ts';
import { noticeHtml } from './notice-html.ts';
import { acknowledgeNotice, getNotice, listOwnNotices } from './notices.ts';

const tags = ['notices'];
const NoticeView = Obj({
  id: Type.Integer(),
  filingId: Type.Integer(),
  issuedOn: Type.String(),
  content: Type.Record(Type.String(), Type.Unknown()),
  acknowledgedAt: Type.Union([Type.String(), Type.Null()]),
  recusalRequest: Type.Union([Type.String(), Type.Null()]),
  deemedDeliveredAt: Type.Union([Type.String(), Type.Null()]),
  code: Type.Union([Type.String(), Type.Null()], { description: '检查码（检查有效期间） The inspection code while the inspection is approved and not done' }),
  codeUrl: Type.Union([Type.String(), Type.Null()], { description: "核验页路径 '/v/<token>'" }),
  codeValidFrom: Type.Union([Type.String(), Type.Null()]),
  codeValidTo: Type.Union([Type.String(), Type.Null()]),
});
const Params = Obj({ id: Type.Integer({ minimum: 1, maximum: 9_007_199_254_740_991 }) });

export const noticeRoutes: FastifyPluginAsyncTypebox<{ deps: Deps }> = async (app, { deps }) => {
  app.get(
    '/enterprise/notices',
    {
      config: { access: 'enterprise.notices' },
      schema: {
        tags,
        summary: '本企业的检查预告 The enterprise’s own notices',
        querystring: Obj({ limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 100, default: 20 })), offset: Type.Optional(Type.Integer({ minimum: 0, default: 0 })) }),
        response: { 200: Obj({ items: Type.Array(NoticeView), total: Type.Integer() }), ...errorResponses },
      },
    },
    async (request) => listOwnNotices(deps, principalOf(request), { limit: request.query.limit ?? 20, offset: request.query.offset ?? 0 }),
  );

  app.get(
    '/enterprise/notices/:id',
    { config: { access: 'enterprise.notices' }, schema: { tags, summary: '检查预告详情 A notice', params: Params, response: { 200: NoticeView, ...errorResponses } } },
    async (request) => getNotice(deps, principalOf(request), request.params.id),
  );

  app.post(
    '/enterprise/notices/:id/acknowledge',
    {
      config: { access: 'enterprise.notices' },
      schema: {
        tags,
        summary: '确认收到预告（可申请回避） Acknowledge a notice (may ask an inspector to withdraw)',
        params: Params,
        body: Obj({ recusalRequest: Type.Optional(Type.String({ minLength: 1, maxLength: 2000, description: '申请回避的执法人员及理由' })) }),
        response: { 200: NoticeView, ...errorResponses },
      },
    },
    async (request) => acknowledgeNotice(deps, principalOf(request), request.params.id, request.body ?? {}),
  );

  app.get(
    '/filings/:id/notice.html',
    { config: { access: 'notices.print' }, schema: { tags, summary: '检查通知书（可打印） The printable notice', params: Obj({ id: FilingId }), produces: ['text/html'] } },
    async (request, reply) => reply.type('text/html; charset=utf-8').send(await noticeHtml(deps, principalOf(request), request.params.id, `${request.protocol}://${request.host}`)),
  );
};

/**
 * 预告 as the enterprise sees it: its own notices with the inspection's code in force, and its
 * acknowledgement (with any request that an inspector withdraw, 回避).
 */
import { invalid, notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertEnterpriseScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { noticeCode, noticeCodes, withCode } from './notice-code.ts';

const iso = (t: Date | string | null) => (t ? new Date(t).toISOString() : null);

const noticeNotFound = (id: number) => notFound('NOTICE_NOT_FOUND', `检查预告 ${id} 不存在。`, `No notice ${id}.`);

type NoticeRow = { id: number; filing_id: number; enterprise_id: number; issued_on: string; content: Record<string, unknown>; acknowledged_at: Date | null; recusal_request: string | null; deemed_delivered_at: Date | null };

export const noticeView = (n: NoticeRow) => ({
  id: n.id,
  filingId: n.filing_id,
  issuedOn: n.issued_on,
  content: n.content,
  acknowledgedAt: iso(n.acknowledged_at),
  recusalRequest: n.recusal_request,
  deemedDeliveredAt: iso(n.deemed_delivered_at),
});

const columns = ['id', 'filing_id', 'enterprise_id', 'issued_on', 'content', 'acknowledged_at', 'recusal_request', 'deemed_delivered_at'] as const;

export async function listOwnNotices(deps: Deps, by: Principal, q: { limit: number; offset: number }) {
  if (!by.enterprise) return { items: [], total: 0 };
  const base = deps.db.selectFrom('notices').where('enterprise_id', '=', by.enterprise.id);
  const [rows, count] = await Promise.all([
    base.select(columns).orderBy('issued_on', 'desc').orderBy('id', 'desc').limit(q.limit).offset(q.offset).execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const codes = await noticeCodes(deps.db, rows.map((r) => r.filing_id));
  return { items: rows.map((r) => withCode(noticeView(r), codes)), total: Number(count.n) };
}

export async function getNotice(deps: Deps, by: Principal, id: number) {
  const row = await deps.db.selectFrom('notices').select(columns).where('id', '=', id).executeTakeFirst();
  if (!row) throw noticeNotFound(id);
  assertEnterpriseScope(by, row.enterprise_id);
  return { ...noticeView(row), ...(await noticeCode(deps.db, row.filing_id)) };
}

export async function acknowledgeNotice(deps: Deps, by: Principal, id: number, input: { recusalRequest?: string }) {
  const view = await deps.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('notices').select(columns).where('id', '=', id).forUpdate().executeTakeFirst();
    if (!row) throw noticeNotFound(id);
    assertEnterpriseScope(by, row.enterprise_id);
    if (row.acknowledged_at) throw invalid('ALREADY_ACKNOWLEDGED', '该检查预告已确认。', 'This notice is already acknowledged.');
    const at = deps.now();
    await trx.updateTable('notices').set({ acknowledged_at: at, acknowledged_by: by.id, recusal_request: input.recusalRequest ?? null }).where('id', '=', id).execute();
    await trx.updateTable('filing_deadlines').set({ met_at: at }).where('filing_id', '=', row.filing_id).where('code', '=', 'NOTICE_ACK').where('met_at', 'is', null).where('outcome', 'is', null).execute();
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'notice.acknowledge',
      entity: 'filing',
      entityId: row.filing_id,
      after: { noticeId: id, comment: input.recusalRequest ? `申请回避：${input.recusalRequest}` : null },
    });
    return noticeView({ ...row, acknowledged_at: at, recusal_request: input.recusalRequest ?? null });
  });
  return { ...view, ...(await noticeCode(deps.db, view.filingId)) };
}

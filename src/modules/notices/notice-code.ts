/**
 * The inspection code on a notice: the enterprise holds it to compare with the code the inspectors
 * show (codeCoversVisit), and the printed 检查通知书 carries it as a QR code. Shown only while the
 * inspection is approved and not yet done (a cancelled or completed visit's code opens nothing).
 */
import type { Database } from '../../db/connection.ts';
import { CODE_STATES } from '../filings/index.ts';
import { codePagePath } from '../codes/index.ts';

export interface NoticeCode {
  code: string | null;
  codeUrl: string | null;
  codeValidFrom: string | null;
  codeValidTo: string | null;
}

const NONE: NoticeCode = { code: null, codeUrl: null, codeValidFrom: null, codeValidTo: null };

/** The current code of each filing that has one in force, by filing id. */
export async function noticeCodes(db: Database, filingIds: readonly number[]): Promise<Map<number, NoticeCode>> {
  if (filingIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('inspection_codes as c')
    .innerJoin('filings as f', 'f.id', 'c.subject_id')
    .where('c.subject_kind', '=', 'inspection')
    .where('c.superseded_at', 'is', null)
    .where('c.subject_id', 'in', [...filingIds])
    .where('f.state', 'in', [...CODE_STATES])
    .select(['c.subject_id', 'c.token', 'c.valid_from', 'c.valid_to'])
    .execute();
  return new Map(rows.map((r) => [Number(r.subject_id), { code: r.token, codeUrl: codePagePath(r.token), codeValidFrom: r.valid_from, codeValidTo: r.valid_to }]));
}

export async function noticeCode(db: Database, filingId: number): Promise<NoticeCode> {
  return (await noticeCodes(db, [filingId])).get(filingId) ?? NONE;
}

export const withCode = <T extends { filingId: number }>(view: T, codes: Map<number, NoticeCode>) => ({ ...view, ...(codes.get(view.filingId) ?? NONE) });

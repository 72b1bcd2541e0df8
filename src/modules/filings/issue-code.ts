/**
 * 检查码 of a filing: issued inside the transaction that accepts it (or registers an emergency
 * inspection, or changes its team or items), valid on the filed date or window. Only an on-site
 * inspection gets one: a code admits inspectors at the door, and an off-site check has no door (a
 * code for it would let inspectors in past the on-site caps and quiet periods).
 *
 * reissueCodes(deps) re-signs the codes that no longer verify (their key was revoked) and issues the
 * missing ones, each filing in its own transaction, audited (`filing.code_reissue`).
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Actor } from '../audit/index.ts';
import { recordAudit } from '../audit/index.ts';
import { issueInspectionCode, summariseLegalBasis, type IssuedCode } from '../codes/index.ts';
import type { Deps } from '../deps.ts';
import { filingInspectors, filingItems, filingsNeedingCodes, findFiling, lockFiling, type FilingRow } from './repository.ts';
import { todayOf } from './rule-context.ts';

/** States in which a filing's code admits its inspectors (the verify route's online check agrees). */
export const CODE_STATES = ['accepted', 'notified', 'in_progress'] as const;

/** The code's window: the filed date or window; an emergency registered later reaches to its registration day. */
function windowOf(row: FilingRow, today: string) {
  const end = row.window_end ?? row.planned_date;
  return { validFrom: row.planned_date, validTo: row.path === 'emergency' && today > end ? today : end };
}

/**
 * Issues the filing's code (superseding any earlier one) in the caller's transaction. Null when the
 * filing gets none: off site, or an emergency whose items are not registered yet.
 */
export async function issueFilingCode(deps: Deps, trx: Transaction<DB>, filingId: number, actor: Actor): Promise<IssuedCode | null> {
  const row = await findFiling(trx, filingId);
  if (!row || row.mode !== 'onsite') return null;
  const [items, inspectors] = await Promise.all([filingItems(trx, filingId), filingInspectors(trx, filingId, row.planned_date)]);
  const team = inspectors.flatMap((u) => (u.certificate_number ? [{ name: u.display_name, certificateNumber: u.certificate_number }] : []));
  if (items.length === 0 || team.length === 0) return null;
  return issueInspectionCode(
    deps,
    trx,
    {
      subject: { kind: 'inspection', id: row.id },
      enterpriseUscc: row.uscc,
      departments: [{ code: row.department_code, name: row.department_name }],
      inspectors: team,
      items: items.map((i) => ({ code: i.code, name: i.name })),
      legalBasis: summariseLegalBasis(items.map((i) => i.legal_basis)),
      ...windowOf(row, todayOf(deps)),
    },
    actor,
  );
}

/** What the audit entry of a step records about the code it issued. */
export const codeAudit = (code: IssuedCode | null) => (code ? { code: { id: code.codeId, keyId: code.keyId, validFrom: code.validFrom, validTo: code.validTo } } : {});

export interface ReissueResult {
  filingId: number;
  codeId: number;
  replaced: boolean;
}

/** After a key revocation (or for filings accepted before codes existed): issue every missing or dead code again. */
export async function reissueCodes(deps: Deps, actor: Actor = { userId: null, label: 'system' }): Promise<ReissueResult[]> {
  const today = todayOf(deps);
  const out: ReissueResult[] = [];
  for (const f of await filingsNeedingCodes(deps.db, today, CODE_STATES)) {
    const done = await deps.db.transaction().execute(async (trx) => {
      const row = await lockFiling(trx, f.id);
      if (!row || !(CODE_STATES as readonly string[]).includes(row.state)) return null;
      const code = await issueFilingCode(deps, trx, f.id, actor);
      if (!code) return null;
      await recordAudit(trx, actor, {
        action: 'filing.code_reissue',
        entity: 'filing',
        entityId: f.id,
        before: { codeId: f.code_id },
        after: { state: row.state, ...codeAudit(code), comment: f.code_id ? '签名密钥已吊销，检查码重新签发' : '补发检查码' },
      });
      return code;
    });
    if (done) out.push({ filingId: f.id, codeId: done.codeId, replaced: f.code_id !== null });
  }
  return out;
}

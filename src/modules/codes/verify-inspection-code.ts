/**
 * Public verification of a presented code (GET /api/v1/codes/{token}): offline first (signature,
 * enterprise, window — a forged token never reaches the database), then online (is the inspection
 * still approved, is this its current code), and every answer is logged in scan_log.
 *
 * What an answer shows: for a valid code, and for a genuine one that is expired, not yet valid,
 * cancelled, completed or replaced, the content the code itself carries (anyone holding the token can
 * read it anyway); for a forged or altered token, and for a code of another enterprise when an
 * enterprise is signed in, nothing at all. A valid scan by a signed-in user of the enterprise the code
 * names marks the code shown (查时亮码); a visit completed without one is flagged by the records module.
 */
import { REASON_MESSAGES, tokenKeyId, VALID_MESSAGE, type CodePayload, type CodeReason, type OnlineReason } from '../../domain/codes/index.ts';
import type { Message } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { clientHash } from './client-hash.ts';
import { tokenHash } from './issue-inspection-code.ts';
import { verificationKeys } from './key-store.ts';
import { lookupInspection } from './lookup-batcher.ts';
import { markCodeShown } from './repository.ts';
import { logScan } from './scan-writer.ts';
import { verifyCodeCached } from './verified-cache.ts';

const ACTIVE_STATES = new Set(['accepted', 'notified', 'in_progress']);

export interface Verification {
  valid: boolean;
  reason: CodeReason | null;
  message: Message;
  checkedOn: string;
  inspection: InspectionView | null;
}

export interface InspectionView {
  kind: CodePayload['subject']['kind'];
  id: number;
  enterprise: { uscc: string; name: string | null };
  departments: CodePayload['departments'];
  inspectors: CodePayload['inspectors'];
  items: CodePayload['items'];
  legalBasis: string;
  validFrom: string;
  validTo: string;
  issuedAt: string;
  keyId: number;
}

const view = (p: CodePayload, enterpriseName: string | null): InspectionView => ({
  kind: p.subject.kind,
  id: p.subject.id,
  enterprise: { uscc: p.enterpriseUscc, name: enterpriseName },
  departments: p.departments,
  inspectors: p.inspectors,
  items: p.items,
  legalBasis: p.legalBasis,
  validFrom: p.validFrom,
  validTo: p.validTo,
  issuedAt: p.issuedAt,
  keyId: p.keyId,
});

/** The online verdict on an authentic code within its window. */
function onlineReason(found: Awaited<ReturnType<typeof lookupInspection>>): OnlineReason | null {
  if (!found || !found.state) return 'UNKNOWN_INSPECTION';
  // A code replaced by a newer one says so first: a joint visit whose lead withdrew goes on under a
  // new code, and "cancelled" would tell the enterprise the whole visit is off.
  if (found.superseded_at) return 'SUPERSEDED';
  if (found.state === 'cancelled') return 'CANCELLED';
  if (found.state === 'completed') return 'COMPLETED';
  return ACTIVE_STATES.has(found.state) ? null : 'NOT_ACTIVE';
}

export async function verifyInspectionCode(deps: Deps, input: { token: string; principal: Principal | null; clientIp: string }): Promise<Verification> {
  const today = todayOf(deps);
  const enterpriseUscc = input.principal?.role === 'enterprise' ? input.principal.enterprise?.uscc : undefined;
  const hash = tokenHash(input.token);
  // The key id is read unverified only to reload keys rotated in another process; verifyCode decides.
  const keys = await verificationKeys(deps, today, tokenKeyId(input.token) ?? undefined);
  const offline = verifyCodeCached(input.token, keys, { today, enterpriseUscc });
  let reason: CodeReason | null = offline.valid ? null : offline.reason;
  let codeId: number | null = null;
  let enterpriseName: string | null = null;
  if (offline.valid) {
    const found = await lookupInspection(deps.db, hash);
    codeId = found?.id ?? null;
    enterpriseName = found?.enterprise_name ?? null;
    reason = onlineReason(found);
  }
  // The enterprise's own valid scan is the code shown at the door (verifyCode checked its USCC).
  const principal = input.principal;
  if (reason === null && codeId !== null && principal && enterpriseUscc !== undefined) {
    await markCodeShown(deps.db, codeId, principal.id, deps.now());
  }
  await logScan(deps.db, { userId: input.principal?.id ?? null, clientIpHash: await clientHash(deps.db, input.clientIp), tokenHash: hash, result: reason ?? 'VALID', codeId, at: deps.now() });
  const shown = offline.payload && reason !== 'WRONG_ENTERPRISE' ? view(offline.payload, enterpriseName) : null;
  return { valid: reason === null, reason, message: reason ? REASON_MESSAGES[reason] : VALID_MESSAGE, checkedOn: today, inspection: shown };
}

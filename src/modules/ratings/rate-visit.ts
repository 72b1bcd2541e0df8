/**
 * 企业评价: after a completed on-site visit, the enterprise visited rates it once (score 1–5, an
 * optional comment). The rating is anonymous to the department rated: it is audited under its own
 * entity (never in the filing's history, which the department reads) and reaches the department only
 * inside aggregates (anonymity.ts).
 */
import { conflict, DomainError, invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { ownEnterprise } from '../enterprise-portal/index.ts';
import { insertRating, lockVisit, ratingOf } from './repository.ts';

export interface RatingInput {
  score: number;
  comment?: string;
}

/** The same answer whether the visit does not exist or is another enterprise's: nothing about it is told. */
const notYours = () =>
  new DomainError('NOT_YOUR_VISIT', 'forbidden', { zh: '只能评价本企业接受的检查。', en: 'You can only rate visits to your own enterprise.' });

export async function rateVisit(deps: Deps, by: Principal, filingId: number, input: RatingInput) {
  const enterprise = ownEnterprise(by);
  const comment = input.comment?.trim() || null;
  return deps.db.transaction().execute(async (trx) => {
    const visit = await lockVisit(trx, filingId);
    if (!visit || Number(visit.enterprise_id) !== enterprise.id) throw notYours();
    if (visit.mode !== 'onsite') throw invalid('NOT_A_VISIT', '非现场检查没有入企，无需评价。', 'An off-site check was no visit; there is nothing to rate.');
    if (visit.state !== 'completed') throw conflict('VISIT_NOT_COMPLETED', '检查完成后方可评价。', 'Rate a visit once it is completed.');
    if (await ratingOf(trx, filingId)) throw conflict('ALREADY_RATED', '该次检查已评价，每次检查只能评价一次。', 'This visit is already rated; each visit is rated once.');
    const at = deps.now();
    const row = await insertRating(trx, { filingId, enterpriseId: enterprise.id, departmentId: visit.department_id, score: input.score, comment, by: by.id, at });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'rating.create',
      entity: 'rating',
      entityId: row.id,
      after: { filingId, departmentId: visit.department_id, score: input.score, comment: comment !== null },
    });
    return { filingId, score: input.score, comment, ratedAt: at.toISOString() };
  });
}

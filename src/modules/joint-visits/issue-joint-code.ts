/** The coordinator issues (or re-issues) a joint visit's code once all its filings are accepted. */
import { conflict, notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { issueJointCode, jointCodeNotReady as notReady, jointMembers } from '../filings/index.ts';
import { lockFilings } from './repository-visits.ts';

/** The coordinator issues (or re-issues) the code of a joint visit whose filings are all accepted. */
export async function issueJointVisitCode(deps: Deps, by: Principal, leadId: number) {
  return deps.db.transaction().execute(async (trx) => {
    const members = await jointMembers(trx, leadId);
    if (members.length < 2 || members[0].id !== leadId) throw notFound('JOINT_VISIT_NOT_FOUND', `联合检查 #${leadId} 不存在。`, `No joint visit #${leadId}.`);
    await lockFilings(trx, members.map((m) => m.id));
    const why = notReady(members);
    if (why) throw conflict('JOINT_CODE_NOT_READY', why.zh, why.en);
    const actor = { userId: by.id, label: by.username };
    const code = await issueJointCode(deps, trx, leadId, actor);
    if (!code) throw conflict('JOINT_CODE_NOT_READY', '联合检查缺少检查事项或持证执法人员，不能签发检查码。', 'The joint visit has no items or no certified inspectors; no code can be issued.');
    await recordAudit(trx, actor, {
      action: 'joint_visit.code',
      entity: 'joint_visit',
      entityId: leadId,
      after: { code: { id: code.codeId, keyId: code.keyId, validFrom: code.validFrom, validTo: code.validTo } },
    });
    return code;
  });
}

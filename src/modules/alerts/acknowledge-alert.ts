/**
 * The coordinator marks an alert handled, with a note (处理说明). The alert must exist now; it is
 * recomputed for its enterprise only. The handling and its audit entry commit together.
 */
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { alertParams } from './context.ts';
import { alertView } from './list-alerts.ts';
import { departmentsById, enterpriseByUscc, findAcknowledgement, insertAcknowledgement, listAlerts } from './repository.ts';
import type { AlertViewT } from './schemas.ts';

const gone = (key: string) => notFound('ALERT_NOT_FOUND', `预警 ${key} 不存在或已不再成立。`, `Alert ${key} does not exist or no longer holds.`, { key });

/** The period in which the key's alert is computed: its day, its year, or any time for a filing's. */
function periodOfKey(kind: string, rest: string[]): { from?: string; to?: string } {
  if (kind === 'MULTI_DEPARTMENT') return { from: rest[0], to: rest[0] };
  if (kind === 'CAP_NEAR') return { from: `${rest[0]}-01-01`, to: `${rest[0]}-12-31` };
  return { from: '2000-01-01', to: '2099-12-31' };
}

export async function acknowledgeAlert(deps: Deps, by: Principal, key: string, input: { note: string }): Promise<AlertViewT> {
  const [kind, uscc, ...rest] = key.split(':');
  const enterprise = await enterpriseByUscc(deps.db, uscc);
  if (!enterprise) throw gone(key);
  let params;
  try {
    params = await alertParams(deps, periodOfKey(kind, rest), enterprise.id);
  } catch {
    throw gone(key); // a malformed date or year in the key
  }
  const [row] = await listAlerts(deps.db, params, { key }, { limit: 1, offset: 0 });
  if (!row) throw gone(key);
  const note = input.note.trim();
  if (!note) throw invalid('ALERT_NOTE_REQUIRED', '请填写处理说明。', 'Write how the alert was handled.');
  const at = deps.now();
  await deps.db.transaction().execute(async (trx) => {
    if (await findAcknowledgement(trx, key)) {
      throw conflict('ALERT_ALREADY_HANDLED', '该预警已处理，不能重复处理。', 'This alert has already been handled.', { key });
    }
    await insertAcknowledgement(trx, { key, kind: row.kind, enterpriseId: enterprise.id, by: by.id, at, note });
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'alert.acknowledge',
      entity: 'alert',
      entityId: key,
      after: { kind: row.kind, enterprise: uscc, date: row.date, note },
    });
  });
  return alertView({ ...row, ack_at: at, ack_by: by.displayName, ack_note: note }, await departmentsById(deps.db), params.policy);
}

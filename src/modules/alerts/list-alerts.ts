/**
 * The alert list (预警) for the coordinator and supervisors: every alert of the period computed in
 * SQL, filtered, paged, each with its message and whether it has been handled.
 */
import type { Policy } from '../../domain/policy/index.ts';
import type { Deps } from '../deps.ts';
import { alertParams } from './context.ts';
import { alertMessage, kindLabel } from './kinds.ts';
import { countAlerts, departmentByCode, departmentsById, listAlerts, townByCode, type AlertFilter, type AlertRow } from './repository.ts';
import type { AlertListInput, AlertSummaryInput, AlertViewT } from './schemas.ts';

const NONE = -1; // an unknown town or department code matches nothing

/** The filter the query string asks for (codes resolved to ids). */
export async function filterOf(deps: Deps, q: AlertSummaryInput & { kind?: string; status?: AlertFilter['status'] }): Promise<AlertFilter> {
  const f: AlertFilter = { status: q.status ?? 'all' };
  if (q.kind) f.kinds = q.kind.split(',');
  if (q.town) f.townId = (await townByCode(deps.db, q.town))?.id ?? NONE;
  if (q.department) f.departmentId = (await departmentByCode(deps.db, q.department))?.id ?? NONE;
  if (q.q?.trim()) f.q = q.q.trim();
  return f;
}

export function alertView(r: AlertRow, departments: Map<number, { code: string; name: string }>, policy: Policy): AlertViewT {
  const depts = r.depts.map((id) => departments.get(id) ?? { code: String(id), name: String(id) });
  return {
    key: r.key,
    kind: r.kind,
    kindLabel: kindLabel(r.kind, policy),
    enterprise: { uscc: r.uscc, name: r.enterprise_name, grade: r.grade, town: r.town_code && r.town_name ? { code: r.town_code, name: r.town_name } : null },
    departments: depts,
    date: r.date,
    dates: r.dates,
    filingId: r.filing_id,
    message: alertMessage(r, depts, policy),
    status: r.ack_at ? 'handled' : 'open',
    handled: r.ack_at ? { by: r.ack_by, at: new Date(r.ack_at).toISOString(), note: r.ack_note ?? '' } : null,
  };
}

export async function searchAlerts(deps: Deps, q: AlertListInput) {
  const params = await alertParams(deps, q);
  const filter = await filterOf(deps, q);
  const [rows, departments] = await Promise.all([
    listAlerts(deps.db, params, filter, { limit: q.limit ?? 20, offset: q.offset ?? 0 }),
    departmentsById(deps.db),
  ]);
  return {
    items: rows.map((r) => alertView(r, departments, params.policy)),
    total: rows[0]?.total ?? (q.offset ? await totalOf(deps, q) : 0),
    period: { from: params.from, to: params.to },
    policy: params.policy.id,
  };
}

/** The total when the page asked for is past the end (no row carries it). */
async function totalOf(deps: Deps, q: AlertListInput) {
  const params = await alertParams(deps, q);
  const rows = await listAlerts(deps.db, params, await filterOf(deps, q), { limit: 1, offset: 0 });
  return rows[0]?.total ?? 0;
}

/** Counts by kind (open and handled) for the home page. */
export async function alertSummary(deps: Deps, q: AlertSummaryInput) {
  const params = await alertParams(deps, q);
  const counts = await countAlerts(deps.db, params, await filterOf(deps, q));
  return {
    period: { from: params.from, to: params.to },
    policy: params.policy.id,
    open: counts.reduce((s, c) => s + c.open, 0),
    handled: counts.reduce((s, c) => s + c.handled, 0),
    kinds: counts.map((c) => ({ kind: c.kind, label: kindLabel(c.kind, params.policy), open: c.open, handled: c.handled })),
  };
}

/**
 * 企业涉企活动档案: before a visit, the inspector sees the enterprise's history with every
 * department: filings, off-site checks, research and leaders' visits, counted by type for the year.
 */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { enterpriseActivity } from './repository.ts';
import { resolveEnterprise } from './resolve.ts';
import { todayOf } from './rule-context.ts';
import { visitHistory } from './run-rules.ts';
import { STATE_LABELS } from './state-machine.ts';

export async function enterpriseHistory(deps: Deps, _by: Principal, uscc: string, year?: number) {
  const enterprise = await resolveEnterprise(deps.db, uscc);
  const y = year ?? Number(todayOf(deps).slice(0, 4));
  const from = `${y}-01-01`;
  const to = `${y}-12-31`;
  const [visits, activity] = await Promise.all([visitHistory(deps.db, enterprise.id, from, to), enterpriseActivity(deps.db, enterprise.id, from, to)]);
  const count = (pred: (v: (typeof visits)[number]) => boolean) => visits.filter(pred).length;
  return {
    enterprise: { uscc: enterprise.uscc, name: enterprise.name, grade: enterprise.grade },
    year: y,
    counts: {
      onsiteInspections: count((v) => v.type === 'inspection' && v.mode === 'onsite'),
      jointVisits: count((v) => v.type === 'inspection' && v.mode === 'onsite' && v.departments.length > 1),
      offsiteInspections: count((v) => v.type === 'inspection' && v.mode === 'offsite') + activity.offsite.length,
      research: count((v) => v.type === 'research'),
      leader: count((v) => v.type === 'leader'),
    },
    filings: activity.filings.map((f) => ({
      id: f.id,
      department: { code: f.department_code, name: f.department_name },
      kind: f.kind,
      mode: f.mode,
      plannedDate: f.planned_date,
      state: f.state,
      stateLabel: STATE_LABELS[f.state].zh,
      outcome: f.outcome,
      items: f.items ?? [],
    })),
    offsiteChecks: activity.offsite.map((o) => ({ id: o.id, department: o.department_name, source: o.source, checkedOn: o.checked_on, result: o.result, summary: o.summary })),
    visits: activity.visits.map((v) => ({ id: v.id, type: v.type, organiser: v.organiser, visitDate: v.visit_date, purpose: v.purpose })),
  };
}

/**
 * 涉企活动档案 as the enterprise sees it: every visit it has had this year and before, by every
 * department and type — inspections with their state and outcome, off-site checks, research and
 * leaders' visits — counted by type for each year, and which completed visits it can still rate.
 */
import { forbidden } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { STATE_LABELS, todayOf } from '../filings/index.ts';
import { findMergeOptOut, officialVisitsOf, offsiteChecksOf, visibleInspections } from './repository.ts';

const iso = (t: Date | string | null) => (t ? new Date(t).toISOString() : null);

export interface YearCounts {
  year: number;
  /** On-site inspections, one per department (a joint visit counts once for each department in it). */
  onsiteInspections: number;
  /** On-site visits: a joint visit counts once (as the enterprise lives it). */
  onsiteVisits: number;
  jointVisits: number;
  offsiteInspections: number;
  offsiteChecks: number;
  research: number;
  leader: number;
  cancelled: number;
}

const emptyYear = (year: number): YearCounts => ({ year, onsiteInspections: 0, onsiteVisits: 0, jointVisits: 0, offsiteInspections: 0, offsiteChecks: 0, research: 0, leader: 0, cancelled: 0 });

/** The signed-in enterprise (refused for anyone else). */
export function ownEnterprise(by: Principal) {
  if (by.role !== 'enterprise' || !by.enterprise) throw forbidden('只有企业用户可以使用企业服务。', 'Only enterprise users use the enterprise portal.');
  return by.enterprise;
}

export async function visitHistory(deps: Deps, by: Principal) {
  const enterprise = ownEnterprise(by);
  const today = todayOf(deps);
  const to = `${today.slice(0, 4)}-12-31`;
  const [inspections, offsite, visits, optOut] = await Promise.all([
    visibleInspections(deps.db, enterprise.id, to),
    offsiteChecksOf(deps.db, enterprise.id, to),
    officialVisitsOf(deps.db, enterprise.id, to),
    findMergeOptOut(deps.db, enterprise.id),
  ]);

  const years = new Map<number, YearCounts>();
  const year = (date: string) => {
    const y = Number(date.slice(0, 4));
    let c = years.get(y);
    if (!c) years.set(y, (c = emptyYear(y)));
    return c;
  };
  const visitsByLead = new Map<number, { year: YearCounts; members: number }>();
  for (const f of inspections) {
    const c = year(f.planned_date);
    if (f.state === 'cancelled') {
      c.cancelled += 1;
      continue;
    }
    if (f.mode === 'offsite') {
      c.offsiteInspections += 1;
      continue;
    }
    c.onsiteInspections += 1;
    const lead = Number(f.joins_filing_id ?? f.id);
    const v = visitsByLead.get(lead) ?? { year: c, members: 0 };
    v.members += 1;
    visitsByLead.set(lead, v);
  }
  for (const v of visitsByLead.values()) {
    v.year.onsiteVisits += 1;
    if (v.members > 1) v.year.jointVisits += 1;
  }
  for (const o of offsite) year(o.checked_on).offsiteChecks += 1;
  for (const v of visits) year(v.visit_date)[v.type] += 1;

  const jointOf = (f: (typeof inspections)[number]) => {
    const lead = Number(f.joins_filing_id ?? f.id);
    return f.state !== 'cancelled' && (visitsByLead.get(lead)?.members ?? 0) > 1 ? lead : null;
  };
  return {
    enterprise: { uscc: enterprise.uscc, name: enterprise.name },
    mergeOptOut: { optOut: optOut?.opt_out ?? false, reason: optOut?.reason ?? null, since: iso(optOut?.set_at ?? null) },
    years: [...years.values()].sort((a, b) => b.year - a.year),
    inspections: inspections.map((f) => ({
      id: Number(f.id),
      department: { code: f.department_code, name: f.department_name },
      kind: f.kind,
      mode: f.mode,
      plannedDate: f.planned_date,
      windowEnd: f.window_end,
      state: f.state,
      stateLabel: STATE_LABELS[f.state].zh,
      jointVisitId: jointOf(f),
      noticeId: f.notice_id === null ? null : Number(f.notice_id),
      outcome: f.outcome,
      items: f.items ?? [],
      completedAt: iso(f.completed_at),
      rating: f.score === null ? null : { score: f.score, comment: f.comment, ratedAt: iso(f.rated_at) },
      canRate: f.state === 'completed' && f.mode === 'onsite' && f.score === null,
    })),
    offsiteChecks: offsite.map((o) => ({ id: Number(o.id), department: { code: o.department_code, name: o.department_name }, source: o.source, checkedOn: o.checked_on, result: o.result })),
    visits: visits.map((v) => ({
      id: Number(v.id),
      type: v.type,
      organiser: v.organiser,
      department: v.department_code ? { code: v.department_code, name: v.department_name ?? '' } : null,
      visitDate: v.visit_date,
      purpose: v.purpose,
    })),
  };
}

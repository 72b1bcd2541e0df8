/**
 * Merge offers (合并检查提示): while a department files, the visits other departments already plan at
 * that enterprise — those on a day the new filing could take (inside its window [from, to]) as
 * offers to join, and those within ± mergeWindowDays around it as nearby information. A department
 * user sees only what deciding needs: the day, the departments' names, the lead filing's id and
 * state, and whether it may join (and why not) — never another department's items or inspectors.
 */
import { addDays } from '../../domain/calendar/index.ts';
import { invalid } from '../../domain/errors.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { mergeOptOutOf } from './repository-rules.ts';
import { openVisitsAt, type OpenVisit } from './repository-merge.ts';
import { resolveDepartment, resolveEnterprise } from './resolve.ts';
import { loadRuleContexts, todayOf } from './rule-context.ts';
import type { MergeOffersInput } from './schemas.ts';
import { STATE_LABELS } from './state-machine.ts';

const MAX_SPAN_DAYS = 366;

type Reason = { code: string; zh: string; en: string };

export async function listMergeOffers(deps: Deps, by: Principal, q: MergeOffersInput) {
  const enterprise = await resolveEnterprise(deps.db, q.enterprise);
  // A department user asks for its own department; the coordinator may name one, or see every visit.
  const code = q.department ?? by.department?.code;
  const department = code ? await resolveDepartment(deps.db, code) : undefined;
  if (department) assertDepartmentScope(by, department.id);
  const today = todayOf(deps);
  const from = q.from ?? today;
  const to = q.to ?? from;
  if (to < from) throw invalid('WINDOW_REVERSED', '时间段的结束日期早于开始日期。', 'The window ends before it starts.');
  if (addDays(from, MAX_SPAN_DAYS) < to) throw invalid('WINDOW_TOO_LONG', `时间段最长 ${MAX_SPAN_DAYS} 天。`, `The window is at most ${MAX_SPAN_DAYS} days.`);
  const { policy } = (await loadRuleContexts(deps))(from);
  const windowDays = policy.mergeWindowDays;
  const max = policy.maxDepartmentsPerJointVisit;
  const base = {
    enterprise: { uscc: enterprise.uscc, name: enterprise.name },
    from,
    to,
    nearbyFrom: addDays(from, -windowDays),
    nearbyTo: addDays(to, windowDays),
    windowDays,
    maxDepartments: max,
  };
  if (await mergeOptOutOf(deps.db, enterprise.id)) {
    const notice = { zh: '该企业已申请不合并检查，不提供合并建议；请单独安排检查。', en: 'The enterprise asked not to be merged: no merge offers; plan the inspection on its own.' };
    return { ...base, optedOut: true, notice, offers: [], nearby: [] };
  }
  const visits = (await openVisitsAt(deps.db, enterprise.id, base.nearbyFrom, base.nearbyTo))
    // Not a department's own visit, and not one already full.
    .filter((v) => v.departments[0].id !== department?.id && v.departments.length < max);
  const view = (v: OpenVisit, inside: boolean) => {
    const reason = whyNot(v, inside, department?.id, today);
    return {
      leadFilingId: v.leadFilingId,
      date: v.date,
      state: v.state,
      stateLabel: STATE_LABELS[v.state].zh,
      departments: v.departments.map((d) => ({ code: d.code, name: d.name })),
      joinable: reason === null && department !== undefined,
      reason,
    };
  };
  return {
    ...base,
    optedOut: false,
    notice: null,
    offers: visits.filter((v) => v.date >= from && v.date <= to).map((v) => view(v, true)),
    nearby: visits.filter((v) => v.date < from || v.date > to).map((v) => view(v, false)),
  };
}

function whyNot(v: OpenVisit, inside: boolean, departmentId: number | undefined, today: string): Reason | null {
  if (departmentId !== undefined && v.departments.some((d) => d.id === departmentId)) {
    return { code: 'ALREADY_IN_VISIT', zh: '本部门已在此次检查中。', en: 'Your department is already in this visit.' };
  }
  if (v.date < today) return { code: 'PAST', zh: '该次检查的日期已过。', en: 'The visit\'s day has passed.' };
  if (!inside) {
    return { code: 'OUTSIDE_WINDOW', zh: `该次检查在 ${v.date}，不在本次检查的时间段内；如可调整，请把检查日期改到这一天后加入。`, en: `The visit is on ${v.date}, outside this filing's window; to join, move the date to that day.` };
  }
  return null;
}

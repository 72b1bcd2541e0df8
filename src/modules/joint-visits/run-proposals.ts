/**
 * 合并建议: runs the joint-visit scheduler over the pending on-site filings of a period and stores
 * each proposed visit of two or more filings as a merge proposal, with its MERGE_CONFIRMATION day
 * (the policy's default outcome, NOT_MERGED, applies once it passes). An enterprise that asked not
 * to be merged never gets a proposal. One transaction, audited.
 */
import { addDays } from '../../domain/calendar/index.ts';
import { schedule, ScheduleInputError, type ScheduleInput } from '../../domain/coordination/index.ts';
import { invalid } from '../../domain/errors.ts';
import type { RuleContext } from '../../domain/rules/index.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { loadRuleContexts } from '../filings/index.ts';
import { insertProposal, insertRun, mergeableFilings, optedOut, visitsThisYear } from './repository.ts';

export interface RunInput {
  from: string;
  to: string;
}

const MAX_PERIOD_DAYS = 366;

/** The MERGE_CONFIRMATION day counted from the proposal day, by the policy. */
export function confirmationDue(ctx: RuleContext, from: string): string | null {
  const d = ctx.policy.deadlines.find((x) => x.code === 'MERGE_CONFIRMATION');
  if (!d) return null;
  if (d.days === 0) return from;
  return d.unit === 'working_days' ? ctx.calendar.deadlineAfter(from, d.days) : addDays(from, d.days);
}

export async function runProposals(deps: Deps, by: Principal, input: RunInput) {
  if (input.to < input.from) throw invalid('PERIOD_INVALID', '结束日期不能早于开始日期。', 'The period ends before it starts.');
  if (input.to > addDays(input.from, MAX_PERIOD_DAYS)) {
    throw invalid('PERIOD_TOO_LONG', `一次最多排 ${MAX_PERIOD_DAYS} 天，请缩短时段。`, `At most ${MAX_PERIOD_DAYS} days per run; shorten the period.`);
  }
  if (input.from.slice(0, 4) !== input.to.slice(0, 4)) {
    throw invalid('PERIOD_CROSSES_YEAR', '排程时段须在同一年度内（检查次数上限按年度计算），请分两次排程。', 'The period must lie within one calendar year (caps are per year); run each year separately.');
  }
  const today = todayOf(deps);
  const rules = await loadRuleContexts(deps);
  const ctx = rules(today);
  const filings = await mergeableFilings(deps.db, input.from, input.to, today);

  // Only an enterprise with two or more such filings can get a proposal.
  const perEnterprise = new Map<number, typeof filings>();
  for (const f of filings) perEnterprise.set(Number(f.enterprise_id), [...(perEnterprise.get(Number(f.enterprise_id)) ?? []), f]);
  const candidates = filings.filter((f) => (perEnterprise.get(Number(f.enterprise_id))?.length ?? 0) >= 2);
  const enterpriseIds = [...new Set(candidates.map((f) => Number(f.enterprise_id)))];
  const [optOut, visits] = await Promise.all([
    optedOut(deps.db, enterpriseIds),
    // The visits already counted in the period's year (the caps of the year the visits fall in).
    visitsThisYear(deps.db, enterpriseIds, Number(input.from.slice(0, 4)), candidates.map((f) => Number(f.id))),
  ]);

  const deptIds = new Map<string, number>();
  for (const f of candidates) deptIds.set(f.department_code, f.department_id);
  const scheduleInput: ScheduleInput = {
    today,
    policy: ctx.policy.id,
    enterprises: enterpriseIds.map((id) => {
      const mine = visits.filter((v) => Number(v.enterprise_id) === id);
      const perDept: Record<string, number> = {};
      for (const v of mine) perDept[v.department_code] = (perDept[v.department_code] ?? 0) + 1;
      const grade = perEnterprise.get(id)?.[0]?.grade ?? 'C';
      return { id: String(id), grade, onsiteVisitsThisYear: new Set(mine.map((v) => Number(v.visit))).size, departmentVisitsThisYear: perDept, optOut: optOut.has(id) };
    }),
    departments: [...deptIds.keys()].map((id) => ({ id, capacityPerDay: null })),
    filings: candidates.map((f) => {
      const end = f.window_end ?? f.planned_date;
      return {
        id: String(f.id),
        enterprise: String(f.enterprise_id),
        department: f.department_code,
        from: f.planned_date > input.from ? f.planned_date : input.from,
        to: end < input.to ? end : input.to,
      };
    }),
  };
  let output;
  try {
    output = schedule(scheduleInput, { calendar: ctx.calendar, policy: ctx.policy });
  } catch (e) {
    if (e instanceof ScheduleInputError) throw invalid('SCHEDULE_FAILED', e.messages.zh, e.messages.en, { path: e.path });
    throw e;
  }
  const proposals = output.visits.filter((v) => v.filings.length >= 2 && !optOut.has(Number(v.enterprise)));
  const dueOn = confirmationDue(ctx, today);
  const unscheduled = output.unscheduled.map((u) => ({ filing: u.filing, reason: u.reason, message: u.message }));
  const stats = { ...output.stats, candidates: candidates.length, proposals: proposals.length };

  return deps.db.transaction().execute(async (trx) => {
    const run = await insertRun(trx, { from: input.from, to: input.to, today, by: by.id, stats, unscheduled });
    const ids: number[] = [];
    for (const v of proposals) {
      ids.push(
        await insertProposal(trx, {
          runId: run.id,
          enterpriseId: Number(v.enterprise),
          date: v.date,
          leadDepartmentId: deptIds.get(v.lead)!,
          dueOn,
          filings: v.filings.map((f) => ({ filingId: Number(f.id), byDepartmentId: deptIds.get(f.by)! })),
        }),
      );
    }
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'merge_proposal.run',
      entity: 'merge_proposal_run',
      entityId: run.id,
      after: { from: input.from, to: input.to, today, stats, proposals: ids, dueOn },
    });
    return { runId: Number(run.id), from: input.from, to: input.to, today, dueOn, stats, proposalIds: ids, unscheduled };
  });
}

/**
 * The demo county's inspection history, relative to the seed's clock: planned in memory
 * (demo/history.ts, demo/account-history.ts), the past written inside the seed's transaction
 * (history-writer.ts), the filings in flight made afterwards through the use cases (live-filings.ts).
 */
import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import { buildCalendar, dateInChina, type WorkingCalendar } from '../../domain/calendar/index.ts';
import { BUILT_IN_POLICIES, policyInForce, type Policy } from '../../domain/policy/index.ts';
import type { Deps } from '../../modules/deps.ts';
import type { DB } from '../schema.ts';
import { accountHistory, calmDayFrom, type UpcomingVisit } from './demo/account-history.ts';
import { byRelevance, fits, planHistory, qualifiedOn, type HistoryEnterprise, type HistoryPlan } from './demo/history.ts';
import { createRng } from './demo/random.ts';
import type { DemoDepartment } from './demo/types.ts';
import { writeHistory, type HistoryIds, type HistorySummary } from './history-writer.ts';
import { fileLive, type LiveFiling } from './live-filings.ts';

/** Demo accounts given a hand-made history: the first ones the login page lists. */
export const RICH_ACCOUNTS = 3;

export interface DemoHistory {
  today: string;
  calendar: WorkingCalendar;
  policy: Policy;
  plan: HistoryPlan;
  unrated: Set<string>;
  live: LiveFiling[];
}

export function planDemoHistory(o: { now: Date; policyVersion: string; enterprises: readonly HistoryEnterprise[]; accounts: readonly string[]; departments: readonly DemoDepartment[]; seed: number }): DemoHistory | null {
  const today = dateInChina(o.now);
  const policy = BUILT_IN_POLICIES.find((p) => p.id === o.policyVersion) ?? policyInForce(BUILT_IN_POLICIES, today);
  if (!policy || policy.effectiveFrom > today) return null;
  const calendar = buildCalendar();
  const byUscc = new Map(o.enterprises.map((e) => [e.uscc, e]));
  const rich = o.accounts.slice(0, RICH_ACCOUNTS).flatMap((u) => byUscc.get(u) ?? []);
  const start = policy.effectiveFrom;
  // Enterprise accounts other than the rich ones take part (they rate visits), except grade D ones:
  // those stay untouched for the walkthroughs that file a first visit for one.
  const reserved = new Set([...rich.map((e) => e.uscc), ...o.accounts.filter((u) => byUscc.get(u)?.grade === 'D')]);
  const plan = planHistory({ today, start, calendar, enterprises: o.enterprises, departments: o.departments, reserved, seed: o.seed });
  const mine = accountHistory({ accounts: rich, departments: o.departments, calendar, today, start, withUpcoming: 2 });
  plan.visits.push(...mine.visits);
  plan.checks.push(...mine.checks);
  plan.visits.sort((a, b) => a.date.localeCompare(b.date) || a.uscc.localeCompare(b.uscc));
  const live: LiveFiling[] = [...mine.upcoming.map((u) => ({ ...u, stage: 'notified' as const })), ...randomLive(o, calendar, today, plan, reserved)];
  return { today, calendar, policy, plan, unrated: new Set(mine.unrated), live };
}

/** A few filings in flight on enterprises the history leaves alone. */
function randomLive(o: { enterprises: readonly HistoryEnterprise[]; departments: readonly DemoDepartment[]; seed: number }, calendar: WorkingCalendar, today: string, plan: HistoryPlan, reserved: ReadonlySet<string>): LiveFiling[] {
  const rng = createRng(`live:${o.seed}:${today}`);
  const busy = new Set([...plan.visits.map((v) => v.uscc), ...plan.checks.map((c) => c.uscc), ...reserved]);
  const free = o.enterprises.filter((e) => !busy.has(e.uscc) && (e.grade === 'C' || e.grade === 'D'));
  const stages = ['notified', 'notified', 'notified', 'notified', 'submitted', 'submitted', 'head_approved', 'in_progress', 'in_progress'] as const;
  const out: LiveFiling[] = [];
  for (const [n, stage] of stages.entries()) {
    const e = free[(n * 7 + rng.int(5)) % Math.max(1, free.length)];
    if (!e || out.some((x) => x.uscc === e.uscc)) continue;
    const date = stage === 'in_progress' ? today : calmDayFrom(calendar, calendar.addWorkingDays(calendar.earliestAfterNotice(today, 5), 1 + rng.int(8)), e.grade);
    if (stage === 'in_progress' && (!calendar.isWorkingDay(today) || Number(today.slice(8)) > 20)) continue; // today is off or quiet
    const d = o.departments.filter((x) => qualifiedOn(x, date).length >= 2 && x.items.some((i) => i.modes.includes('onsite') && (i.industries.length === 0 || i.industries.includes(e.industry))))[rng.int(3)];
    if (!d) continue;
    const items = byRelevance(d.items.filter((i) => fits(i, e, 'onsite')), e).slice(0, 2).map((i) => i.code);
    out.push({ uscc: e.uscc, department: d.code, date, items, inspectors: qualifiedOn(d, date).slice(0, 2).map((i) => i.username), stage } satisfies UpcomingVisit & { stage: typeof stage });
  }
  out.push(...mergeablePair(o.departments, free.filter((e) => e.grade === 'D' && !out.some((x) => x.uscc === e.uscc)), calendar, today, rng));
  return out;
}

/**
 * Two departments' filings for one enterprise with overlapping windows, both awaiting the
 * coordinator: what a merge proposal run (合并建议) turns into one joint visit in the demo.
 */
function mergeablePair(departments: readonly DemoDepartment[], candidates: readonly HistoryEnterprise[], calendar: WorkingCalendar, today: string, rng: ReturnType<typeof createRng>): LiveFiling[] {
  const e = candidates[rng.int(Math.max(1, Math.min(20, candidates.length)))];
  if (!e) return [];
  const first = calmDayFrom(calendar, calendar.addWorkingDays(calendar.earliestAfterNotice(today, 5), 2), e.grade);
  const second = calendar.addWorkingDays(first, 1);
  const end = calendar.addWorkingDays(first, 2);
  if (calmDayFrom(calendar, end, e.grade) !== end) return []; // the windows would reach into the quiet period
  const out: LiveFiling[] = [];
  for (const d of departments) {
    if (out.length === 2) break;
    if (qualifiedOn(d, end).length < 2) continue;
    const items = byRelevance(d.items.filter((i) => fits(i, e, 'onsite')), e).slice(0, 2).map((i) => i.code);
    if (items.length === 0) continue;
    const date = out.length === 0 ? first : second;
    out.push({ uscc: e.uscc, department: d.code, date, windowEnd: end, items, inspectors: qualifiedOn(d, date).slice(0, 2).map((i) => i.username), stage: 'head_approved' });
  }
  return out.length === 2 ? out : [];
}

export function writeDemoHistory(trx: Transaction<DB>, config: Config, history: DemoHistory, ids: HistoryIds): Promise<HistorySummary> {
  return writeHistory(trx, config, history.policy, history.plan, ids, history.unrated);
}

export function fileDemoLive(deps: Deps, history: DemoHistory) {
  return fileLive(deps, history.calendar, history.today, history.live);
}

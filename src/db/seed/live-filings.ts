/**
 * The demo county's filings in flight, made through the real use cases after the seed's transaction
 * (so the notice, the deadlines, the code and the audit are exactly what the system makes): coming
 * visits accepted today (notice and code issued), a few filings waiting for the head or the
 * coordinator, and — when today is a working day — visits going on today (accepted earlier, the
 * inspectors arrived this morning). A filing the rules refuse is left out, not forced.
 */
import type { Principal } from '../../modules/auth/index.ts';
import type { Deps } from '../../modules/deps.ts';
import { acceptFiling, approveFiling, createFiling, submitFiling } from '../../modules/filings/index.ts';
import { arrive } from '../../modules/records/index.ts';
import type { WorkingCalendar } from '../../domain/calendar/index.ts';
import type { UpcomingVisit } from './demo/account-history.ts';
import { at } from './history-writer.ts';

export type LiveStage = 'submitted' | 'head_approved' | 'notified' | 'in_progress';

export interface LiveFiling extends UpcomingVisit {
  stage: LiveStage;
  /** The last day the visit may take (a window; merge proposals pick a day inside it). */
  windowEnd?: string;
}

async function principal(deps: Deps, username: string): Promise<Principal> {
  const u = await deps.db
    .selectFrom('users as u')
    .leftJoin('departments as d', 'd.id', 'u.department_id')
    .select(['u.id', 'u.username', 'u.display_name', 'u.role', 'd.id as did', 'd.code', 'd.name'])
    .where('u.username', '=', username)
    .executeTakeFirstOrThrow();
  return { id: u.id, username: u.username, displayName: u.display_name, role: u.role, department: u.did ? { id: u.did, code: u.code!, name: u.name! } : null, enterprise: null, via: 'session' };
}

/** Files each one as far as its stage; returns the ids made and the reasons of those the rules refused. */
export async function fileLive(deps: Deps, calendar: WorkingCalendar, today: string, filings: readonly LiveFiling[]) {
  const made: { id: number; stage: LiveStage; uscc: string }[] = [];
  const refused: { uscc: string; stage: LiveStage; reason: string }[] = [];
  const coordinator = await principal(deps, 'coordinator');
  for (const f of filings) {
    try {
      const admin = await principal(deps, `dept-${f.department}`);
      const head = await principal(deps, `head-${f.department}`);
      // A visit going on today was filed and accepted seven working days ago.
      const earlier = f.stage === 'in_progress' ? at(calendar.subtractWorkingDays(today, 7), '10:00').getTime() - deps.now().getTime() : 0;
      const then: Deps = { ...deps, now: () => new Date(deps.now().getTime() + earlier) };
      const { id } = await createFiling(then, admin, {
        department: f.department,
        enterprise: f.uscc,
        kind: 'campaign',
        path: 'planned',
        campaignBasis: `${f.date.slice(0, 4)}年度${admin.department!.name}涉企专项检查工作方案`,
        mode: 'onsite',
        plannedDate: f.date,
        ...(f.windowEnd ? { windowEnd: f.windowEnd } : {}),
        items: f.items,
        inspectors: f.inspectors,
      } as never);
      await submitFiling(then, admin, id, {});
      if (f.stage !== 'submitted') await approveFiling(then, head, id, {});
      if (f.stage === 'notified' || f.stage === 'in_progress') await acceptFiling(then, coordinator, id, {});
      if (f.stage === 'in_progress') {
        await arrive(deps, await principal(deps, f.inspectors[0]), id, { codeShown: true });
      }
      made.push({ id, stage: f.stage, uscc: f.uscc });
    } catch (error) {
      refused.push({ uscc: f.uscc, stage: f.stage, reason: error instanceof Error ? error.message : String(error) });
    }
  }
  return { made, refused };
}

/**
 * Items unused for the policy's number of years are flagged for retirement (54号: 5 years). Use is
 * the latest filed inspection (beyond a draft, not cancelled) or off-site check of the item; an item
 * never used counts from its creation or its last reactivation.
 */
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { policyFor } from '../policy/index.ts';
import { dateInChina, yearsBefore } from './dates.ts';
import { departmentByCode } from './items.ts';
import { itemUsage } from './repository.ts';

/** The unused-years parameter of the policy version in force on a date (built-in or published). */
export async function retirementYears(deps: Deps, date: string): Promise<number> {
  return (await policyFor(deps, date)).itemRetirementUnusedYears;
}

const latest = (...dates: (string | null)[]) => dates.filter((d): d is string => d !== null).sort().at(-1) ?? null;

export async function retirementCandidates(deps: Deps, by: Principal, departmentCode: string) {
  const department = await departmentByCode(deps, departmentCode);
  assertDepartmentScope(by, department.id);
  const today = todayOf(deps);
  const years = await retirementYears(deps, today);
  const cutoff = yearsBefore(today, years);
  const rows = await itemUsage(deps.db, department.id);
  const items = rows
    .map((r) => {
      const lastUsedOn = latest(r.last_filed_on, r.last_offsite_on);
      const since = dateInChina(new Date(r.reactivated_at ?? r.created_at));
      const unusedSince = latest(lastUsedOn, since)!;
      return { code: r.code, name: r.name, modes: r.modes, lastUsedOn, unusedSince };
    })
    .filter((i) => i.unusedSince <= cutoff);
  return { department: { code: department.code, name: department.name }, years, cutoff, items };
}

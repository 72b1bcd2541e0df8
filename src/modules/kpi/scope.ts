/**
 * Who sees which KPIs, for which year. The coordinator and supervisors see the county and every
 * department and town. A department (admin or head) sees the county figures and the breakdowns by
 * month and town — aggregates that name no other department — but in the breakdown by department only
 * its own row, and may filter by its own department only.
 */
import { invalid, notFound } from '../../domain/errors.ts';
import { compliantGrades, jointRateTarget, type Policy } from '../../domain/policy/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { defaultJurisdiction, findInForce, policyVersionsOf } from '../policy/index.ts';
import { listDepartments, listTowns, type Scope } from './repository.ts';

export interface KpiQuery {
  year?: number;
  department?: string;
  town?: string;
}

export interface Named {
  id: number;
  code: string;
  name: string;
}

export interface KpiContext {
  year: number;
  previousYear: number;
  scope: Scope;
  department: Named | null;
  town: Named | null;
  /** Every department (in the breakdown): all of them, or the department user's own. */
  departments: Named[];
  towns: Named[];
  primary: 'visits' | 'tasks';
  policyId: string | null;
  targets: { current: number | null; previous: number | null };
}

export async function resolveKpiContext(deps: Deps, by: Principal, q: KpiQuery): Promise<KpiContext> {
  const today = todayOf(deps);
  const thisYear = Number(today.slice(0, 4));
  const year = q.year ?? thisYear;
  if (!Number.isInteger(year) || year < 2001 || year > 2100) throw invalid('INVALID_YEAR', '年份应在 2001–2100 之间。', 'The year must be between 2001 and 2100.');
  const [allDepartments, towns] = await Promise.all([listDepartments(deps.db), listTowns(deps.db)]);

  let department: Named | null = null;
  if (q.department !== undefined) {
    department = allDepartments.find((d) => d.code === q.department) ?? null;
    if (!department) throw notFound('DEPARTMENT_NOT_FOUND', `没有代码为 ${q.department} 的部门。`, `No department with code ${q.department}.`);
    assertDepartmentScope(by, department.id);
  }
  let town: Named | null = null;
  if (q.town !== undefined) {
    town = towns.find((t) => t.code === q.town) ?? null;
    if (!town) throw notFound('TOWN_NOT_FOUND', `没有代码为 ${q.town} 的乡镇（街道）。`, `No town with code ${q.town}.`);
  }
  const own = by.department;
  const departments = own ? allDepartments.filter((d) => d.id === own.id) : department ? [department] : allDepartments;

  const policyOf = await policiesByYear(deps, today);
  const current = policyOf(year);
  return {
    year,
    previousYear: year - 1,
    scope: {
      from: `${year - 1}-01-01`,
      to: `${year}-12-31`,
      departmentId: department?.id ?? null,
      townId: town?.id ?? null,
      compliantGrades: current ? compliantGrades(current) : [],
    },
    department,
    town,
    departments,
    towns,
    primary: current?.jointRate.primary ?? 'visits',
    policyId: current?.id ?? null,
    targets: { current: targetOf(current, year), previous: targetOf(policyOf(year - 1), year - 1) },
  };
}

const targetOf = (p: Policy | undefined, year: number) => (p ? (jointRateTarget(p, year) ?? null) : null);

/** The policy that judges a year: in force on its last day (a past year), today (this year) or its first day (a later year). */
async function policiesByYear(deps: Deps, today: string) {
  const versions = await policyVersionsOf(deps, await defaultJurisdiction(deps));
  const thisYear = Number(today.slice(0, 4));
  return (year: number): Policy | undefined => {
    const day = year < thisYear ? `${year}-12-31` : year === thisYear ? today : `${year}-01-01`;
    return (findInForce(versions, day) ?? findInForce(versions, `${year}-12-31`))?.policy;
  };
}

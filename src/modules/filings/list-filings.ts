/** The filing list with filters; a department user sees only its own department's filings. */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { listFilings, type FilingFilter } from './repository.ts';
import { summaryOf } from './get-filing.ts';
import { resolveDepartment, resolveEnterprise } from './resolve.ts';
import type { ListInput } from './schemas.ts';
import { assertFilingScope } from './transition.ts';

export async function filterOf(deps: Deps, by: Principal, q: ListInput): Promise<FilingFilter> {
  let departmentId = q.department ? (await resolveDepartment(deps.db, q.department)).id : undefined;
  if (by.department) {
    if (departmentId !== undefined) assertFilingScope(by, { department_id: departmentId });
    departmentId = by.department.id;
  }
  const enterpriseId = q.enterprise ? (await resolveEnterprise(deps.db, q.enterprise)).id : undefined;
  return { departmentId, enterpriseId, states: q.state, from: q.from, to: q.to, limit: q.limit ?? 20, offset: q.offset ?? 0 };
}

export async function searchFilings(deps: Deps, by: Principal, q: ListInput) {
  const { rows, total } = await listFilings(deps.db, await filterOf(deps, by, q));
  return { items: rows.map((r) => summaryOf(r, r.item_names ?? [])), total };
}

/** The published plans of a year (default: this year in China), for the public area, no sign-in. */
import { departmentByCode } from '../catalog/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { publishedPlans as publishedRows, tasksOf } from './repository.ts';
import { publicPlanView } from './views.ts';

export async function publishedPlans(deps: Deps, q: { year?: number; department?: string; limit: number; offset: number }) {
  const year = q.year ?? Number(todayOf(deps).slice(0, 4));
  const departmentId = q.department ? (await departmentByCode(deps, q.department)).id : undefined;
  const { rows, total } = await publishedRows(deps.db, { year, departmentId, limit: q.limit, offset: q.offset });
  const tasks = await tasksOf(deps.db, rows.map((r) => r.id));
  return { year, items: rows.map((r) => publicPlanView(r, tasks)), total };
}

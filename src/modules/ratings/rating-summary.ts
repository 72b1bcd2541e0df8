/**
 * Rating aggregates by department. A department user gets its own department's published aggregate
 * only (closed months, whole blocks of K, nothing below K: anonymity.ts); the coordinator and
 * supervisors get every department's, with the exact figures beside.
 */
import { forbidden, notFound } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { todayOf } from '../filings/index.ts';
import { aggregate, closedBefore, publishedAggregate, RATING_MIN_GROUP } from './anonymity.ts';
import { allScores, departmentByCode, departments, scoresBefore } from './repository.ts';

export async function ratingSummary(deps: Deps, by: Principal, q: { department?: string }) {
  const oversight = by.role === 'coordinator' || by.role === 'supervisor';
  let departmentId: number | undefined;
  if (q.department) {
    const d = await departmentByCode(deps.db, q.department);
    if (!d) throw notFound('DEPARTMENT_NOT_FOUND', `部门“${q.department}”不存在。`, `No department with code “${q.department}”.`);
    departmentId = d.id;
  }
  if (!oversight) {
    if (!by.department) throw forbidden();
    if (departmentId !== undefined && departmentId !== by.department.id) throw forbidden('您只能查看本部门的评价汇总。', 'You can only see your own department’s rating summary.');
    departmentId = by.department.id;
  }
  const cutoff = closedBefore(todayOf(deps));
  const [list, closed, all] = await Promise.all([
    departments(deps.db, departmentId),
    scoresBefore(deps.db, cutoff.instant, departmentId),
    oversight ? allScores(deps.db, departmentId) : Promise.resolve([]),
  ]);
  const scoresOf = (rows: readonly { department_id: number; score: number }[], id: number) => rows.filter((r) => r.department_id === id).map((r) => r.score);
  return {
    minimumGroup: RATING_MIN_GROUP,
    closedBefore: cutoff.date,
    departments: list.map((d) => ({
      department: { code: d.code, name: d.name },
      published: publishedAggregate(scoresOf(closed, d.id)),
      ...(oversight ? { exact: aggregate(scoresOf(all, d.id)) } : {}),
    })),
  };
}

/** Every rating with its enterprise, comment and date: for the coordinator and supervisors only (paged). */
import { notFound } from '../../domain/errors.ts';
import type { Deps } from '../deps.ts';
import { departmentByCode, enterpriseIdByUscc, listRatings } from './repository.ts';

export interface ListRatingsInput {
  department?: string;
  enterprise?: string;
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

const dayStart = (date: string) => new Date(`${date}T00:00:00+08:00`);
const nextDayStart = (date: string) => new Date(dayStart(date).getTime() + 86_400_000);

export async function searchRatings(deps: Deps, q: ListRatingsInput) {
  const department = q.department ? await departmentByCode(deps.db, q.department) : undefined;
  if (q.department && !department) throw notFound('DEPARTMENT_NOT_FOUND', `部门“${q.department}”不存在。`, `No department with code “${q.department}”.`);
  const enterpriseId = q.enterprise ? await enterpriseIdByUscc(deps.db, q.enterprise) : undefined;
  if (q.enterprise && enterpriseId === undefined) throw notFound('ENTERPRISE_NOT_FOUND', `统一社会信用代码为 ${q.enterprise} 的企业不存在。`, `No enterprise with USCC ${q.enterprise}.`);
  const { rows, total } = await listRatings(deps.db, {
    departmentId: department?.id,
    enterpriseId,
    from: q.from ? dayStart(q.from) : undefined,
    to: q.to ? nextDayStart(q.to) : undefined,
    limit: q.limit ?? 20,
    offset: q.offset ?? 0,
  });
  return {
    items: rows.map((r) => ({
      id: Number(r.id),
      filingId: Number(r.filing_id),
      plannedDate: r.planned_date,
      department: { code: r.department_code, name: r.department_name },
      enterprise: { uscc: r.uscc, name: r.enterprise_name },
      score: r.score,
      comment: r.comment,
      ratedAt: new Date(r.rated_at).toISOString(),
    })),
    total,
  };
}

/**
 * 非现场检查: a department records an off-site check (data comparison, sensor, written review) with
 * its items and result. A pass holds back on-site inspection of the same items for the policy's
 * period (R8): the rules show the reason to whoever files one.
 */
import { invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { resolveDepartment, resolveEnterprise, resolveItems, todayOf } from '../filings/index.ts';

export interface OffsiteInput {
  department: string;
  enterprise: string;
  source: 'data' | 'sensor' | 'written';
  checkedOn: string;
  items: string[];
  result: 'pass' | 'violation';
  summary: string;
}

export async function recordOffsiteCheck(deps: Deps, by: Principal, input: OffsiteInput) {
  const department = await resolveDepartment(deps.db, input.department);
  assertDepartmentScope(by, department.id);
  const enterprise = await resolveEnterprise(deps.db, input.enterprise);
  if (input.checkedOn > todayOf(deps)) throw invalid('DATE_IN_FUTURE', '非现场检查日期不能晚于今天。', 'An off-site check cannot be dated in the future.');
  const items = await resolveItems(deps.db, department.id, input.items, input.checkedOn);
  const unknown = items.filter((i) => i.itemId === null).map((i) => i.code);
  if (unknown.length > 0) {
    throw invalid('ITEM_NOT_IN_CATALOG', `检查事项 ${unknown.join('、')} 不在本部门检查事项清单内。`, `Items ${unknown.join(', ')} are not in the department's catalog.`, { items: unknown });
  }
  return deps.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('offsite_checks')
      .values({ department_id: department.id, enterprise_id: enterprise.id, source: input.source, checked_on: input.checkedOn, result: input.result, summary: input.summary, created_by: by.id })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('offsite_check_items').values(items.map((i) => ({ check_id: row.id, item_id: i.itemId as number }))).execute();
    await recordAudit(trx, { userId: by.id, label: by.username }, { action: 'offsite.create', entity: 'offsite_check', entityId: row.id, after: input });
    return { id: row.id };
  });
}

export async function listOffsiteChecks(deps: Deps, by: Principal, q: { enterprise?: string; limit: number; offset: number }) {
  let base = deps.db
    .selectFrom('offsite_checks as c')
    .innerJoin('departments as d', 'd.id', 'c.department_id')
    .innerJoin('enterprises as e', 'e.id', 'c.enterprise_id');
  if (by.department) base = base.where('c.department_id', '=', by.department.id);
  if (q.enterprise) base = base.where('e.uscc', '=', q.enterprise);
  const [rows, count] = await Promise.all([
    base
      .select(['c.id', 'c.source', 'c.checked_on', 'c.result', 'c.summary', 'd.code as department', 'e.uscc', 'e.name as enterprise_name'])
      .select((eb) =>
        eb
          .selectFrom('offsite_check_items as ci')
          .innerJoin('inspection_items as i', 'i.id', 'ci.item_id')
          .whereRef('ci.check_id', '=', 'c.id')
          .select((e2) => e2.fn.agg<string[]>('array_agg', ['i.code']).as('x'))
          .as('items'),
      )
      .orderBy('c.checked_on', 'desc')
      .orderBy('c.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({ id: r.id, department: r.department, enterprise: { uscc: r.uscc, name: r.enterprise_name }, source: r.source, checkedOn: r.checked_on, result: r.result, summary: r.summary, items: r.items ?? [] })),
    total: Number(count.n),
  };
}

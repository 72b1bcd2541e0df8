/** Turns what a user files (codes, usernames, a USCC) into rows, refusing what cannot be stored. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingPath } from '../../db/tables/filings.ts';
import { invalid, notFound } from '../../domain/errors.ts';
import { findExceptionCase } from '../../domain/policy/index.ts';
import { delegatesFor, departmentCatalog, inspectorsByUsername } from './repository-rules.ts';
import { findDepartmentId, findEnterpriseByUscc } from './repository.ts';
import type { RuleContexts } from './rule-context.ts';

export async function resolveDepartment(db: Kysely<DB>, code: string) {
  const d = await findDepartmentId(db, code);
  if (!d) throw notFound('DEPARTMENT_NOT_FOUND', `部门“${code}”不存在。`, `No department with code “${code}”.`);
  return d;
}

export async function resolveEnterprise(db: Kysely<DB>, uscc: string) {
  const e = await findEnterpriseByUscc(db, uscc);
  if (!e) throw notFound('ENTERPRISE_NOT_FOUND', `统一社会信用代码为 ${uscc} 的企业不存在。`, `No enterprise with USCC ${uscc}.`);
  return e;
}

export interface ResolvedItem {
  code: string;
  itemId: number | null;
  /** Set when the department inspects another department's item on its behalf (R12). */
  delegateDepartmentId: number | null;
}

/**
 * Each code as the department's own active item, else as a library item delegated to it. Codes
 * that are neither stay unresolved: the rules (R1, R12) say why, and the step is refused.
 */
export async function resolveItems(db: Kysely<DB>, departmentId: number, codes: readonly string[], date: string): Promise<ResolvedItem[]> {
  const own = new Map((await departmentCatalog(db, departmentId)).map((i) => [i.code, i.id]));
  const library = await delegatesFor(db, codes.filter((c) => !own.has(c)), date);
  return codes.map((code) => {
    const mine = own.get(code);
    if (mine !== undefined) return { code, itemId: mine, delegateDepartmentId: null };
    const lent = library.find((l) => l.item === code && l.delegate_id === departmentId);
    return lent ? { code, itemId: lent.item_id, delegateDepartmentId: departmentId } : { code, itemId: null, delegateDepartmentId: null };
  });
}

export async function resolveInspectors(db: Kysely<DB>, departmentId: number, usernames: readonly string[], date: string) {
  const unique = [...new Set(usernames)];
  const rows = await inspectorsByUsername(db, departmentId, unique, date);
  const missing = unique.filter((u) => !rows.some((r) => r.username === u));
  if (missing.length > 0) {
    throw invalid(
      'INSPECTOR_NOT_IN_DEPARTMENT',
      `${missing.join('、')} 不是本部门的执法人员，不能指派。`,
      `${missing.join(', ')} ${missing.length > 1 ? 'are' : 'is'} not an inspector of this department.`,
      { usernames: missing },
    );
  }
  return rows;
}

/** Path and exception case fit together: planned has none; triggered names one with its reason; emergency an urgent one. */
export function assertPathAndCase(rules: RuleContexts, path: FilingPath, date: string, exceptionCase: string | undefined, reason: string | undefined) {
  if (path === 'planned') {
    if (exceptionCase) throw invalid('CASE_ON_PLANNED_PATH', '计划内检查不填写特殊情形；属特殊情形的请选择“触发检查”。', 'A planned inspection names no exception case; choose the triggered path for one.');
    return;
  }
  if (!exceptionCase || !reason?.trim()) {
    throw invalid('CASE_REQUIRED', '投诉举报、案件查处等触发检查和紧急检查须写明特殊情形及事由。', 'A triggered or emergency inspection states its exception case and the reason.');
  }
  const ec = findExceptionCase(rules(date).policy, exceptionCase);
  if (!ec) throw invalid('UNKNOWN_EXCEPTION_CASE', `特殊情形“${exceptionCase}”不在政策列明的情形内。`, `“${exceptionCase}” is not an exception case of the policy.`);
  if (path === 'emergency' && !ec.approvalAfterwards) {
    throw invalid(
      'NOT_AN_EMERGENCY_CASE',
      `“${ec.name.zh}”不属于可先检查后登记的紧急情形，请按触发检查先备案、经批准后实施。`,
      `“${ec.name.en}” is not an urgent case that may inspect first; file it on the triggered path and get approval first.`,
    );
  }
}

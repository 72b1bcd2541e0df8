/**
 * The rule check of a proposed inspection (POST /rule-checks, `yqs check`, and the filings module
 * before it files): loads what the rules need — the enterprise's grade, the department's published
 * catalog, items delegated to it, the enterprise's on-site visits this year — picks the policy in
 * force on the date and the current calendar, and runs checkInspection. Writes nothing.
 */
import { parseIsoDate } from '../../domain/calendar/index.ts';
import { validateUscc } from '../../domain/enterprise/index.ts';
import { conflict, invalid, notFound } from '../../domain/errors.ts';
import { checkInspection, type CheckResult, type DelegableItem, type InspectionCheckInput, type InspectionMode, type ProposedInspection, type RuleContext } from '../../domain/rules/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { onsiteHistory } from './history.ts';
import { delegatedTo, departmentCatalog, findEnterpriseForCheck, itemsWithCodes } from './repository.ts';
import { ruleContextFor } from './rule-context.ts';

/** The request of POST /api/v1/rule-checks (issue 3 item 4). */
export interface RuleCheckRequest {
  /** USCC */
  enterprise: string;
  /** Department code */
  department: string;
  items: string[];
  mode: InspectionMode;
  date: string;
  noticeDate?: string;
  exceptionCase?: string;
}

/** What a caller that knows more (a filing) adds; the public API passes none of it. */
export interface RuleCheckOptions {
  /** Facts of the proposal beyond the request: kind (default 'targeted'), inspectors, plan, filing dates… */
  inspection?: Partial<Omit<ProposedInspection, 'enterprise' | 'department' | 'items' | 'mode' | 'date' | 'noticeDate' | 'exceptionCase'>>;
  /** Leave this filing (the proposal itself) out of the history. */
  excludeFilingId?: number;
  offsiteResults?: InspectionCheckInput['offsiteResults'];
  guidance?: InspectionCheckInput['guidance'];
  improvement?: InspectionCheckInput['improvement'];
}

export interface PreparedCheck {
  input: InspectionCheckInput;
  ctx: RuleContext;
  enterprise: { id: number; uscc: string; name: string };
  department: { id: number; code: string; name: string };
}

const list = (xs: string[], sep: string) => xs.join(sep);

export async function prepareInspectionCheck(deps: Deps, principal: Principal, request: RuleCheckRequest, options: RuleCheckOptions = {}): Promise<PreparedCheck> {
  const date = parseIsoDate(request.date);
  const noticeDate = request.noticeDate === undefined ? undefined : parseIsoDate(request.noticeDate);

  const catalog = await departmentCatalog(deps.db, request.department);
  if (!catalog) throw notFound('DEPARTMENT_NOT_FOUND', `部门“${request.department}”不存在。`, `No department with code “${request.department}”.`, { department: request.department });
  const { department, items: own } = catalog;
  assertDepartmentScope(principal, department.id);

  const uscc = validateUscc(request.enterprise);
  if (!uscc.ok) throw invalid('INVALID_USCC', uscc.message.zh, uscc.message.en, { enterprise: request.enterprise, reason: uscc.reason });
  const enterprise = await findEnterpriseForCheck(deps.db, request.enterprise);
  if (!enterprise) throw notFound('ENTERPRISE_NOT_FOUND', `统一社会信用代码为 ${request.enterprise} 的企业不在企业库中。`, `No enterprise with USCC ${request.enterprise}.`, { enterprise: request.enterprise });
  if (!enterprise.grade) {
    throw conflict('ENTERPRISE_NOT_GRADED', `企业“${enterprise.name}”尚未评定监管等级，无法判断检查频次和安静期。请先评定等级。`, `The enterprise “${enterprise.name}” has no supervision grade yet, so caps and quiet periods cannot be judged. Grade it first.`, {
      enterprise: enterprise.uscc,
    });
  }

  const ctx = await ruleContextFor(deps, date, enterprise.jurisdiction);
  ctx.calendar.dayInfo(date); // DATE_OUT_OF_CALENDAR_RANGE before anything else is judged
  if (noticeDate) ctx.calendar.dayInfo(noticeDate);
  if (request.exceptionCase !== undefined && !ctx.policy.exceptionCases.some((c) => c.code === request.exceptionCase)) {
    const known = ctx.policy.exceptionCases.map((c) => c.code);
    throw invalid('UNKNOWN_EXCEPTION_CASE', `特殊情形代码“${request.exceptionCase}”不存在。可用代码：${list(known, '、')}。`, `Unknown exception case “${request.exceptionCase}”. Known codes: ${list(known, ', ')}.`, {
      exceptionCase: request.exceptionCase,
      known,
    });
  }

  const ownCodes = new Set(own.map((i) => i.code));
  const foreignCodes = request.items.filter((c) => !ownCodes.has(c));
  const delegableLibrary = await foreignItems(deps, department, foreignCodes, date);

  const input: InspectionCheckInput = {
    inspection: {
      kind: 'targeted',
      ...options.inspection,
      enterprise: { uscc: enterprise.uscc, grade: enterprise.grade },
      department: department.code,
      items: request.items,
      mode: request.mode,
      date,
      ...(noticeDate ? { noticeDate } : {}),
      ...(request.exceptionCase ? { exceptionCase: request.exceptionCase } : {}),
    },
    catalog: { department: department.code, published: own.length > 0, items: own.map((i) => ({ code: i.code, name: i.name, modes: i.modes, delegable: i.delegable })) },
    delegableLibrary,
    history: await onsiteHistory(deps.db, enterprise.id, date, ctx.policy.mergeWindowDays, options.excludeFilingId),
    ...(options.offsiteResults ? { offsiteResults: options.offsiteResults } : {}),
    ...(options.guidance ? { guidance: options.guidance } : {}),
    ...(options.improvement ? { improvement: options.improvement } : {}),
  };
  return { input, ctx, enterprise: { id: enterprise.id, uscc: enterprise.uscc, name: enterprise.name }, department };
}

/**
 * Items the department does not own: refused (4xx) unless another department owns them and has
 * delegated them to this one on the date — those go to the rules as library entries (R12).
 */
async function foreignItems(deps: Deps, department: { id: number; code: string }, codes: string[], date: string): Promise<DelegableItem[]> {
  if (codes.length === 0) return [];
  const rows = await itemsWithCodes(deps.db, codes);
  const retired = codes.filter((c) => rows.some((r) => r.code === c && r.department_id === department.id && r.status === 'retired'));
  if (retired.length > 0) {
    throw invalid('ITEM_RETIRED', `检查事项 ${list(retired, '、')} 已停用，不能用于检查。`, `Items ${list(retired, ', ')} are retired and cannot be inspected.`, { items: retired });
  }
  const others = rows.filter((r) => r.department_id !== department.id && r.status === 'active');
  const unknown = codes.filter((c) => !others.some((r) => r.code === c));
  if (unknown.length > 0) {
    throw notFound('ITEM_NOT_FOUND', `检查事项 ${list(unknown, '、')} 不存在（或已停用）。`, `No active inspection item ${list(unknown, ', ')}.`, { items: unknown });
  }
  const delegated = new Set((await delegatedTo(deps.db, department.id, others.map((r) => r.id), date)).map((d) => d.item_id));
  const library: DelegableItem[] = [];
  const refused: { code: string; department: string; name: string }[] = [];
  for (const code of codes) {
    const owner = others.find((r) => r.code === code && delegated.has(r.id));
    if (owner) library.push({ item: code, ownerDepartment: owner.department_code, delegates: [department.code] });
    else {
      const r = others.find((x) => x.code === code)!;
      refused.push({ code, department: r.department_code, name: r.department_name });
    }
  }
  if (refused.length > 0) {
    throw invalid(
      'ITEM_OF_OTHER_DEPARTMENT',
      `检查事项 ${refused.map((r) => `${r.code}（属${r.name}）`).join('、')} 不在本部门（${department.code}）的检查事项清单内，也未委托本部门检查。请删除这些事项，或由所属部门实施。`,
      `Items ${refused.map((r) => `${r.code} (of ${r.department})`).join(', ')} are not in the catalog of ${department.code} and are not delegated to it. Remove them, or leave them to their departments.`,
      { items: refused.map((r) => ({ code: r.code, department: r.department })) },
    );
  }
  return library;
}

export async function checkProposedInspection(deps: Deps, principal: Principal, request: RuleCheckRequest, options: RuleCheckOptions = {}): Promise<CheckResult> {
  const { input, ctx } = await prepareInspectionCheck(deps, principal, request, options);
  return checkInspection(input, ctx);
}

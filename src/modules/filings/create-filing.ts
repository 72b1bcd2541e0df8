/**
 * 备案: a department user files an inspection (a draft, then submitted), or, on the emergency path,
 * records an inspection that has already begun. The rules run first; a block refuses it.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { forbidden, invalid } from '../../domain/errors.ts';
import { worst } from '../../domain/rules/index.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { asInspector } from './facts.ts';
import { assertJoinable } from './join-visit.ts';
import { codeAudit, issueFilingCode } from './issue-code.ts';
import { lockEnterprise } from './repository-rules.ts';
import { addDeadline, freezeItemVersions, raiseFlag } from './repository.ts';
import { assertPathAndCase, resolveDepartment, resolveEnterprise, resolveInspectors, resolveItems } from './resolve.ts';
import { dateInChina, deadlineFrom, loadRuleContexts, todayOf, type RuleContexts } from './rule-context.ts';
import { blockingError, checkFiling, enforce, snapshot, type FilingFacts } from './run-rules.ts';
import type { FilingInput } from './schemas.ts';

/** Loads and resolves a proposal, for a filing or for the dry-run check. */
export async function proposalFacts(deps: Deps, by: Principal, input: FilingInput) {
  const department = await resolveDepartment(deps.db, input.department);
  assertDepartmentScope(by, department.id);
  const enterprise = await resolveEnterprise(deps.db, input.enterprise);
  if (input.windowEnd && input.windowEnd < input.plannedDate) {
    throw invalid('WINDOW_REVERSED', '检查时间段的结束日期早于开始日期。', 'The window ends before it starts.');
  }
  const startedOn = input.startedAt ? dateInChina(new Date(input.startedAt)) : undefined;
  const date = input.path === 'emergency' ? (startedOn ?? todayOf(deps)) : input.plannedDate;
  const rules = await loadRuleContexts(deps);
  assertPathAndCase(rules, input.path, date, input.exceptionCase, input.exceptionReason);
  const items = await resolveItems(deps.db, department.id, input.items, date);
  const inspectors = await resolveInspectors(deps.db, department.id, input.inspectors, date);
  const facts: FilingFacts = {
    departmentId: department.id,
    departmentCode: department.code,
    enterpriseId: enterprise.id,
    uscc: enterprise.uscc,
    grade: enterprise.grade,
    kind: input.kind,
    path: input.path,
    mode: input.mode,
    date,
    itemCodes: input.items,
    itemIds: items.flatMap((i) => (i.itemId ? [i.itemId] : [])),
    inspectors: inspectors.map(asInspector),
    exceptionCase: input.exceptionCase ?? null,
    campaignBasis: input.campaignBasis ?? null,
    planTaskId: input.planTaskId ?? null,
    onsiteReason: input.onsiteReason ?? null,
    nationalRuleBasis: input.nationalRuleBasis ?? null,
    joinsFilingId: input.joinsFilingId ?? null,
    filedOn: input.path === 'emergency' ? todayOf(deps) : null,
  };
  return { department, enterprise, items, inspectors, facts, startedOn, rules };
}

export async function createFiling(deps: Deps, by: Principal, input: FilingInput): Promise<{ id: number }> {
  if (!by.department) throw forbidden('只有执法部门人员可以备案。', 'Only department staff file inspections.');
  const emergency = input.path === 'emergency';
  if (emergency && !input.startedAt) throw invalid('STARTED_AT_REQUIRED', '紧急检查须填写开始检查的时间。', 'An emergency inspection states when it began.');
  if (!emergency && input.startedAt) throw invalid('STARTED_AT_NOT_ALLOWED', '只有紧急检查可以先检查后登记。', 'Only an emergency inspection may begin before it is filed.');
  const { department, enterprise, items, inspectors, facts, startedOn, rules } = await proposalFacts(deps, by, input);
  const today = todayOf(deps);
  const at = deps.now();
  if (startedOn && startedOn > today) throw invalid('STARTED_IN_FUTURE', '紧急检查的开始时间不能晚于现在。', 'An emergency inspection cannot begin in the future.');
  const registered = emergency && input.items.length > 0;
  const late = registered && startedOn !== undefined && startedOn < today;
  if (late && !input.lateReason) {
    throw invalid('LATE_REASON_REQUIRED', '紧急检查未在离场前登记的，须说明补登记的原因（如系统故障）。', 'An emergency inspection registered after the day it began states why (e.g. an outage).');
  }

  return deps.db.transaction().execute(async (trx) => {
    if (emergency) await lockEnterprise(trx, enterprise.id);
    if (input.joinsFilingId) await assertJoinable(trx, joinRequest(facts, input.joinsFilingId, rules), { lock: true });
    const result = await checkFiling(trx, facts, rules);
    // A started emergency may name its items when it registers; until then "no items" is not a block.
    const findings = registered || !emergency ? result.findings : result.findings.filter((f) => f.code !== 'R1_NO_ITEMS');
    const check = { ...result, findings, verdict: worst(findings) };
    if (check.verdict === 'block') throw blockingError(findings);
    const justifications = emergency ? enforce(check, {}, input.justifications, { username: by.username, at: at.toISOString() }) : justify(input.justifications, by.username, at);
    const row = await trx
      .insertInto('filings')
      .values({
        department_id: department.id,
        enterprise_id: enterprise.id,
        kind: input.kind,
        path: input.path,
        mode: input.mode,
        planned_date: emergency ? (startedOn ?? today) : input.plannedDate,
        window_end: input.windowEnd ?? null,
        exception_case: input.exceptionCase ?? null,
        exception_reason: input.exceptionReason ?? null,
        campaign_basis: input.campaignBasis ?? null,
        plan_task_id: input.planTaskId ?? result.planTaskId,
        onsite_reason: input.onsiteReason ?? null,
        national_rule_basis: input.nationalRuleBasis ?? null,
        joins_filing_id: input.joinsFilingId ?? null,
        state: emergency ? 'in_progress' : 'draft',
        justifications: JSON.stringify(justifications),
        check_result: JSON.stringify(snapshot('create', at.toISOString(), check)),
        created_by: by.id,
        started_at: input.startedAt ?? null,
        registered_at: registered ? at : null,
        late_reason: input.lateReason ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const id = row.id;
    await insertParties(trx, id, items, inspectors);
    if (emergency) {
      if (registered) await freezeItemVersions(trx, id);
      await emergencyDeadlines(trx, rules, id, startedOn ?? today, registered);
      if (late) {
        const due = deadlineFrom(rules(startedOn ?? today), 'EMERGENCY_REGISTRATION', startedOn ?? today);
        const overdue = due !== null && today > due;
        await raiseFlag(trx, id, overdue ? 'EMERGENCY_REGISTERED_OVERDUE' : 'EMERGENCY_REGISTERED_LATE', `${startedOn} 开始检查，${today} 登记：${input.lateReason}`);
      }
    }
    // An emergency named with its items is registered at once: its code is issued now.
    const code = registered ? await issueFilingCode(deps, trx, id, { userId: by.id, label: by.username }) : null;
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: emergency ? 'filing.emergency_start' : 'filing.create',
      entity: 'filing',
      entityId: id,
      after: { state: emergency ? 'in_progress' : 'draft', ...input, verdict: check.verdict, ...codeAudit(code) },
    });
    return { id };
  });
}

/** What joining the visit of `leadId` is judged on: the filing's enterprise, department, mode and date. */
export function joinRequest(f: FilingFacts, leadId: number, rules: RuleContexts) {
  return { leadId, enterpriseId: f.enterpriseId, departmentId: f.departmentId, mode: f.mode, date: f.date, maxDepartments: rules(f.date).policy.maxDepartmentsPerJointVisit };
}

type Resolved = Awaited<ReturnType<typeof proposalFacts>>;

/** The filing's items and inspectors as rows (create; edit replaces them with these). */
export async function insertParties(trx: Transaction<DB>, id: number, items: Resolved['items'], inspectors: Resolved['inspectors']) {
  const itemRows = items.flatMap((i) => (i.itemId ? [{ filing_id: id, item_id: i.itemId, delegate_department_id: i.delegateDepartmentId }] : []));
  if (itemRows.length > 0) await trx.insertInto('filing_items').values(itemRows).execute();
  if (inspectors.length > 0) {
    await trx
      .insertInto('filing_inspectors')
      .values(inspectors.map((u) => ({ filing_id: id, user_id: u.id, certificate_number: u.certificate_number, certificate_valid_until: u.certificate_valid_until })))
      .execute();
  }
}

/** Written justifications of warnings as stored: the text, who wrote it and when. */
export function justify(given: Record<string, string> | undefined, username: string, at: Date) {
  return Object.fromEntries(Object.entries(given ?? {}).map(([code, text]) => [code, { text, by: username, at: at.toISOString() }]));
}

/** The emergency path's deadlines: registration, the head's approval afterwards, the coordinator's filing. */
async function emergencyDeadlines(trx: Parameters<typeof addDeadline>[0], rules: RuleContexts, id: number, startedOn: string, registered: boolean) {
  const ctx = rules(startedOn);
  const codes = registered ? ['URGENT_APPROVAL_RECORD', 'EXCEPTION_FILING'] : ['EMERGENCY_REGISTRATION', 'URGENT_APPROVAL_RECORD', 'EXCEPTION_FILING'];
  for (const code of codes) {
    const due = deadlineFrom(ctx, code, startedOn);
    if (due) await addDeadline(trx, id, code, due);
  }
}

/**
 * 修改备案: the department changes a draft, or a filing its head or the coordinator returned, before
 * it submits it again. The rules run again exactly as when it was filed (a block refuses the change
 * and nothing is written); the items and inspectors are replaced; the state stays (a returned filing
 * stays returned until it is submitted). The enterprise and the department cannot change.
 */
import { conflict, invalid } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { insertParties, joinRequest, justify, proposalFacts } from './create-filing.ts';
import { assertJoinable } from './join-visit.ts';
import { jointMembers, visitByLead } from './repository-merge.ts';
import { filingInspectors, filingItems, findFiling, lockFiling, type FilingRow } from './repository.ts';
import { blockingError, checkFiling, snapshot } from './run-rules.ts';
import type { FilingInput, FilingPatch } from './schemas.ts';
import { transitionFor } from './state-machine.ts';
import { assertFilingScope, filingNotFound } from './transition.ts';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/** The fields an edit may change, as the audit entry records them. */
type Fields = Omit<FilingInput, 'department' | 'enterprise' | 'path' | 'startedAt' | 'lateReason' | 'justifications'>;

const orUndefined = <T>(v: T | null | undefined) => (v === null ? undefined : v);
/** The patched value: absent keeps the stored one, null clears it. */
const pick = <T>(patch: FilingPatch, key: keyof FilingPatch, stored: T | null): T | undefined =>
  (key in patch && patch[key] !== undefined ? orUndefined(patch[key] as T | null) : orUndefined(stored));

/** The filing as stored, in the shape of what is filed. */
async function storedFields(db: Kysely<DB>, row: FilingRow): Promise<Fields> {
  const [items, inspectors] = await Promise.all([filingItems(db, row.id), filingInspectors(db, row.id, row.planned_date)]);
  return {
    kind: row.kind,
    mode: row.mode,
    plannedDate: row.planned_date,
    windowEnd: orUndefined(row.window_end),
    items: items.map((i) => i.code),
    inspectors: inspectors.map((u) => u.username),
    exceptionCase: orUndefined(row.exception_case),
    exceptionReason: orUndefined(row.exception_reason),
    campaignBasis: orUndefined(row.campaign_basis),
    planTaskId: orUndefined(row.plan_task_id),
    onsiteReason: orUndefined(row.onsite_reason),
    nationalRuleBasis: orUndefined(row.national_rule_basis),
    joinsFilingId: orUndefined(row.joins_filing_id),
  };
}

function patched(stored: Fields, patch: FilingPatch): Fields {
  return {
    kind: patch.kind ?? stored.kind,
    mode: patch.mode ?? stored.mode,
    plannedDate: patch.plannedDate ?? stored.plannedDate,
    windowEnd: pick(patch, 'windowEnd', stored.windowEnd ?? null),
    items: patch.items ?? stored.items,
    inspectors: patch.inspectors ?? stored.inspectors,
    exceptionCase: pick(patch, 'exceptionCase', stored.exceptionCase ?? null),
    exceptionReason: pick(patch, 'exceptionReason', stored.exceptionReason ?? null),
    campaignBasis: pick(patch, 'campaignBasis', stored.campaignBasis ?? null),
    planTaskId: pick(patch, 'planTaskId', stored.planTaskId ?? null),
    onsiteReason: pick(patch, 'onsiteReason', stored.onsiteReason ?? null),
    nationalRuleBasis: pick(patch, 'nationalRuleBasis', stored.nationalRuleBasis ?? null),
    joinsFilingId: pick(patch, 'joinsFilingId', stored.joinsFilingId ?? null),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const sameSet = (a: readonly string[], b: readonly string[]) => same([...a].sort(), [...b].sort());

/** Before and after of the fields that change. */
function changesOf(before: Fields, after: Fields) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const key of Object.keys(after) as (keyof Fields)[]) {
    const changed = key === 'items' || key === 'inspectors' ? !sameSet(before[key], after[key]) : !same(before[key], after[key]);
    if (changed) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

function assertState(by: Principal, row: FilingRow) {
  assertFilingScope(by, row);
  transitionFor('edit', row.state, row.path, by.role);
}

export async function updateFiling(deps: Deps, by: Principal, id: number, patch: FilingPatch): Promise<{ id: number }> {
  const found = await findFiling(deps.db, id);
  if (!found) throw filingNotFound(id);
  assertState(by, found);
  if (patch.enterprise !== undefined && patch.enterprise !== found.uscc) {
    throw invalid(
      'FILING_ENTERPRISE_FIXED',
      '备案的被检查企业不能修改；如需检查其他企业，请撤销本备案后重新备案。',
      "A filing's enterprise cannot change; cancel it and file again for another enterprise.",
      { enterprise: found.uscc },
    );
  }
  if (patch.department !== undefined && patch.department !== found.department_code) {
    throw invalid(
      'FILING_DEPARTMENT_FIXED',
      '备案的检查部门不能修改；如由其他部门检查，请撤销本备案，由该部门重新备案。',
      "A filing's department cannot change; cancel it and let the other department file.",
      { department: found.department_code },
    );
  }
  const before = await storedFields(deps.db, found);
  const fields = patched(before, patch);
  // Resolved and judged as a new filing would be (outside the transaction, as create does).
  const input: FilingInput = { ...fields, department: found.department_code, enterprise: found.uscc, path: found.path };
  const { items, inspectors, facts: proposed, rules } = await proposalFacts(deps, by, input);
  const facts = { ...proposed, id };
  const at = deps.now();

  return deps.db.transaction().execute(async (trx) => {
    const row = await lockFiling(trx, id);
    if (!row) throw filingNotFound(id);
    assertState(by, row);
    if (!same(await storedFields(trx, row), before)) {
      throw conflict('FILING_CHANGED', '备案刚被他人修改，请刷新后重试。', 'The filing has just been changed by someone else; reload and try again.');
    }
    const dateOrMode = fields.plannedDate !== before.plannedDate || fields.mode !== before.mode;
    if (dateOrMode && (await jointMembers(trx, id)).length > 1) {
      throw conflict(
        'FILING_HAS_JOINT_MEMBERS',
        '已有其他部门的备案加入本次检查，不能再修改检查日期或检查方式；请与相关部门协商，或撤销后重新备案。',
        'Other departments have joined this visit; its date and mode can no longer change.',
        { id },
      );
    }
    if (fields.joinsFilingId !== undefined) {
      if (fields.joinsFilingId !== before.joinsFilingId) {
        await assertJoinable(trx, joinRequest(facts, fields.joinsFilingId, rules), { lock: true });
      } else if (dateOrMode) {
        // Already part of that visit: it stays on the visit's day and on site.
        const v = await visitByLead(trx, fields.joinsFilingId);
        if (v && fields.mode !== 'onsite') {
          throw invalid('JOIN_OFFSITE', '非现场检查不入企，无需并入联合检查；请改为现场检查或取消“加入此次检查”。', 'An off-site check visits no one and joins no visit; make it on-site or undo the join.', { joinsFilingId: v.leadFilingId });
        }
        if (v && fields.plannedDate !== v.date) {
          throw invalid(
            'JOIN_DATE_MISMATCH',
            `联合检查定于 ${v.date}，加入后本次检查日期须为同一天（当前为 ${fields.plannedDate}）。`,
            `The joint visit is on ${v.date}; a filing joining it takes that day (this one says ${fields.plannedDate}).`,
            { joinsFilingId: v.leadFilingId, visitDate: v.date },
          );
        }
      }
    }
    const check = await checkFiling(trx, facts, rules);
    if (check.verdict === 'block') throw blockingError(check.findings);
    const justifications = { ...row.justifications, ...justify(patch.justifications, by.username, at) };
    await trx
      .updateTable('filings')
      .set({
        kind: fields.kind,
        mode: fields.mode,
        planned_date: fields.plannedDate,
        window_end: fields.windowEnd ?? null,
        exception_case: fields.exceptionCase ?? null,
        exception_reason: fields.exceptionReason ?? null,
        campaign_basis: fields.campaignBasis ?? null,
        plan_task_id: fields.planTaskId ?? check.planTaskId,
        onsite_reason: fields.onsiteReason ?? null,
        national_rule_basis: fields.nationalRuleBasis ?? null,
        joins_filing_id: fields.joinsFilingId ?? null,
        justifications: JSON.stringify(justifications),
        check_result: JSON.stringify(snapshot('edit', at.toISOString(), check)),
        updated_at: at,
      })
      .where('id', '=', id)
      .execute();
    await trx.deleteFrom('filing_items').where('filing_id', '=', id).execute();
    await trx.deleteFrom('filing_inspectors').where('filing_id', '=', id).execute();
    await insertParties(trx, id, items, inspectors);
    const changes = changesOf(before, fields);
    await recordAudit(trx, { userId: by.id, label: by.username }, {
      action: 'filing.update',
      entity: 'filing',
      entityId: id,
      before: { state: row.state, ...changes.before },
      after: { state: row.state, ...changes.after, verdict: check.verdict, justifications: patch.justifications ?? {} },
    });
    return { id };
  });
}

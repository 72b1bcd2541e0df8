/** A stored filing as the rules see it, on a given date and at a given step. */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Inspector } from '../../domain/rules/index.ts';
import { filingInspectors, filingItems, type FilingRow } from './repository.ts';
import { dateInChina } from './rule-context.ts';
import type { FilingFacts } from './run-rules.ts';

export const asInspector = (u: {
  username: string;
  display_name: string;
  certificate_number: string | null;
  certificate_valid_until: string | null;
  training_current: unknown;
}): Inspector => ({
  id: u.username,
  name: u.display_name,
  ...(u.certificate_number ? { certificateNo: u.certificate_number } : {}),
  certificateValidUntil: u.certificate_valid_until,
  trainingCurrent: Boolean(u.training_current),
});

const dayOf = (t: Date | string | null) => (t ? dateInChina(new Date(t)) : null);

export async function factsOf(db: Kysely<DB>, row: FilingRow, over: Partial<FilingFacts> = {}): Promise<FilingFacts> {
  const date = over.date ?? row.planned_date;
  const [items, inspectors] = await Promise.all([filingItems(db, row.id), filingInspectors(db, row.id, date)]);
  return {
    id: row.id,
    departmentId: row.department_id,
    departmentCode: row.department_code,
    enterpriseId: row.enterprise_id,
    uscc: row.uscc,
    grade: row.grade,
    kind: row.kind,
    path: row.path,
    mode: row.mode,
    date,
    itemCodes: items.map((i) => i.code),
    itemIds: items.map((i) => i.item_id),
    inspectors: inspectors.map(asInspector),
    exceptionCase: row.exception_case,
    campaignBasis: row.campaign_basis,
    planTaskId: row.plan_task_id,
    onsiteReason: row.onsite_reason,
    nationalRuleBasis: row.national_rule_basis,
    joinsFilingId: row.joins_filing_id,
    filedOn: dayOf(row.path === 'emergency' ? row.registered_at : row.submitted_at),
    ...(row.exception_case ? { headApprovedOn: dayOf(row.head_approved_at), exceptionFiledOn: dayOf(row.path === 'emergency' ? row.registered_at : row.submitted_at) } : {}),
    ...over,
  };
}

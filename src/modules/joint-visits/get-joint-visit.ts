/**
 * One joint visit: its day, lead, departments, filings, the team (every member's inspectors with
 * their certificate numbers), the combined checklist (一表通查: the union of the items' frozen
 * checklists — the current version where an item is not frozen yet — without repeats) and its code.
 * Readers: the coordinator, supervisors and the departments taking part.
 */
import type { ChecklistQuestion } from '../../db/schema.ts';
import { forbidden, notFound } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import { currentCode } from '../codes/index.ts';
import type { Deps } from '../deps.ts';
import { codeFields, filingInspectors, filingItems, STATE_LABELS } from '../filings/index.ts';
import { combinedChecklist } from '../records/index.ts';
import { jointCodeNotReady as notReady, jointMembers } from '../filings/index.ts';
import { visitSummary } from './list-joint-visits.ts';
import { findVisit } from './repository-visits.ts';

export const jointVisitNotFound = (id: number) => notFound('JOINT_VISIT_NOT_FOUND', `联合检查 #${id} 不存在。`, `No joint visit #${id}.`);

/** The visit and its members, if the caller may see it. */
export async function visibleVisit(deps: Deps, by: Principal, id: number) {
  const row = await findVisit(deps.db, id);
  if (!row) throw jointVisitNotFound(id);
  const members = await jointMembers(deps.db, id);
  const oversight = by.role === 'coordinator' || by.role === 'supervisor';
  if (!oversight && !members.some((m) => m.department_id === by.department?.id)) {
    throw forbidden('您只能查看本部门参加的联合检查。', 'You can only see joint visits your department takes part in.');
  }
  return { row, members };
}

export async function getJointVisit(deps: Deps, by: Principal, id: number, o: { origin?: string } = {}) {
  const { row, members } = await visibleVisit(deps, by, id);
  const filings = [];
  const items = new Map<string, { code: string; name: string; legalBasis: string; version: number; frozen: boolean; owner: { code: string; name: string }; checklist: ChecklistQuestion[] }>();
  const team = new Map<string, { username: string; displayName: string; certificateNumber: string | null; certificateValidUntil: string | null; department: { code: string; name: string } }>();
  for (const m of members) {
    const [its, people] = await Promise.all([filingItems(deps.db, m.id), filingInspectors(deps.db, m.id, row.planned_date)]);
    for (const i of its) {
      if (!items.has(i.code)) {
        items.set(i.code, {
          code: i.code,
          name: i.name,
          legalBasis: i.legal_basis,
          version: i.item_version ?? i.current_version,
          frozen: i.item_version !== null,
          owner: { code: i.owner_code, name: i.owner_name },
          checklist: (i.checklist ?? []) as ChecklistQuestion[],
        });
      }
    }
    for (const u of people) {
      if (!team.has(u.username)) {
        team.set(u.username, {
          username: u.username,
          displayName: u.display_name,
          certificateNumber: u.certificate_number,
          certificateValidUntil: u.certificate_valid_until,
          department: { code: m.department_code, name: m.department_name },
        });
      }
    }
    filings.push({
      id: m.id,
      lead: m.id === id,
      department: { code: m.department_code, name: m.department_name },
      plannedDate: m.planned_date,
      state: m.state,
      stateLabel: STATE_LABELS[m.state].zh,
      items: its.map((i) => i.code),
    });
  }
  const code = await currentCode(deps.db, { kind: 'joint_visit', id });
  const list = [...items.values()];
  return {
    ...visitSummary(row),
    filings,
    items: list.map(({ checklist: _c, ...rest }) => rest),
    team: [...team.values()],
    checklist: combinedChecklist(list),
    codeReady: notReady(members) === null,
    ...(await codeFields(row.state, code, o.origin)),
  };
}

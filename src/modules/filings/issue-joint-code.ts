/**
 * The joint visit's code (联合检查码): one signed code naming every department, inspector and item of
 * the visit, valid on its day, subject ('joint_visit', lead filing id). Issued as soon as every
 * filing of the visit is accepted or notified: when the coordinator accepts a merge proposal, when
 * the last member filing is accepted (acceptFiling), or by the coordinator on demand
 * (POST /joint-visits/{id}/code). It lives here, not in joint-visits, because acceptFiling needs it
 * and joint-visits already builds on this module.
 */
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingState } from '../../db/tables/filings.ts';
import { CODE_LIMITS } from '../../domain/codes/index.ts';
import { conflict, DomainError } from '../../domain/errors.ts';
import type { Actor } from '../audit/index.ts';
import { issueInspectionCode, summariseLegalBasis, type IssuedCode } from '../codes/index.ts';
import type { Deps } from '../deps.ts';
import { jointMembers } from './repository-merge.ts';
import { filingInspectors, filingItems, findFiling } from './repository.ts';
import { STATE_LABELS } from './state-machine.ts';

/** Member states in which the joint code may be issued. */
export const JOINT_CODE_STATES: readonly FilingState[] = ['accepted', 'notified'];

type Members = Awaited<ReturnType<typeof jointMembers>>;

/** Why the code cannot be issued yet, or null when it can. */
export function notReady(members: Members): { zh: string; en: string } | null {
  if (members.length < 2) return { zh: '联合检查至少须有两项备案。', en: 'A joint visit needs at least two filings.' };
  const waiting = members.filter((m) => !JOINT_CODE_STATES.includes(m.state));
  if (waiting.length === 0) return null;
  return {
    zh: `联合检查的全部备案须已通过审核（备案通过或已预告）方可签发联合检查码：${waiting.map((m) => `备案 #${m.id}（${m.department_name}）当前为“${STATE_LABELS[m.state].zh}”`).join('；')}。`,
    en: `Every filing of the joint visit must be accepted or notified first: ${waiting.map((m) => `filing #${m.id} is “${STATE_LABELS[m.state].en}”`).join('; ')}.`,
  };
}

/** Issues the code in the caller's transaction; null when the visit is not ready (see notReady). */
export async function issueJointCode(deps: Deps, trx: Transaction<DB>, leadId: number, actor: Actor): Promise<IssuedCode | null> {
  const members = await jointMembers(trx, leadId);
  if (notReady(members)) return null;
  const lead = await findFiling(trx, leadId);
  if (!lead) return null;
  const date = lead.planned_date;
  const items = new Map<string, { code: string; name: string; legalBasis: string }>();
  const team = new Map<string, { name: string; certificateNumber: string }>();
  for (const m of members) {
    for (const i of await filingItems(trx, m.id)) items.set(i.code, { code: i.code, name: i.name, legalBasis: i.legal_basis });
    for (const u of await filingInspectors(trx, m.id, date)) if (u.certificate_number) team.set(u.username, { name: u.display_name, certificateNumber: u.certificate_number });
  }
  const departments = [...new Map(members.map((m) => [m.department_code, { code: m.department_code, name: m.department_name }])).values()];
  if (departments.length > CODE_LIMITS.departments || team.size > CODE_LIMITS.inspectors || items.size > CODE_LIMITS.items) {
    throw conflict(
      'JOINT_CODE_TOO_LARGE',
      `联合检查码最多载明 ${CODE_LIMITS.departments} 个部门、${CODE_LIMITS.inspectors} 名执法人员、${CODE_LIMITS.items} 个检查事项，本次超出，请拆分检查。`,
      `A joint code names at most ${CODE_LIMITS.departments} departments, ${CODE_LIMITS.inspectors} inspectors and ${CODE_LIMITS.items} items; split the visit.`,
    );
  }
  if (items.size === 0 || team.size === 0) return null;
  return issueInspectionCode(
    deps,
    trx,
    {
      subject: { kind: 'joint_visit', id: leadId },
      enterpriseUscc: lead.uscc,
      departments,
      inspectors: [...team.values()],
      items: [...items.values()].map((i) => ({ code: i.code, name: i.name })),
      legalBasis: summariseLegalBasis([...items.values()].map((i) => i.legalBasis)),
      validFrom: date,
      validTo: date,
    },
    actor,
  );
}


/**
 * After a member filing is accepted: the visit's code once every member is accepted (null before).
 * A visit too large for one code is not refused here: its members keep their own codes.
 */
export async function jointCodeAfterAccept(deps: Deps, trx: Transaction<DB>, leadId: number, actor: Actor): Promise<IssuedCode | null> {
  try {
    return await issueJointCode(deps, trx, leadId, actor);
  } catch (e) {
    if (e instanceof DomainError && e.code === 'JOINT_CODE_TOO_LARGE') return null;
    throw e;
  }
}

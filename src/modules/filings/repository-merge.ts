/**
 * The SQL of merge offers (综合查一次): the open visits at an enterprise — lead filings (their own
 * joins_filing_id is null) with the filings that joined them — and one such visit by its lead.
 */
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingState } from '../../db/tables/filings.ts';

type Q = Kysely<DB>;

/**
 * States in which a lead filing is a visit others may still join: filed (not a draft), not yet
 * begun, finished, cancelled, nor itself told to merge into another visit.
 */
export const OPEN_LEAD_STATES: readonly FilingState[] = ['submitted', 'head_approved', 'accepted', 'notified', 'returned'];

export interface VisitDepartment {
  id: number;
  code: string;
  name: string;
}

export interface OpenVisit {
  leadFilingId: number;
  enterpriseId: number;
  date: string;
  state: FilingState;
  mode: 'onsite' | 'offsite';
  joinsFilingId: number | null;
  /** The lead's department first, then those of the filings that joined (not cancelled), each once. */
  departments: VisitDepartment[];
  /** Ids of the joined filings (not cancelled), oldest first. */
  memberIds: number[];
}

const leadColumns = ['f.id', 'f.enterprise_id', 'f.planned_date', 'f.state', 'f.mode', 'f.joins_filing_id', 'f.department_id', 'd.code as department_code', 'd.name as department_name'] as const;

async function withMembers(db: Q, leads: { id: number; enterprise_id: number; planned_date: string; state: FilingState; mode: 'onsite' | 'offsite'; joins_filing_id: number | null; department_id: number; department_code: string; department_name: string }[]): Promise<OpenVisit[]> {
  if (leads.length === 0) return [];
  const members = await db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .where('f.joins_filing_id', 'in', leads.map((l) => l.id))
    .where('f.state', '<>', 'cancelled')
    .select(['f.id', 'f.joins_filing_id', 'f.department_id', 'd.code as department_code', 'd.name as department_name'])
    .orderBy('f.id')
    .execute();
  return leads.map((l) => {
    const departments: VisitDepartment[] = [{ id: l.department_id, code: l.department_code, name: l.department_name }];
    const mine = members.filter((m) => Number(m.joins_filing_id) === Number(l.id));
    for (const m of mine) if (!departments.some((d) => d.id === m.department_id)) departments.push({ id: m.department_id, code: m.department_code, name: m.department_name });
    return {
      leadFilingId: Number(l.id),
      enterpriseId: Number(l.enterprise_id),
      date: l.planned_date,
      state: l.state,
      mode: l.mode,
      joinsFilingId: l.joins_filing_id === null ? null : Number(l.joins_filing_id),
      departments,
      memberIds: mine.map((m) => Number(m.id)),
    };
  });
}

/** Open on-site visits at the enterprise whose day falls in [from, to], earliest first. */
export async function openVisitsAt(db: Q, enterpriseId: number, from: string, to: string): Promise<OpenVisit[]> {
  const leads = await db
    .selectFrom('filings as f')
    .innerJoin('departments as d', 'd.id', 'f.department_id')
    .where('f.enterprise_id', '=', enterpriseId)
    .where('f.joins_filing_id', 'is', null)
    .where('f.mode', '=', 'onsite')
    .where('f.state', 'in', [...OPEN_LEAD_STATES])
    .where('f.planned_date', '>=', from)
    .where('f.planned_date', '<=', to)
    .select(leadColumns)
    .orderBy('f.planned_date')
    .orderBy('f.id')
    .execute();
  return withMembers(db, leads);
}

/** The filing as a visit (whatever its state), its row locked until the transaction ends when `lock` is set. */
export async function visitByLead(db: Q, leadId: number, lock = false): Promise<OpenVisit | undefined> {
  let q = db.selectFrom('filings as f').innerJoin('departments as d', 'd.id', 'f.department_id').where('f.id', '=', leadId).select(leadColumns);
  if (lock) q = q.forUpdate('f');
  const lead = await q.executeTakeFirst();
  return lead ? (await withMembers(db, [lead]))[0] : undefined;
}


/** The member filings of the visit led by leadId (the lead first), not cancelled. */
export async function jointMembers(db: Q, leadId: number) {
  return db
    .selectFrom('filings as m')
    .innerJoin('departments as d', 'd.id', 'm.department_id')
    .where((eb) => eb.or([eb('m.id', '=', leadId), eb('m.joins_filing_id', '=', leadId)]))
    .where('m.state', '<>', 'cancelled')
    .select(['m.id', 'm.state', 'm.planned_date', 'm.window_end', 'm.department_id', 'd.code as department_code', 'd.name as department_name'])
    .orderBy(sql`m.id = ${leadId}`, 'desc')
    .orderBy('m.id')
    .execute();
}

/**
 * Runs the rules on a filing at any step: loads what they need (through repository-rules.ts, inside
 * the caller's transaction when there is one), hands it to the pure `checkInspection`, and enforces
 * the outcome: a block stops the step; a warning needs a written justification, which is kept.
 */
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingPath, Justification } from '../../db/tables/filings.ts';
import type { InspectionKind } from '../../db/tables/plans.ts';
import { addDays } from '../../domain/calendar/index.ts';
import { conflict, invalid } from '../../domain/errors.ts';
import { checkInspection, type CheckResult, type Finding, type Grade, type Inspector, type InspectionMode, type VisitRecord } from '../../domain/rules/index.ts';
import { findPlanTaskFor } from '../plans/index.ts';
import { pendingJoinedVisit } from './join-visit.ts';
import { countedFilings, delegatesFor, departmentCatalog, mergeOptOutOf, officialVisitsBetween, offsiteResults } from './repository-rules.ts';
import type { RuleContexts } from './rule-context.ts';

export interface FilingFacts {
  /** Absent for a filing not stored yet. */
  id?: number;
  departmentId: number;
  departmentCode: string;
  enterpriseId: number;
  uscc: string;
  grade: Grade | null;
  kind: InspectionKind;
  path: FilingPath;
  mode: InspectionMode;
  date: string;
  itemCodes: string[];
  itemIds: number[];
  /** undefined: not assigned yet; [] none. */
  inspectors?: Inspector[];
  exceptionCase?: string | null;
  campaignBasis?: string | null;
  planTaskId?: number | null;
  onsiteReason?: string | null;
  nationalRuleBasis?: string | null;
  joinsFilingId?: number | null;
  filedOn?: string | null;
  noticeDate?: string;
  headApprovedOn?: string | null;
  exceptionFiledOn?: string | null;
}

export interface FilingCheck extends CheckResult {
  planTaskId: number | null;
}

const ymd = (year: number, md: string) => `${year}-${md}`;

/** The enterprise's visits as the rules see them: a joint visit (a filing and those joining it) is one visit. */
export async function visitHistory(db: Kysely<DB>, enterpriseId: number, from: string, to: string, excludeFilingId?: number): Promise<VisitRecord[]> {
  const filings = (await countedFilings(db, enterpriseId, from, to)).filter((f) => f.id !== excludeFilingId);
  const groups = new Map<number, typeof filings>();
  for (const f of filings) {
    const lead = f.joins_filing_id ?? f.id;
    groups.set(lead, [...(groups.get(lead) ?? []), f]);
  }
  const out: VisitRecord[] = [];
  for (const [lead, members] of groups) {
    const head = members.find((m) => m.id === lead) ?? members[0];
    const departments = [...new Set(members.flatMap((m) => [m.department, ...(m.owners ?? [])]))];
    out.push({
      id: `F${lead}`,
      type: 'inspection',
      mode: members.some((m) => m.mode === 'onsite') ? 'onsite' : 'offsite',
      date: head.planned_date,
      departments,
      items: [...new Set(members.flatMap((m) => m.items ?? []))],
      status: members.every((m) => m.state === 'completed') ? 'done' : 'filed',
      ...(head.exception_case ? { exceptionCase: head.exception_case } : {}),
    });
  }
  for (const v of await officialVisitsBetween(db, enterpriseId, from, to)) {
    out.push({ id: `V${v.id}`, type: v.type, mode: 'onsite', date: v.visit_date, departments: [v.department ?? v.organiser], status: 'filed' });
  }
  return out;
}

/** rules: the snapshot loaded before the transaction (loadRuleContexts); the filing is judged by the version in force on its date. */
export async function checkFiling(db: Kysely<DB>, f: FilingFacts, rules: RuleContexts): Promise<FilingCheck> {
  const ctx = rules(f.date);
  const year = Number(f.date.slice(0, 4));
  const window = ctx.policy.mergeWindowDays;
  const from = [ymd(year, '01-01'), addDays(f.date, -window)].sort()[0];
  const to = [ymd(year, '12-31'), addDays(f.date, window)].sort()[1];
  const [catalog, library, history, offsite, mergeOptOut] = await Promise.all([
    departmentCatalog(db, f.departmentId),
    delegatesFor(db, f.itemCodes, f.date),
    visitHistory(db, f.enterpriseId, from, to, f.id),
    offsiteResults(db, f.enterpriseId, addDays(f.date, -ctx.policy.offsiteHoldDays), f.date),
    mergeOptOutOf(db, f.enterpriseId),
  ]);
  // A visit joined before its lead is accepted is not counted yet: the filing is judged as part of it.
  if (f.joinsFilingId && !history.some((v) => v.id === `F${f.joinsFilingId}`)) {
    const pending = await pendingJoinedVisit(db, f.joinsFilingId);
    if (pending) history.push(pending);
  }
  const routine = f.path === 'planned' && f.mode === 'onsite' && f.kind !== 'campaign';
  const task =
    routine || f.planTaskId
      ? await findPlanTaskFor(db, { departmentId: f.departmentId, enterpriseId: f.enterpriseId, kind: f.kind, date: f.date, itemIds: f.itemIds, taskId: f.planTaskId ?? undefined })
      : null;
  const owners = new Map<string, { owner: string; delegates: string[] }>();
  for (const d of library) {
    const e = owners.get(d.item) ?? { owner: d.owner, delegates: [] };
    e.delegates.push(d.delegate);
    owners.set(d.item, e);
  }
  const joinedHere = f.id !== undefined && history.some((v) => v.id === `F${f.id}`);
  const jointVisitId = f.joinsFilingId ? `F${f.joinsFilingId}` : joinedHere ? `F${f.id}` : undefined;
  const result = checkInspection(
    {
      inspection: {
        enterprise: { uscc: f.uscc, grade: f.grade ?? 'C', ...(mergeOptOut ? { mergeOptOut } : {}) },
        department: f.departmentCode,
        items: f.itemCodes,
        mode: f.mode,
        kind: f.kind,
        date: f.date,
        ...(f.noticeDate ? { noticeDate: f.noticeDate } : {}),
        ...(f.exceptionCase ? { exceptionCase: f.exceptionCase } : {}),
        ...(f.inspectors ? { inspectors: f.inspectors } : {}),
        ...(routine ? { inPublishedPlan: task !== null } : {}),
        ...(f.campaignBasis || task?.basis ? { campaignBasis: f.campaignBasis ?? task?.basis ?? undefined } : {}),
        ...(f.filedOn !== undefined ? { filing: { filedOn: f.filedOn } } : {}),
        ...(f.nationalRuleBasis ? { nationalRuleBasis: f.nationalRuleBasis } : {}),
        ...(f.onsiteReason ? { onsiteReason: f.onsiteReason } : {}),
        ...(jointVisitId ? { jointVisitId } : {}),
        ...(f.headApprovedOn !== undefined ? { headApprovedOn: f.headApprovedOn } : {}),
        ...(f.exceptionFiledOn !== undefined ? { exceptionFiledOn: f.exceptionFiledOn } : {}),
      },
      catalog: {
        department: f.departmentCode,
        published: true,
        items: catalog.map((i) => ({ code: i.code, name: i.name, modes: i.modes, delegable: i.delegable })),
      },
      delegableLibrary: [...owners].map(([item, e]) => ({ item, ownerDepartment: e.owner, delegates: e.delegates })),
      history,
      offsiteResults: offsite.map((o) => ({ item: o.item, date: o.checked_on, passed: o.result === 'pass', department: o.department })),
    },
    ctx,
  );
  return { ...result, planTaskId: task?.taskId ?? null };
}

/** Warnings that are reminders of a duty, not deviations: they need no justification. */
const REMINDERS = new Set(['R3_NOT_FILED', 'R3_EXCEPTION_FILE_BY', 'R7_EXCEPTION_DUTIES', 'R9_NOTICE_DUE', 'R9_PROVISIONAL_CALENDAR']);
/** Warnings justified by a field of the filing itself (the exception's reason, the on-site reason, the national rule). */
const SELF_JUSTIFIED = new Set(['R4_NATIONAL_RULE', 'R5_LIFTED', 'R6_LIFTED', 'R8_REASON_STATED', 'R9_NON_WORKING_DAY_EXCEPTION']);

export function blockingError(findings: readonly Finding[]) {
  const blocks = findings.filter((f) => f.verdict === 'block');
  return conflict(
    blocks[0].code,
    blocks.map((b) => `【${b.rule}】${b.message.zh}`).join(''),
    blocks.map((b) => `[${b.rule}] ${b.message.en}`).join(' '),
    { findings, blocks: blocks.map((b) => b.code) },
  );
}

/**
 * Stops the step on a block; otherwise returns the justifications to keep (stored ones plus the
 * new ones), refusing when a warning that needs one has none.
 */
export function enforce(
  result: CheckResult,
  stored: Record<string, Justification>,
  given: Record<string, string> | undefined,
  by: { username: string; at: string },
): Record<string, Justification> {
  if (result.verdict === 'block') throw blockingError(result.findings);
  const kept: Record<string, Justification> = { ...stored };
  for (const [code, text] of Object.entries(given ?? {})) if (text.trim()) kept[code] = { text: text.trim(), by: by.username, at: by.at };
  const missing = result.findings.filter((f) => f.verdict === 'warn' && !REMINDERS.has(f.code) && !SELF_JUSTIFIED.has(f.code) && !kept[f.code]);
  if (missing.length > 0) {
    throw invalid(
      'JUSTIFICATION_REQUIRED',
      `以下提示须书面说明理由后方可继续：${missing.map((m) => `【${m.code}】${m.message.zh}`).join('')}`,
      `Give a written justification for: ${missing.map((m) => `[${m.code}] ${m.message.en}`).join(' ')}`,
      { codes: missing.map((m) => m.code), findings: result.findings },
    );
  }
  return kept;
}

/** What is stored as the filing's last rule check. */
export const snapshot = (step: string, at: string, r: CheckResult) => ({ step, at, verdict: r.verdict, findings: r.findings, earliestDate: r.earliestDate, provisional: r.provisional });

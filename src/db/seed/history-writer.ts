/**
 * Writes the planned demo history (demo/history.ts) inside the seed's transaction, set-based: the
 * past visits are completed filings with their items, inspectors, notices (acknowledged), inspection
 * records, off-site checks and a few anonymous ratings. Going through the use cases for every one of
 * them would take minutes. Every on-site filing gets its inspection code as acceptance issues it,
 * at the moment it was accepted (history-codes.ts: the same content and key, signed by `signCode`;
 * the test checks the tokens against `issueFilingCode`'s). Deadlines of past filings are not written (all were met) and
 * the audit trail gets one entry for the whole history (`seed.demo_history`).
 */
import type { Transaction } from 'kysely';
import type { Config } from '../../config.ts';
import { recordAudit } from '../../modules/audit/index.ts';
import { issueJointCode, RIGHTS } from '../../modules/filings/index.ts';
import { DomainError } from '../../domain/errors.ts';
import type { Database } from '../connection.ts';
import { issueHistoryCodes } from './history-codes.ts';
import type { DB } from '../schema.ts';
import type { HistoryPlan, PlannedVisit } from './demo/history.ts';
import { createRng } from './demo/random.ts';
import type { Policy } from '../../domain/policy/index.ts';

export interface HistoryIds {
  jurisdictionId: number;
  departments: Map<string, { id: number; name: string }>;
  items: Map<string, { id: number; name: string; legalBasis: string; department: string }>;
  users: Map<string, number>;
  /** Enterprise user per USCC (the demo accounts): they acknowledge notices and rate visits. */
  enterpriseUsers: Map<string, number>;
  /** For the accounts of the enterprises that rate their visits (the demo password). */
  passwordHash: string;
}

export interface HistorySummary {
  filings: number;
  visits: number;
  codes: number;
  offsiteChecks: number;
  ratings: number;
  /** Enterprise accounts added for the enterprises that rate. */
  accounts: number;
}

/** Share of the visited enterprises that use the portal (an account; they rate most visits). */
const PORTAL_SHARE = 0.35;

/** The instant at a Beijing wall-clock time on a date. */
export const at = (date: string, time: string) => new Date(`${date}T${time}:00+08:00`);
const COMMENTS = ['检查人员出示证件并亮码，流程规范，指出问题清楚。', '提前预告，检查时间不长，没有影响生产。', '联合检查一次进门，省了不少事。', '整改要求讲得很具体，希望多给些指导。'];
const PROBLEMS = ['台账记录不完整，已责令限期补齐', '消防通道堆放杂物，已现场整改', '个别岗位人员培训记录缺失，限期整改'];

export async function writeHistory(trx: Transaction<DB>, config: Config, policy: Policy, plan: HistoryPlan, ids: HistoryIds, unrated: ReadonlySet<string>): Promise<HistorySummary> {
  const rng = createRng('history-writer');
  const usccs = [...new Set([...plan.visits.map((v) => v.uscc), ...plan.checks.map((c) => c.uscc)])];
  const enterprises = new Map<string, { id: number; name: string; address: string | null; grade: string | null }>();
  for (let i = 0; i < usccs.length; i += 1000) {
    const rows = await trx.selectFrom('enterprises').select(['id', 'uscc', 'name', 'address', 'grade']).where('uscc', 'in', usccs.slice(i, i + 1000)).execute();
    for (const r of rows) enterprises.set(r.uscc, r);
  }
  const coordinator = ids.users.get('coordinator')!;
  const users = new Map(ids.enterpriseUsers);
  const portal = usccs.filter((u) => !users.has(u) && rng.chance(PORTAL_SHARE) && plan.visits.some((v) => v.uscc === u && v.mode === 'onsite'));
  for (let i = 0; i < portal.length; i += 500) {
    const rows = await trx
      .insertInto('users')
      .values(portal.slice(i, i + 500).map((u) => ({ username: u, display_name: enterprises.get(u)!.name, role: 'enterprise' as const, enterprise_id: enterprises.get(u)!.id, password_hash: ids.passwordHash })))
      .returning(['id', 'username'])
      .execute();
    for (const r of rows) users.set(r.username, r.id);
  }
  if (plan.delegations.length > 0) {
    await trx
      .insertInto('delegations')
      .values(plan.delegations.map((d) => ({ item_id: ids.items.get(d.item)!.id, delegate_department_id: ids.departments.get(d.delegate)!.id, valid_from: policy.effectiveFrom, note: '演示：简易事项委托县综合行政执法局代查', created_by: coordinator })))
      .execute();
  }

  // Filings: leads first (their ids are what members join), in date order.
  const leads = plan.visits.map((v) => filingRow(v, 0, null));
  const leadIds = leads.length ? (await insertChunked(trx, leads)).map((r) => r.id) : [];
  const memberRows: ReturnType<typeof filingRow>[] = [];
  const memberOf: { visit: number; index: number }[] = [];
  plan.visits.forEach((v, n) => v.filings.slice(1).forEach((_, k) => (memberRows.push(filingRow(v, k + 1, leadIds[n])), memberOf.push({ visit: n, index: k + 1 }))));
  const memberIds = memberRows.length ? (await insertChunked(trx, memberRows)).map((r) => r.id) : [];
  const filingIds: number[][] = plan.visits.map((_, n) => [leadIds[n]]);
  memberOf.forEach((m, i) => (filingIds[m.visit][m.index] = memberIds[i]));

  const items: DB['filing_items'][] = [];
  const inspectors: { filing_id: number; user_id: number; certificate_number: string; certificate_valid_until: string }[] = [];
  const records: { filing_id: number; arrived_at: Date; arrived_by: number; code_shown: boolean; outcome: 'none' | 'problems'; problems: string; summary: string; completed_at: Date; completed_by: number; rectification_due: string | null }[] = [];
  const notices: { filing_id: number; enterprise_id: number; issued_on: string; content: string; acknowledged_at: Date | null; acknowledged_by: number | null; deemed_delivered_at: Date | null }[] = [];
  const visitCount = new Map<string, number>();
  plan.visits.forEach((v, n) => {
    const e = enterprises.get(v.uscc)!;
    const year = v.date.slice(0, 4);
    if (v.mode === 'onsite') visitCount.set(`${v.uscc}:${year}`, (visitCount.get(`${v.uscc}:${year}`) ?? 0) + 1);
    v.filings.forEach((f, k) => {
      const id = filingIds[n][k];
      const dept = ids.departments.get(f.department)!;
      for (const i of f.items) items.push({ filing_id: id, item_id: ids.items.get(i.code)!.id, item_version: 1, delegate_department_id: i.delegated ? dept.id : null });
      for (const u of f.inspectors) inspectors.push({ filing_id: id, user_id: ids.users.get(u.username)!, certificate_number: u.certificateNo, certificate_valid_until: u.certificateValidUntil });
      const inspector = ids.users.get(f.inspectors[0].username)!;
      const problems = v.outcome === 'problems' && k === 0 ? [rng.pick(PROBLEMS)] : [];
      records.push({
        filing_id: id,
        arrived_at: at(v.date, v.mode === 'onsite' ? '09:30' : '14:00'),
        arrived_by: inspector,
        code_shown: v.mode === 'onsite',
        outcome: problems.length ? 'problems' : 'none',
        problems: JSON.stringify(problems.map((text) => ({ text }))),
        summary: v.mode === 'onsite' ? (problems.length ? `现场检查发现：${problems[0]}。` : '现场检查未发现问题。') : `非现场检查（${v.offsite?.source === 'sensor' ? '在线监测' : v.offsite?.source === 'written' ? '书面核查' : '数据比对'}）${v.offsite?.result === 'violation' ? '发现异常，转现场核查' : '未发现问题'}。`,
        completed_at: at(v.date, v.mode === 'onsite' ? '11:30' : '16:00'),
        completed_by: inspector,
        rectification_due: problems.length ? addDaysIso(v.date, 15) : null,
      });
      if (v.mode !== 'onsite') return;
      const user = users.get(v.uscc) ?? null;
      notices.push({
        filing_id: id,
        enterprise_id: e.id,
        issued_on: v.noticeOn,
        content: JSON.stringify({
          department: { code: f.department, name: dept.name },
          enterprise: { uscc: v.uscc, name: e.name, address: e.address },
          kind: 'campaign',
          mode: 'onsite',
          date: v.date,
          windowEnd: null,
          exceptionCase: null,
          items: f.items.map((i) => ({ code: i.code, name: ids.items.get(i.code)!.name, legalBasis: ids.items.get(i.code)!.legalBasis, owner: ids.departments.get(i.owner)!.name, delegated: i.delegated })),
          inspectors: f.inspectors.map((u) => ({ name: `${u.name}（${dept.name}）`, certificateNumber: u.certificateNo })),
          onsiteCountThisYear: { year: Number(year), count: visitCount.get(`${v.uscc}:${year}`), cap: e.grade ? policy.gradeOnsiteCaps[e.grade as 'A'] : null },
          rights: RIGHTS,
          policy: policy.basis,
          ackDue: null,
        }),
        acknowledged_at: user ? at(v.noticeOn, '16:20') : null,
        acknowledged_by: user,
        deemed_delivered_at: user ? null : at(v.noticeOn, '23:59'),
      });
    });
  });
  for (const [table, rows] of [['filing_items', items], ['filing_inspectors', inspectors], ['inspection_records', records], ['notices', notices]] as const) {
    for (let i = 0; i < rows.length; i += 500) await trx.insertInto(table).values(rows.slice(i, i + 500) as never).execute();
  }

  // Off-site checks: those the filed off-site inspections recorded, and those from data alone.
  let offsiteChecks = 0;
  const checkRows = [
    ...plan.visits.flatMap((v, n) => (v.offsite ? [{ uscc: v.uscc, department: v.filings[0].department, items: v.filings[0].items.map((i) => i.code), date: v.date, source: v.offsite.source, result: v.offsite.result, filingId: filingIds[n][0] as number | null }] : [])),
    ...plan.checks.map((c) => ({ ...c, filingId: null as number | null })),
  ];
  for (const c of checkRows) {
    const row = await trx
      .insertInto('offsite_checks')
      .values({ department_id: ids.departments.get(c.department)!.id, enterprise_id: enterprises.get(c.uscc)!.id, source: c.source, checked_on: c.date, result: c.result, summary: c.result === 'pass' ? '数据比对未发现异常。' : '监测数据异常，已告知企业并跟踪核实。', filing_id: c.filingId, created_by: ids.users.get(`dept-${c.department}`) ?? null, created_at: at(c.date, '15:00') })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx.insertInto('offsite_check_items').values(c.items.map((code) => ({ check_id: row.id, item_id: ids.items.get(code)!.id }))).execute();
    offsiteChecks += 1;
  }

  // Codes, as acceptance issues them (history-codes.ts), at the acceptance instant.
  let codes = await issueHistoryCodes(
    trx,
    config,
    plan.visits.flatMap((v, n) =>
      v.mode !== 'onsite'
        ? []
        : v.filings.map((f, k) => ({
            filingId: filingIds[n][k],
            uscc: v.uscc,
            department: { code: f.department, name: ids.departments.get(f.department)!.name },
            items: f.items.map((i) => ({ code: i.code, name: ids.items.get(i.code)!.name, legalBasis: ids.items.get(i.code)!.legalBasis })),
            inspectorIds: f.inspectors.map((u) => ids.users.get(u.username)!),
            date: v.date,
            acceptedAt: at(v.noticeOn, '10:00'),
          })),
    ),
    coordinator,
  );
  // The joint visit's own code, issued by the filings module once every member is accepted
  // (issueJointCode), at the acceptance instant; then every filing is completed.
  for (const [n, v] of plan.visits.entries()) {
    if (v.mode !== 'onsite' || filingIds[n].length < 2) continue;
    const accepted = at(v.noticeOn, '10:00');
    try {
      if (await issueJointCode({ db: trx as unknown as Database, config, now: () => accepted }, trx, filingIds[n][0], { userId: coordinator, label: 'coordinator' })) codes += 1;
    } catch (error) {
      if (!(error instanceof DomainError && error.code === 'JOINT_CODE_TOO_LARGE')) throw error; // its members keep their own codes
    }
  }
  const all = [...leadIds, ...memberIds];
  for (let i = 0; i < all.length; i += 1000) await trx.updateTable('filings').set({ state: 'completed' }).where('id', 'in', all.slice(i, i + 1000)).execute();

  // Enterprises with an account scanned the code at the door (查时亮码); the others saw it shown.
  for (const [n, v] of plan.visits.entries()) {
    const user = users.get(v.uscc);
    if (v.mode !== 'onsite' || !user) continue;
    await trx.updateTable('inspection_codes').set({ shown_at: at(v.date, '09:31'), shown_by: user }).where('subject_kind', '=', 'inspection').where('subject_id', 'in', filingIds[n]).where('superseded_at', 'is', null).execute();
  }

  // Ratings by the enterprises that have an account, except each one's latest visit where asked.
  const ratings: { filing_id: number; enterprise_id: number; department_id: number; score: number; comment: string | null; rated_by: number; rated_at: Date }[] = [];
  plan.visits.forEach((v, n) => {
    const user = users.get(v.uscc);
    if (v.mode !== 'onsite' || !user || unrated.has(`${v.uscc}:${v.date}`)) return;
    v.filings.forEach((f, k) => {
      if (!rng.chance(0.8) && !ids.enterpriseUsers.has(v.uscc)) return;
      const score = rng.pick([5, 5, 4, 4, 4, 3, 5, 2]);
      ratings.push({ filing_id: filingIds[n][k], enterprise_id: enterprises.get(v.uscc)!.id, department_id: ids.departments.get(f.department)!.id, score, comment: rng.chance(0.6) ? rng.pick(COMMENTS) : null, rated_by: user, rated_at: at(addDaysIso(v.date, rng.between(1, 6)), '20:15') });
    });
  });
  if (ratings.length) await trx.insertInto('visit_ratings').values(ratings).execute();

  const summary: HistorySummary = { filings: leadIds.length + memberIds.length, visits: plan.visits.filter((v) => v.mode === 'onsite').length, codes, offsiteChecks, ratings: ratings.length, accounts: portal.length };
  await recordAudit(trx, { userId: null, label: 'system' }, { action: 'seed.demo_history', entity: 'jurisdiction', entityId: ids.jurisdictionId, after: { ...summary } });
  return summary;

  function filingRow(v: PlannedVisit, index: number, leadId: number | null) {
    const f = v.filings[index];
    const admin = ids.users.get(`dept-${f.department}`)!;
    const head = ids.users.get(`head-${f.department}`)!;
    return {
      department_id: ids.departments.get(f.department)!.id,
      enterprise_id: enterprises.get(v.uscc)!.id,
      kind: 'campaign' as const,
      path: 'planned' as const,
      mode: v.mode,
      planned_date: v.date,
      campaign_basis: `${v.date.slice(0, 4)}年度${ids.departments.get(f.department)!.name}涉企专项检查工作方案`,
      joins_filing_id: leadId,
      state: 'accepted' as const, // completed below, once the codes are issued
      created_by: admin,
      created_at: at(v.filedOn, '09:00'),
      submitted_at: at(v.filedOn, '09:10'),
      submitted_by: admin,
      head_approved_at: at(v.approvedOn, '15:00'),
      head_approved_by: head,
      reviewed_at: at(v.noticeOn, '10:00'),
      reviewed_by: coordinator,
      started_at: at(v.date, v.mode === 'onsite' ? '09:30' : '14:00'),
      completed_at: at(v.date, v.mode === 'onsite' ? '11:30' : '16:00'),
      updated_at: at(v.date, v.mode === 'onsite' ? '11:30' : '16:00'),
    };
  }
}

async function insertChunked(trx: Transaction<DB>, rows: Parameters<ReturnType<Transaction<DB>['insertInto']>['values']>[0] & unknown[]) {
  const out: { id: number }[] = [];
  for (let i = 0; i < rows.length; i += 500) out.push(...(await trx.insertInto('filings').values(rows.slice(i, i + 500) as never).returning('id').execute()));
  return out;
}

function addDaysIso(date: string, days: number) {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

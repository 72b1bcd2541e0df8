/** Test data factories: each test builds exactly the records it needs. */
import type { Database } from '../../src/db/connection.ts';
import type { Role } from '../../src/db/schema.ts';
import type { InspectionKind, PlanStatus } from '../../src/db/tables/plans.ts';
import { makeUscc } from '../../src/domain/enterprise/index.ts';
import { hashPassword } from '../../src/modules/auth/index.ts';

export const TEST_PASSWORD = 'correct horse 42';
let passwordHash: Promise<string> | null = null;
const testHash = () => (passwordHash ??= hashPassword(TEST_PASSWORD));

let counter = 0;
const next = () => ++counter;

export async function newJurisdiction(db: Database) {
  const existing = await db.selectFrom('jurisdictions').select('id').limit(1).executeTakeFirst();
  if (existing) return existing.id;
  const row = await db
    .insertInto('jurisdictions')
    .values({ code: 'testcounty', name: '测试县', division_code: '331125', policy_version: 'yunhe-2025' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function newTown(db: Database, overrides: { code?: string; name?: string } = {}) {
  const jid = await newJurisdiction(db);
  const n = next();
  return db
    .insertInto('towns')
    .values({ jurisdiction_id: jid, code: overrides.code ?? `town-${n}`, name: overrides.name ?? `测试镇${n}` })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

export async function newDepartment(db: Database, overrides: { code?: string; name?: string } = {}) {
  const jid = await newJurisdiction(db);
  const n = next();
  return db
    .insertInto('departments')
    .values({ jurisdiction_id: jid, code: overrides.code ?? `dept${n}`, name: overrides.name ?? `测试局${n}`, head_name: `负责人${n}` })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

export async function newItem(db: Database, departmentId: number, overrides: { code?: string; name?: string; delegable?: boolean } = {}) {
  const n = next();
  return db
    .insertInto('inspection_items')
    .values({
      department_id: departmentId,
      code: overrides.code ?? `item-${n}`,
      name: overrides.name ?? `检查事项${n}`,
      legal_basis: '《中华人民共和国安全生产法》第六十五条',
      modes: ['onsite', 'offsite'],
      delegable: overrides.delegable ?? false,
      checklist: JSON.stringify([{ id: 'q1', text: '是否建立安全生产责任制？' }]),
    })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
}

export async function newEnterprise(db: Database, overrides: { grade?: 'A' | 'B' | 'C' | 'D'; townId?: number; name?: string } = {}) {
  const jid = await newJurisdiction(db);
  const n = next();
  const uscc = makeUscc({ registrationAuthority: '9', entityType: '1', divisionCode: '331125', orgCode: `T${String(n).padStart(7, '0')}` });
  return db
    .insertInto('enterprises')
    .values({
      jurisdiction_id: jid,
      uscc,
      name: overrides.name ?? `云和县测试${n}玩具有限公司`,
      industry: '木制玩具制造',
      town_id: overrides.townId ?? null,
      grade: overrides.grade ?? 'C',
      grade_year: 2025,
    })
    .returning(['id', 'uscc', 'name'])
    .executeTakeFirstOrThrow();
}

export async function newUser(db: Database, role: Role, scope: { departmentId?: number; enterpriseId?: number; username?: string } = {}) {
  const n = next();
  return db
    .insertInto('users')
    .values({
      username: scope.username ?? `${role.replace('_', '-')}-${n}`,
      display_name: `测试用户${n}`,
      role,
      department_id: scope.departmentId ?? null,
      enterprise_id: scope.enterpriseId ?? null,
      password_hash: await testHash(),
    })
    .returning(['id', 'username'])
    .executeTakeFirstOrThrow();
}

/** An inspector of a department with an enforcement certificate and training (both valid to the given days). */
export async function newInspector(
  db: Database,
  departmentId: number,
  o: { username?: string; certificateValidUntil?: string | null; trainingValidUntil?: string | null } = {},
) {
  const user = await newUser(db, 'inspector', { departmentId, username: o.username });
  const n = next();
  if (o.certificateValidUntil !== null) {
    await db.insertInto('inspector_certificates').values({ user_id: user.id, number: `ZJ${String(n).padStart(8, '0')}`, issued_on: '2020-01-01', valid_until: o.certificateValidUntil ?? '2030-12-31' }).execute();
  }
  if (o.trainingValidUntil !== null) {
    await db.insertInto('training_records').values({ user_id: user.id, course: '涉企行政检查规范培训', completed_on: '2025-01-10', hours: 8, valid_until: o.trainingValidUntil ?? '2030-12-31' }).execute();
  }
  return user;
}

/** A department's staff for the filing flow: admin-{p}, head-{p} and two certified inspectors insp-{p}1, insp-{p}2. */
export async function newDepartmentStaff(db: Database, departmentId: number, p: string) {
  await newUser(db, 'dept_admin', { departmentId, username: `admin-${p}` });
  await newUser(db, 'dept_head', { departmentId, username: `head-${p}` });
  await newInspector(db, departmentId, { username: `insp-${p}1` });
  await newInspector(db, departmentId, { username: `insp-${p}2` });
}

/** A filing inserted directly in a given state (for scoping and counting tests; the API path is tested on its own). */
export async function newFiling(
  db: Database,
  o: { departmentId: number; enterpriseId: number; itemId: number; state?: 'draft' | 'accepted' | 'notified' | 'completed'; plannedDate?: string; mode?: 'onsite' | 'offsite' },
) {
  const row = await db
    .insertInto('filings')
    .values({ department_id: o.departmentId, enterprise_id: o.enterpriseId, kind: 'random', path: 'planned', mode: o.mode ?? 'onsite', planned_date: o.plannedDate ?? '2026-03-10', state: o.state ?? 'draft', check_result: null })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db.insertInto('filing_items').values({ filing_id: row.id, item_id: o.itemId }).execute();
  return row;
}

export async function newNotice(db: Database, filingId: number, enterpriseId: number) {
  return db
    .insertInto('notices')
    .values({ filing_id: filingId, enterprise_id: enterpriseId, issued_on: '2026-03-02', content: JSON.stringify({
        department: { name: '测试局' },
        enterprise: { uscc: '', name: '测试企业', address: null },
        date: '2026-03-10',
        windowEnd: null,
        mode: 'onsite',
        items: [],
        inspectors: [],
        onsiteCountThisYear: { year: 2026, count: 1, cap: 2 },
        rights: [{ zh: '申请回避', en: 'Recusal' }],
        policy: { id: '云政办发〔2025〕24号', title: '云企舒' },
      }) })
    .returning('id')
    .executeTakeFirstOrThrow();
}

export async function newOfficialVisit(db: Database, o: { enterpriseId: number; departmentId?: number; visitDate?: string }) {
  return db
    .insertInto('official_visits')
    .values({
      enterprise_id: o.enterpriseId,
      type: 'research',
      department_id: o.departmentId ?? null,
      organiser: '测试单位',
      visit_date: o.visitDate ?? '2026-03-10',
      reported_on: '2026-03-02',
      purpose: '了解企业生产经营情况',
      business_relation: '产业政策落实',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** A rating of a completed visit straight into the database (e.g. given in an earlier month). */
export async function newRating(
  db: Database,
  o: { filingId: number; enterpriseId: number; departmentId: number; ratedBy: number; score: number; ratedAt: string; comment?: string },
) {
  return db
    .insertInto('visit_ratings')
    .values({ filing_id: o.filingId, enterprise_id: o.enterpriseId, department_id: o.departmentId, score: o.score, comment: o.comment ?? null, rated_by: o.ratedBy, rated_at: o.ratedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
}

/** An annual plan with one task (of the given items, or none), straight into the database. */
export async function newPlan(
  db: Database,
  departmentId: number,
  o: { year?: number; status?: PlanStatus; revision?: number; itemIds?: number[]; enterpriseIds?: number[]; months?: number[]; kind?: InspectionKind } = {},
) {
  const status = o.status ?? 'draft';
  const revision = o.revision ?? 1;
  const plan = await db
    .insertInto('annual_plans')
    .values({
      department_id: departmentId,
      year: o.year ?? new Date().getUTCFullYear(),
      revision,
      status,
      revision_reason: revision > 1 ? '测试修订' : null,
      published_at: status === 'published' || status === 'superseded' ? new Date() : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const kind = o.kind ?? 'random';
  const task = await db
    .insertInto('plan_tasks')
    .values({
      plan_id: plan.id,
      kind,
      title: `测试任务${next()}`,
      months: o.months ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
      target_rule: '从企业库中按行业随机抽取',
      target_count: 5,
      basis: kind === 'campaign' ? '上级专项部署' : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  for (const item_id of o.itemIds ?? []) await db.insertInto('plan_task_items').values({ task_id: task.id, item_id }).execute();
  for (const enterprise_id of o.enterpriseIds ?? []) await db.insertInto('plan_task_enterprises').values({ task_id: task.id, enterprise_id }).execute();
  return { id: plan.id, taskId: task.id };
}

/** An entry of the delegable-item library. */
export async function newDelegation(db: Database, itemId: number, delegateDepartmentId: number, o: { validFrom?: string; validUntil?: string | null } = {}) {
  return db
    .insertInto('delegations')
    .values({ item_id: itemId, delegate_department_id: delegateDepartmentId, valid_from: o.validFrom ?? '2000-01-01', valid_until: o.validUntil ?? null })
    .returning('id')
    .executeTakeFirstOrThrow();
}

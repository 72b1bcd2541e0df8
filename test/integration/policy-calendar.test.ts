/**
 * The policy and the calendar over HTTP: the policy in force and its versions, publishing a version
 * (valid, invalid, effective-date selection), the calendar of a range, and the coordinator's
 * overrides and published years with their confirmation step and audit entries.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connection.ts';
import { YUNHE_2025, type Policy } from '../../src/domain/policy/index.ts';
import { verifyAuditChain } from '../../src/modules/audit/index.ts';
import { createTestApp, type Client, type TestApp } from '../helpers/app.ts';
import { backends } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem, newUser } from '../helpers/factories.ts';

const auditActions = async (db: Database) => (await db.selectFrom('audit_log').select('action').orderBy('id').execute()).map((r) => r.action);

describe.each(backends)('policy and calendar on %s', (backend) => {
  let t: TestApp;
  let coord: Client;
  let admin: Client;
  let uscc: string;
  const realNow = () => new Date();

  beforeAll(async () => {
    t = await createTestApp(backend);
    const db = t.deps.db;
    const d = await newDepartment(db, { code: 'scjg', name: '云和县市场监督管理局' });
    await newItem(db, d.id, { code: 'scjg-001' });
    uscc = (await newEnterprise(db, { grade: 'C' })).uscc;
    await newUser(db, 'coordinator', { username: 'coord' });
    await newUser(db, 'dept_admin', { username: 'admin', departmentId: d.id });
    coord = await t.signIn('coord');
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  describe('policy', () => {
    it('shows the policy in force with every parameter and the exception cases', async () => {
      const res = await admin.request({ url: '/api/v1/policy?date=2026-03-23' });
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json();
      expect(body).toMatchObject({ date: '2026-03-23', jurisdiction: '331125', version: { id: 'yunhe-2025', source: 'built_in', effectiveFrom: '2025-07-11' }, next: null });
      const p = body.policy as Policy;
      expect(p).toMatchObject({ departmentOnsiteCap: 2, gradeOnsiteCaps: { A: 0, B: 1, C: 2, D: null }, noticeLeadWorkingDays: 5, visitReportLeadWorkingDays: 3, minInspectors: 2 });
      expect(p.quietPeriods.C).toEqual({ startDay: 21, endDay: null });
      expect(p.exceptionCases.map((c) => c.code)).toEqual(YUNHE_2025.exceptionCases.map((c) => c.code));
      expect(p.exceptionCases.find((c) => c.code === 'COMPLAINT_REPORT')).toMatchObject({ name: { zh: '投诉举报', en: 'Complaint or report' }, lifts: ['R5', 'R6', 'R9'] });
      expect(p.clauses.R6.id).toBe('Y24 二(三)');
      expect(p.deadlines.length).toBe(YUNHE_2025.deadlines.length);
      expect(body.policy).toEqual(JSON.parse(JSON.stringify(YUNHE_2025)));
      expect((await admin.request({ url: '/api/v1/policy' })).json().version.id).toBe('yunhe-2025');
    });

    it('refuses dates before the first version and malformed dates', async () => {
      const before = await admin.request({ url: '/api/v1/policy?date=2025-07-10' });
      expect([before.statusCode, before.json().error.code]).toEqual([400, 'NO_POLICY_IN_FORCE']);
      expect(before.json().error.message).toContain('没有生效的检查政策');
      expect((await admin.request({ url: '/api/v1/policy?date=2026-02-30' })).json().error.code).toBe('IMPOSSIBLE_DATE');
      expect((await admin.request({ url: '/api/v1/policy?date=tomorrow' })).json().error.code).toBe('INVALID_DATE_FORMAT');
    });

    it('lists the versions with the one in force today', async () => {
      const res = await admin.request({ url: '/api/v1/policy/versions' });
      expect(res.json()).toMatchObject({ jurisdiction: '331125', inForce: 'yunhe-2025', items: [{ id: 'yunhe-2025', source: 'built_in', publishedAt: null }] });
    });

    it('refuses an invalid version with every problem, and publishing by anyone but the coordinator', async () => {
      const before = await auditActions(t.deps.db);
      const bad = structuredClone(YUNHE_2025) as Policy;
      bad.id = 'yunhe-bad';
      bad.effectiveFrom = '2027-01-01';
      bad.quietPeriods.B = { startDay: 40, endDay: null };
      bad.exceptionCases[0].lifts = ['R4'];
      bad.minInspectors = 0;
      const res = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: bad });
      expect([res.statusCode, res.json().error.code]).toEqual([400, 'POLICY_INVALID']);
      expect(res.json().error.message).toMatch(/^政策版本不合法/);
      const paths = (res.json().error.details.errors as { path: string; code: string }[]).map((e) => `${e.path}:${e.code}`);
      expect(paths).toEqual(expect.arrayContaining(['quietPeriods.B.startDay:RANGE', 'exceptionCases.0.lifts.0:NOT_LIFTABLE', 'minInspectors:RANGE']));
      const unknownField = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: { ...YUNHE_2025, id: 'yunhe-x', effectiveFrom: '2027-01-01', colour: 'red' } });
      expect(unknownField.json().error.code).toBe('VALIDATION_FAILED');
      const past = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: { ...YUNHE_2025, id: 'yunhe-past', effectiveFrom: '2025-08-01' } });
      expect(past.json().error.code).toBe('POLICY_EFFECTIVE_DATE_PAST');
      const builtIn = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: { ...YUNHE_2025, effectiveFrom: '2027-01-01' } });
      expect([builtIn.statusCode, builtIn.json().error.code]).toEqual([409, 'POLICY_VERSION_EXISTS']);
      const elsewhere = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: { ...YUNHE_2025, id: 'x-1', effectiveFrom: '2027-01-01', jurisdiction: { code: '110101', name: { zh: '东城区', en: 'Dongcheng' } } } });
      expect(elsewhere.json().error.code).toBe('POLICY_JURISDICTION_UNKNOWN');
      const byDepartment = await admin.request({ method: 'POST', url: '/api/v1/policy/versions', payload: { ...YUNHE_2025, id: 'yunhe-dept', effectiveFrom: '2027-01-01' } });
      expect(byDepartment.statusCode).toBe(403);
      expect(await auditActions(t.deps.db)).toEqual(before);
    });

    it('publishes a version that judges inspections from its effective date on', async () => {
      t.deps.now = () => new Date('2026-01-05T02:00:00Z');
      try {
        const v2: Policy = { ...structuredClone(YUNHE_2025), id: 'yunhe-2026', effectiveFrom: '2026-03-01', noticeLeadWorkingDays: 3 };
        v2.quietPeriods.C = { startDay: 25, endDay: null };
        const res = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: v2 });
        expect(res.statusCode, res.body).toBe(201);
        expect(res.json()).toMatchObject({ id: 'yunhe-2026', source: 'published', effectiveFrom: '2026-03-01', publishedBy: 'coord' });
        const again = await coord.request({ method: 'POST', url: '/api/v1/policy/versions', payload: v2 });
        expect([again.statusCode, again.json().error.code]).toEqual([409, 'POLICY_VERSION_EXISTS']);

        const feb = (await admin.request({ url: '/api/v1/policy?date=2026-02-28' })).json();
        expect(feb).toMatchObject({ version: { id: 'yunhe-2025' }, next: { id: 'yunhe-2026', effectiveFrom: '2026-03-01' } });
        const mar = (await admin.request({ url: '/api/v1/policy?date=2026-03-01' })).json();
        expect(mar).toMatchObject({ version: { id: 'yunhe-2026', source: 'published', publishedBy: 'coord' }, policy: { noticeLeadWorkingDays: 3, quietPeriods: { C: { startDay: 25 } } } });
        // null and 0 survive the request (the app's Ajv coerces types): D has no cap, A is exempt, windows run to month end.
        expect(mar.policy.gradeOnsiteCaps).toEqual({ A: 0, B: 1, C: 2, D: null });
        expect(mar.policy.quietPeriods.A).toEqual({ startDay: 11, endDay: null });
        const versions = (await admin.request({ url: '/api/v1/policy/versions' })).json();
        expect(versions.items.map((v: { id: string }) => v.id)).toEqual(['yunhe-2025', 'yunhe-2026']);
        expect(versions.inForce).toBe('yunhe-2025');

        const check = (date: string, noticeDate?: string) =>
          admin.request({ method: 'POST', url: '/api/v1/rule-checks', payload: { enterprise: uscc, department: 'scjg', items: ['scjg-001'], mode: 'onsite', date, ...(noticeDate ? { noticeDate } : {}) } });
        // 2026-03-23 is outside the new C window (25th on) and 3 working days of notice are enough.
        const new23 = (await check('2026-03-23', '2026-03-17')).json();
        expect(new23.verdict).toBe('allow');
        // February is still judged by yunhe-2025: the 23rd is quiet and 3 days of notice too few.
        const old23 = (await check('2026-02-24', '2026-02-18')).json();
        expect(old23.findings.filter((f: { verdict: string }) => f.verdict === 'block').map((f: { code: string }) => f.code)).toEqual(['R6_QUIET_PERIOD', 'R9_NOTICE_TOO_LATE']);
        expect((await check('2026-03-25')).json().earliestDate).toBe('2026-04-01');
        const quiet = (await admin.request({ url: '/api/v1/calendar?from=2026-02-01&to=2026-03-31' })).json().quietPeriods;
        expect(quiet.map((q: { policy: string; windows: { C: { from: string } } }) => [q.policy, q.windows.C.from])).toEqual([
          ['yunhe-2025', '2026-02-21'],
          ['yunhe-2026', '2026-03-25'],
        ]);
        const audit = await t.deps.db.selectFrom('audit_log').select(['action', 'entity_id', 'actor_label']).where('action', '=', 'policy.publish').execute();
        expect(audit).toEqual([{ action: 'policy.publish', entity_id: 'yunhe-2026', actor_label: 'coord' }]);
      } finally {
        t.deps.now = realNow;
      }
    });
  });

  describe('calendar', () => {
    it('lists the working days, holidays and make-up days of a range with names', async () => {
      const res = await admin.request({ url: '/api/v1/calendar?from=2025-09-26&to=2025-10-12' });
      expect(res.statusCode, res.body).toBe(200);
      const c = res.json();
      expect(c).toMatchObject({ from: '2025-09-26', to: '2025-10-12', provisional: false, years: [{ year: 2025, source: 'official', provisional: false }] });
      expect(c.workingDays).toEqual(['2025-09-26', '2025-09-28', '2025-09-29', '2025-09-30', '2025-10-09', '2025-10-10', '2025-10-11']);
      expect(c.workingDayCount).toBe(7);
      expect(c.makeupWorkdays.map((d: { date: string }) => d.date)).toEqual(['2025-09-28', '2025-10-11']);
      expect(c.holidays.map((d: { date: string }) => d.date)).toEqual(['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06', '2025-10-07', '2025-10-08']);
      expect(c.holidays[0]).toMatchObject({ kind: 'holiday', name: '国庆节', nameEn: 'National Day', source: 'official', working: false });
      expect(c.quietPeriods).toEqual([
        { month: '2025-09', policy: 'yunhe-2025', windows: { A: { from: '2025-09-11', to: '2025-09-30' }, B: { from: '2025-09-11', to: '2025-09-30' }, C: { from: '2025-09-21', to: '2025-09-30' }, D: { from: '2025-09-21', to: '2025-09-30' } } },
        { month: '2025-10', policy: 'yunhe-2025', windows: { A: { from: '2025-10-11', to: '2025-10-31' }, B: { from: '2025-10-11', to: '2025-10-31' }, C: { from: '2025-10-21', to: '2025-10-31' }, D: { from: '2025-10-21', to: '2025-10-31' } } },
      ]);
    });

    it('says when a year is provisional, defaults to this month, and refuses bad ranges', async () => {
      const y2027 = (await admin.request({ url: '/api/v1/calendar?from=2026-12-28&to=2027-01-05' })).json();
      expect(y2027.provisional).toBe(true);
      expect(y2027.years).toEqual([{ year: 2026, source: 'official', provisional: false }, { year: 2027, source: 'none', provisional: true }]);
      expect(y2027.holidays.map((d: { date: string }) => d.date)).toEqual([]); // 2027's New Year is not known: no guess
      const month = (await admin.request({ url: '/api/v1/calendar' })).json();
      expect(month.from).toMatch(/^\d{4}-\d{2}-01$/);
      const cases: [string, string][] = [
        ['from=2026-01-01&to=2027-01-02', 'RANGE_TOO_LONG'],
        ['from=2026-03-10&to=2026-03-01', 'REVERSED_RANGE'],
        ['from=2026-3-1&to=2026-03-10', 'INVALID_DATE_FORMAT'],
        ['from=2026-02-29&to=2026-03-10', 'IMPOSSIBLE_DATE'],
        ['from=2040-01-01&to=2040-01-10', 'DATE_OUT_OF_CALENDAR_RANGE'],
      ];
      for (const [q, code] of cases) {
        const res = await admin.request({ url: `/api/v1/calendar?${q}` });
        expect([q, res.statusCode, res.json().error.code]).toEqual([q, 400, code]);
      }
      expect((await admin.request({ url: '/api/v1/calendar?from=2026-01-01&to=2027-01-01' })).statusCode).toBe(200);
    });

    it('sets and removes an override only when confirmed, audited, and shows it everywhere', async () => {
      const before = await auditActions(t.deps.db);
      const ask = await coord.request({ method: 'POST', url: '/api/v1/calendar/overrides', payload: { date: '2026-06-10', kind: 'holiday', name: '县庆' } });
      expect([ask.statusCode, ask.json().error.code]).toEqual([409, 'CONFIRMATION_REQUIRED']);
      expect(ask.json().error.message).toContain('confirm=true');
      expect(ask.json().error.details).toMatchObject({ date: '2026-06-10', current: { working: true, kind: 'workday' }, proposed: { kind: 'holiday', name: '县庆' } });
      expect(await auditActions(t.deps.db)).toEqual(before);
      expect((await admin.request({ method: 'POST', url: '/api/v1/calendar/overrides?confirm=true', payload: { date: '2026-06-10', kind: 'holiday' } })).statusCode).toBe(403);

      const set = await coord.request({ method: 'POST', url: '/api/v1/calendar/overrides?confirm=true', payload: { date: '2026-06-10', kind: 'holiday', name: '县庆' } });
      expect(set.statusCode, set.body).toBe(201);
      expect(set.json()).toMatchObject({ created: true, before: { working: true }, after: { date: '2026-06-10', kind: 'holiday', working: false, name: '县庆', source: 'override' } });
      const replaced = await coord.request({ method: 'POST', url: '/api/v1/calendar/overrides?confirm=true', payload: { date: '2026-06-10', kind: 'holiday', name: '县庆日' } });
      expect(replaced.statusCode).toBe(200);
      const cal = (await admin.request({ url: '/api/v1/calendar?from=2026-06-08&to=2026-06-12' })).json();
      expect(cal.workingDays).toEqual(['2026-06-08', '2026-06-09', '2026-06-11', '2026-06-12']);
      expect(cal.holidays).toEqual([expect.objectContaining({ date: '2026-06-10', name: '县庆日', source: 'override' })]);
      const list = (await admin.request({ url: '/api/v1/calendar/overrides?year=2026' })).json();
      expect(list.items).toEqual([expect.objectContaining({ date: '2026-06-10', kind: 'holiday', name: '县庆日', createdBy: 'coord' })]);

      expect((await coord.request({ method: 'DELETE', url: '/api/v1/calendar/overrides/2026-06-10' })).json().error.code).toBe('CONFIRMATION_REQUIRED');
      const del = await coord.request({ method: 'DELETE', url: '/api/v1/calendar/overrides/2026-06-10?confirm=true' });
      expect(del.json()).toMatchObject({ removed: { date: '2026-06-10' }, before: { working: false }, after: { working: true, source: 'weekday_rule' } });
      expect((await coord.request({ method: 'DELETE', url: '/api/v1/calendar/overrides/2026-06-10?confirm=true' })).json().error.code).toBe('OVERRIDE_NOT_FOUND');
      expect((await coord.request({ method: 'POST', url: '/api/v1/calendar/overrides?confirm=true', payload: { date: '2040-06-10', kind: 'holiday' } })).json().error.code).toBe(
        'DATE_OUT_OF_CALENDAR_RANGE',
      );
      expect((await auditActions(t.deps.db)).slice(before.length)).toEqual(['calendar.override.create', 'calendar.override.update', 'calendar.override.delete']);
    });

    it('marks a year’s arrangement published so its answers stop being provisional', async () => {
      const check = () =>
        admin.request({ method: 'POST', url: '/api/v1/rule-checks', payload: { enterprise: uscc, department: 'scjg', items: ['scjg-001'], mode: 'onsite', date: '2027-03-10', noticeDate: '2027-03-01' } });
      expect((await check()).json().provisional).toBe(true);
      expect((await coord.request({ method: 'PUT', url: '/api/v1/calendar/years/2027', payload: { arrangementPublished: true } })).json().error).toMatchObject({
        code: 'CONFIRMATION_REQUIRED',
        details: { overrides: 0, current: { provisional: true } },
      });
      const set = await coord.request({ method: 'PUT', url: '/api/v1/calendar/years/2027?confirm=true', payload: { arrangementPublished: true, source: '国办发明电〔2026〕测试号' } });
      expect(set.json()).toMatchObject({ year: 2027, arrangementPublished: true, before: { provisional: true }, after: { source: 'override', provisional: false } });
      expect((await check()).json()).toMatchObject({ provisional: false, verdict: 'allow' });
      expect((await coord.request({ method: 'PUT', url: '/api/v1/calendar/years/2036?confirm=true', payload: { arrangementPublished: true } })).json().error.code).toBe('YEAR_OUT_OF_CALENDAR_RANGE');
      await coord.request({ method: 'PUT', url: '/api/v1/calendar/years/2027?confirm=true', payload: { arrangementPublished: false } });
      expect((await check()).json().provisional).toBe(true);
      expect((await verifyAuditChain(t.deps.db)).ok).toBe(true);
    });
  });
});

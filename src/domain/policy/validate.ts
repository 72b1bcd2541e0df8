/**
 * Check a policy object (e.g. a coordinator's new version, parsed from JSON) before it is stored.
 * Returns every problem found; an empty list means the policy is valid.
 */
import { isIsoDate } from '../calendar/dates.ts';
import { GRADES } from '../calendar/quiet.ts';
import { LIFTABLE_RULES, RULE_IDS, type RuleId } from './types.ts';

export interface PolicyError {
  /** Dotted path of the offending field, e.g. 'quietPeriods.B.startDay'. */
  path: string;
  code: 'REQUIRED' | 'TYPE' | 'RANGE' | 'DUPLICATE' | 'UNKNOWN_RULE' | 'NOT_LIFTABLE';
  message: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

class Checker {
  readonly errors: PolicyError[] = [];
  add(path: string, code: PolicyError['code'], message: string): void {
    this.errors.push({ path, code, message });
  }
  obj(v: unknown, path: string): Obj | undefined {
    if (isObj(v)) return v;
    this.add(path, v === undefined ? 'REQUIRED' : 'TYPE', `${path} must be an object`);
    return undefined;
  }
  str(v: unknown, path: string): string | undefined {
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.add(path, v === undefined ? 'REQUIRED' : 'TYPE', `${path} must be a non-empty string`);
    return undefined;
  }
  int(v: unknown, path: string, min: number, max = Number.MAX_SAFE_INTEGER): number | undefined {
    if (typeof v !== 'number' || !Number.isInteger(v)) {
      this.add(path, v === undefined ? 'REQUIRED' : 'TYPE', `${path} must be an integer`);
      return undefined;
    }
    if (v < min || v > max) this.add(path, 'RANGE', `${path} must be between ${min} and ${max}`);
    return v;
  }
  text(v: unknown, path: string): void {
    const o = this.obj(v, path);
    if (o) {
      this.str(o.zh, `${path}.zh`);
      this.str(o.en, `${path}.en`);
    }
  }
  arr(v: unknown, path: string): unknown[] {
    if (Array.isArray(v)) return v;
    this.add(path, v === undefined ? 'REQUIRED' : 'TYPE', `${path} must be an array`);
    return [];
  }
}

function checkExceptionCases(c: Checker, v: unknown): void {
  const seen = new Set<string>();
  c.arr(v, 'exceptionCases').forEach((item, i) => {
    const p = `exceptionCases.${i}`;
    const e = c.obj(item, p);
    if (!e) return;
    const code = c.str(e.code, `${p}.code`);
    if (code && !/^[A-Z][A-Z0-9_]*$/.test(code)) c.add(`${p}.code`, 'TYPE', `${p}.code must be UPPER_SNAKE_CASE`);
    if (code && seen.has(code)) c.add(`${p}.code`, 'DUPLICATE', `exception case ${code} appears twice`);
    if (code) seen.add(code);
    c.text(e.name, `${p}.name`);
    c.text(e.rationale, `${p}.rationale`);
    if (typeof e.approvalAfterwards !== 'boolean') c.add(`${p}.approvalAfterwards`, 'TYPE', `${p}.approvalAfterwards must be a boolean`);
    c.arr(e.lifts, `${p}.lifts`).forEach((r, j) => {
      if (!RULE_IDS.includes(r as RuleId)) c.add(`${p}.lifts.${j}`, 'UNKNOWN_RULE', `unknown rule ${String(r)}`);
      else if (!LIFTABLE_RULES.includes(r as RuleId)) c.add(`${p}.lifts.${j}`, 'NOT_LIFTABLE', `${String(r)} cannot be lifted (only ${LIFTABLE_RULES.join(', ')})`);
    });
    c.arr(e.obligations, `${p}.obligations`).forEach((o, j) => {
      if (o !== 'HEAD_APPROVAL' && o !== 'FILE_WITH_COORDINATOR') c.add(`${p}.obligations.${j}`, 'TYPE', `unknown obligation ${String(o)}`);
    });
  });
}

function checkGrades(c: Checker, p: Obj): void {
  const caps = c.obj(p.gradeOnsiteCaps, 'gradeOnsiteCaps');
  const quiet = c.obj(p.quietPeriods, 'quietPeriods');
  for (const g of GRADES) {
    if (caps && caps[g] !== null) c.int(caps[g], `gradeOnsiteCaps.${g}`, 0, 366);
    if (!quiet || quiet[g] === null) continue;
    const w = c.obj(quiet[g], `quietPeriods.${g}`);
    if (!w) continue;
    const start = c.int(w.startDay, `quietPeriods.${g}.startDay`, 1, 31);
    if (w.endDay !== null) {
      const end = c.int(w.endDay, `quietPeriods.${g}.endDay`, 1, 31);
      if (start !== undefined && end !== undefined && end < start) c.add(`quietPeriods.${g}.endDay`, 'RANGE', 'endDay must not be before startDay');
    }
  }
}

function checkDeadlines(c: Checker, v: unknown): void {
  const seen = new Set<string>();
  c.arr(v, 'deadlines').forEach((item, i) => {
    const p = `deadlines.${i}`;
    const d = c.obj(item, p);
    if (!d) return;
    const code = c.str(d.code, `${p}.code`);
    if (code && seen.has(code)) c.add(`${p}.code`, 'DUPLICATE', `deadline ${code} appears twice`);
    if (code) seen.add(code);
    c.text(d.name, `${p}.name`);
    c.text(d.from, `${p}.from`);
    c.int(d.days, `${p}.days`, 0, 3650);
    if (d.unit !== 'working_days' && d.unit !== 'calendar_days') c.add(`${p}.unit`, 'TYPE', `${p}.unit must be working_days or calendar_days`);
    const o = c.obj(d.defaultOutcome, `${p}.defaultOutcome`);
    if (o) {
      c.str(o.code, `${p}.defaultOutcome.code`);
      c.text(o, `${p}.defaultOutcome`);
    }
  });
}

export function validatePolicy(input: unknown): PolicyError[] {
  const c = new Checker();
  const p = c.obj(input, '(policy)');
  if (!p) return c.errors;
  c.str(p.id, 'id');
  const j = c.obj(p.jurisdiction, 'jurisdiction');
  if (j) {
    c.str(j.code, 'jurisdiction.code');
    c.text(j.name, 'jurisdiction.name');
  }
  if (!isIsoDate(p.effectiveFrom)) c.add('effectiveFrom', p.effectiveFrom === undefined ? 'REQUIRED' : 'TYPE', 'effectiveFrom must be a valid YYYY-MM-DD date');
  const basis = c.obj(p.basis, 'basis');
  if (basis) {
    c.str(basis.id, 'basis.id');
    c.str(basis.title, 'basis.title');
  }
  c.int(p.departmentOnsiteCap, 'departmentOnsiteCap', 0, 366);
  checkGrades(c, p);
  c.int(p.noticeLeadWorkingDays, 'noticeLeadWorkingDays', 0, 60);
  c.int(p.visitReportLeadWorkingDays, 'visitReportLeadWorkingDays', 0, 60);
  c.int(p.exceptionFilingWorkingDays, 'exceptionFilingWorkingDays', 0, 60);
  c.int(p.minInspectors, 'minInspectors', 1, 20);
  checkExceptionCases(c, p.exceptionCases);
  c.int(p.offsiteHoldDays, 'offsiteHoldDays', 0, 3660);
  c.int(p.mergeWindowDays, 'mergeWindowDays', 0, 366);
  c.int(p.maxDepartmentsPerJointVisit, 'maxDepartmentsPerJointVisit', 2, 100);
  const jr = c.obj(p.jointRate, 'jointRate');
  if (jr) {
    if (jr.primary !== 'visits' && jr.primary !== 'tasks') c.add('jointRate.primary', 'TYPE', "jointRate.primary must be 'visits' or 'tasks'");
    c.arr(jr.targets, 'jointRate.targets').forEach((t, i) => {
      const o = c.obj(t, `jointRate.targets.${i}`);
      if (!o) return;
      c.int(o.year, `jointRate.targets.${i}.year`, 2000, 2100);
      if (typeof o.target !== 'number' || !(o.target >= 0 && o.target <= 1)) c.add(`jointRate.targets.${i}.target`, 'RANGE', 'target must be a share between 0 and 1');
    });
  }
  const al = c.obj(p.alerts, 'alerts');
  if (al) {
    c.int(al.multiDepartmentWindowDays, 'alerts.multiDepartmentWindowDays', 1, 366);
    c.int(al.multiDepartmentMinDepartments, 'alerts.multiDepartmentMinDepartments', 2, 100);
    c.int(al.capRemainingAlert, 'alerts.capRemainingAlert', 0, 100);
  }
  checkDeadlines(c, p.deadlines);
  const imp = c.obj(p.improvement, 'improvement');
  if (imp) c.int(imp.gradingPeriods, 'improvement.gradingPeriods', 1, 20);
  c.int(p.itemRetirementUnusedYears, 'itemRetirementUnusedYears', 1, 50);
  const clauses = c.obj(p.clauses, 'clauses');
  if (clauses) {
    for (const r of RULE_IDS) {
      const cl = c.obj(clauses[r], `clauses.${r}`);
      if (cl) {
        c.str(cl.id, `clauses.${r}.id`);
        c.str(cl.text, `clauses.${r}.text`);
      }
    }
  }
  const goals = c.obj(p.goalsClause, 'goalsClause');
  if (goals) c.str(goals.text, 'goalsClause.text');
  return c.errors;
}

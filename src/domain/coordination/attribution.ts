/**
 * The reason a filing is unscheduled. Screening reasons (exempt grade, no lawful day, caps used
 * up before planning) are final. A filing the optimiser left out is attributed from the final
 * plan: its department's cap reached in every year its window touches → DEPARTMENT_CAP; else an
 * opt-out enterprise → OPT_OUT; else the enterprise's grade cap reached → GRADE_CAP; else every
 * lawful day of the window already holds a visit that cannot take it → NO_LAWFUL_DAY. A filing
 * the capacity phase could not place → CAPACITY. Messages with the same wording are one shared
 * object (at province scale most unscheduled filings share a handful of texts).
 */
import { civilFromDays, fromDayNumber } from '../calendar/dates.ts';
import type { DayAxis } from './axis.ts';
import type { Caps } from './caps.ts';
import { explain, type NoDayKind, type ReasonDetails } from './reasons.ts';
import { DROPPED, LEFT_OUT, R_CAPACITY, R_DEPARTMENT_CAP, R_GRADE_CAP, R_GRADE_EXEMPT, R_NO_LAWFUL_DAY, type FilingFates, type VisitStore } from './store.ts';
import type { SchedulerPolicy, Text, UnscheduledReason } from './types.ts';
import { GRADE_LETTERS, type PreparedInput } from './validate.ts';

export class Attribution {
  private ent = -1;
  /** Planned visits of the loaded enterprise per year index, and per (department, year). */
  private visitsPerYear: number[] = [];
  private deptPerYear = new Map<number, number>();
  private plannedDates: string[][] = [];
  private readonly messages = new Map<string, Text>();
  private readonly dates = new Map<number, string>();

  constructor(
    private readonly prep: PreparedInput, private readonly axis: DayAxis, private readonly policy: SchedulerPolicy,
    private readonly caps: Caps, private readonly fates: FilingFates, private readonly store: VisitStore,
  ) {}

  private date(day: number): string {
    let s = this.dates.get(day);
    if (s === undefined) {
      s = fromDayNumber(day);
      this.dates.set(day, s);
    }
    return s;
  }

  private load(e: number): void {
    if (this.ent === e) return;
    this.ent = e;
    const st = this.store, Y = this.axis.years, ax = this.axis.grades[this.prep.entGrade[e]];
    this.visitsPerYear = new Array<number>(Y).fill(0);
    this.deptPerYear.clear();
    this.plannedDates = [];
    for (let v = st.entHead[e]; v >= 0; v = st.nextOfEnt[v]) {
      if (st.alive[v] === 0 || st.filLen[v] === 0) continue;
      const y = st.year[v];
      this.visitsPerYear[y]++;
      (this.plannedDates[y] ??= []).push(this.date(this.axis.base + ax.dayOf[st.day[v]]));
      const seen: number[] = [];
      for (let k = st.filStart[v]; k < st.filStart[v] + st.filLen[v]; k++) {
        const d = this.prep.fDept[st.fil[k]];
        if (seen.includes(d)) continue;
        seen.push(d);
        this.deptPerYear.set(d * Y + y, (this.deptPerYear.get(d * Y + y) ?? 0) + 1);
      }
    }
    for (const list of this.plannedDates) list?.sort();
  }

  private noDay(f: number): NoDayKind {
    const ax = this.axis, from = this.prep.fFrom[f], to = this.prep.fTo[f];
    if (ax.earliest === null) return 'unknown_year';
    if (to <= this.prep.today) return 'passed';
    if (to < ax.earliest) return 'notice';
    let working = 0, unknown = 0;
    const k1 = Math.min(to - ax.base, ax.length - 1);
    for (let k = Math.max(from - ax.base, 0); k <= k1; k++) {
      if (ax.working[k] === 1) working++;
      else if (ax.working[k] === 2) unknown++;
    }
    if (working > 0) return 'quiet';
    if (unknown > 0 || to > ax.calendarEnd) return 'unknown_year';
    return 'no_working_day';
  }

  explain(f: number): { reason: UnscheduledReason; message: Text } {
    const prep = this.prep, fates = this.fates, Y = this.axis.years;
    const e = prep.fEnt[f], d = prep.fDept[f];
    this.load(e);
    const state = fates.state[f];
    const candidate = state === LEFT_OUT || state === DROPPED;
    const ax = this.axis.grades[prep.entGrade[e]];
    const y0 = candidate ? ax.yearOf[fates.lo[f]] : Math.max(0, civilFromDays(Math.max(prep.fFrom[f], this.axis.base))[0] - this.axis.todayYear);
    const y1 = candidate ? ax.yearOf[fates.hi[f]] : y0;
    let reason: UnscheduledReason;
    let noDay: NoDayKind = 'occupied';
    if (state === R_GRADE_EXEMPT) reason = 'GRADE_EXEMPT';
    else if (state === R_GRADE_CAP) reason = 'GRADE_CAP';
    else if (state === R_DEPARTMENT_CAP) reason = 'DEPARTMENT_CAP';
    else if (state === R_NO_LAWFUL_DAY) {
      reason = 'NO_LAWFUL_DAY';
      noDay = this.noDay(f);
    } else if (state === DROPPED || state === R_CAPACITY) reason = 'CAPACITY';
    else {
      let deptFull = true, gradeFull = true;
      for (let y = y0; y <= y1; y++) {
        deptFull &&= (this.deptPerYear.get(d * Y + y) ?? 0) >= this.caps.deptLeft(e, d, y);
        gradeFull &&= (this.visitsPerYear[y] ?? 0) >= this.caps.gradeLeft(e, y);
      }
      reason = deptFull ? 'DEPARTMENT_CAP' : prep.entOptOut[e] === 1 ? 'OPT_OUT' : gradeFull ? 'GRADE_CAP' : 'NO_LAWFUL_DAY';
    }
    const grade = GRADE_LETTERS[prep.entGrade[e]];
    const gradeUsed = (y0 === 0 ? prep.entOnsite[e] : 0) + (this.visitsPerYear[y0] ?? 0);
    const planned = this.plannedDates[y0] ?? [];
    let key: string;
    switch (reason) {
      case 'GRADE_EXEMPT': key = `X${grade}`; break;
      case 'GRADE_CAP': key = `G${grade}${y0}|${gradeUsed}|${planned.slice(0, 4).join()}`; break;
      case 'DEPARTMENT_CAP': key = `D${d}|${y0}`; break;
      case 'NO_LAWFUL_DAY': key = `N${noDay}${grade}|${prep.fFrom[f]}|${prep.fTo[f]}`; break;
      case 'CAPACITY': key = `C${d}|${prep.fFrom[f]}|${prep.fTo[f]}`; break;
      default: key = `O${grade}${y0}|${gradeUsed}`;
    }
    let message = this.messages.get(key);
    if (message === undefined) {
      message = explain(reason, this.details(f, e, d, grade, y0, gradeUsed, planned, noDay));
      this.messages.set(key, message);
    }
    return { reason, message };
  }

  private details(f: number, e: number, d: number, grade: string, y0: number, gradeUsed: number, planned: string[], noDay: NoDayKind): ReasonDetails {
    const prep = this.prep;
    return {
      grade,
      department: prep.deptIds[d],
      from: this.date(prep.fFrom[f]),
      to: this.date(prep.fTo[f]),
      year: this.axis.todayYear + y0,
      gradeCap: this.caps.gradeCap(e),
      gradeUsed,
      deptCap: this.policy.departmentOnsiteCap,
      planned,
      noDay,
      earliest: this.axis.earliest === null ? null : this.date(this.axis.earliest),
      noticeLead: this.policy.noticeLeadWorkingDays,
      quiet: this.policy.quietPeriods[grade as 'A'],
      maxDepartments: this.policy.maxDepartmentsPerJointVisit,
      capacity: prep.deptCapacity[d],
    };
  }
}

/**
 * The reason a filing is unscheduled. Screening reasons (exempt grade, no lawful day, caps used
 * up before planning) are final. A filing the optimiser left out is attributed from the final
 * plan: its department's cap reached in every year its window touches → DEPARTMENT_CAP; else an
 * opt-out enterprise → OPT_OUT; else the enterprise's grade cap reached → GRADE_CAP; else every
 * lawful day of the window already holds a visit that cannot take it → NO_LAWFUL_DAY. A filing
 * the capacity phase could not place → CAPACITY. Messages with the same wording are one shared
 * object (at province scale most unscheduled filings share a handful of texts).
 */
import { daysFromCivil, fromDayNumber } from '../calendar/dates.ts';
import type { DayAxis } from './axis.ts';
import type { Caps } from './caps.ts';
import { explain, type NoDayKind, type ReasonDetails } from './reasons.ts';
import { DROPPED, LEFT_OUT, R_CAPACITY, R_DEPARTMENT_CAP, R_GRADE_CAP, R_GRADE_EXEMPT, R_NO_LAWFUL_DAY, type FilingFates, type VisitStore } from './store.ts';
import type { SchedulerPolicy, Text, UnscheduledReason } from './types.ts';
import { GRADE_LETTERS, type PreparedInput } from './validate.ts';

const NO_DAY_KINDS: readonly NoDayKind[] = ['passed', 'notice', 'no_working_day', 'quiet', 'unknown_year', 'occupied'];
/** Day numbers of years 1–9999 shifted to be positive, and the span that holds them: (from, to) packs into one exact double. */
const DAY_OFFSET = 1 << 22;
const DAY_SPAN = 1 << 23;

export class Attribution {
  private ent = -1;
  /** Planned visits of the loaded enterprise per year index, and per (department, year). */
  private visitsPerYear = new Int32Array(4);
  private deptPerYear = new Int32Array(64);
  private readonly touched: number[] = [];
  private readonly seen: Int32Array;
  private tick = 0;
  private plannedDates: string[][] = [];
  private readonly dates = new Map<number, string>();

  constructor(
    private readonly prep: PreparedInput, private readonly axis: DayAxis, private readonly policy: SchedulerPolicy,
    private readonly caps: Caps, private readonly fates: FilingFates, private readonly store: VisitStore,
  ) {
    this.seen = new Int32Array(prep.deptIds.length);
  }

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
    if (this.visitsPerYear.length < Y) this.visitsPerYear = new Int32Array(Y);
    this.visitsPerYear.fill(0);
    if (this.deptPerYear.length < this.prep.deptIds.length * Y) this.deptPerYear = new Int32Array(this.prep.deptIds.length * Y);
    for (const key of this.touched) this.deptPerYear[key] = 0;
    this.touched.length = 0;
    this.plannedDates = [];
    for (let v = st.entHead[e]; v >= 0; v = st.nextOfEnt[v]) {
      if (st.alive[v] === 0 || st.filLen[v] === 0) continue;
      const y = st.year[v];
      this.visitsPerYear[y]++;
      (this.plannedDates[y] ??= []).push(this.date(this.axis.base + ax.dayOf[st.day[v]]));
      const t = ++this.tick;
      for (let k = st.filStart[v]; k < st.filStart[v] + st.filLen[v]; k++) {
        const d = this.prep.fDept[st.fil[k]];
        if (this.seen[d] === t) continue;
        this.seen[d] = t;
        if (this.deptPerYear[d * Y + y]++ === 0) this.touched.push(d * Y + y);
      }
    }
    for (const list of this.plannedDates) list?.sort();
    this.gradeCapOfEnt = [];
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

  /** Year index of a day number on or after the axis base (few years: a short scan). */
  private yearIndex(day: number): number {
    const starts = (this.yearStarts ??= Array.from({ length: this.axis.years + 1 }, (_, k) => daysFromCivil(this.axis.todayYear + k + 1, 1, 1)));
    let y = 0;
    while (y < starts.length && day >= starts[y]) y++;
    return y;
  }

  private yearStarts: number[] | undefined;
  /** Shared messages, by reason and the figures their text depends on (numeric keys, no strings built per filing). */
  private readonly exempt: (Text | undefined)[] = [];
  private readonly deptCap = new Map<number, Text>();
  private readonly noLawful = new Map<number, Text>();
  private readonly optOut = new Map<number, Text>();
  /** GRADE_CAP texts name the enterprise's planned dates: memo per loaded enterprise and year, then shared by text. */
  private gradeCapOfEnt: (Text | undefined)[] = [];

  explain(f: number): { reason: UnscheduledReason; message: Text } {
    const prep = this.prep, fates = this.fates, Y = this.axis.years;
    const e = prep.fEnt[f], d = prep.fDept[f];
    this.load(e);
    const state = fates.state[f];
    const grade = prep.entGrade[e];
    if (state === R_GRADE_EXEMPT) {
      const message = (this.exempt[grade] ??= this.message(f, 'GRADE_EXEMPT', 0, 'occupied'));
      return { reason: 'GRADE_EXEMPT', message };
    }
    const candidate = state === LEFT_OUT || state === DROPPED;
    const ax = this.axis.grades[grade];
    const y0 = candidate ? ax.yearOf[fates.lo[f]] : this.yearIndex(Math.max(prep.fFrom[f], this.axis.base));
    const y1 = candidate ? ax.yearOf[fates.hi[f]] : y0;
    let reason: UnscheduledReason;
    if (state === R_GRADE_CAP) reason = 'GRADE_CAP';
    else if (state === R_DEPARTMENT_CAP) reason = 'DEPARTMENT_CAP';
    else if (state === R_NO_LAWFUL_DAY) reason = 'NO_LAWFUL_DAY';
    else if (state === DROPPED || state === R_CAPACITY) reason = 'CAPACITY';
    else {
      let deptFull = true, gradeFull = true;
      for (let y = y0; y <= y1; y++) {
        deptFull &&= (y < Y ? this.deptPerYear[d * Y + y] : 0) >= this.caps.deptLeft(e, d, y);
        gradeFull &&= (this.visitsPerYear[y] ?? 0) >= this.caps.gradeLeft(e, y);
      }
      reason = deptFull ? 'DEPARTMENT_CAP' : prep.entOptOut[e] === 1 ? 'OPT_OUT' : gradeFull ? 'GRADE_CAP' : 'NO_LAWFUL_DAY';
    }
    const window = (prep.fFrom[f] + DAY_OFFSET) * DAY_SPAN + (prep.fTo[f] + DAY_OFFSET);
    let cache: Map<number, Text>, key: number;
    switch (reason) {
      case 'GRADE_CAP': {
        const message = (this.gradeCapOfEnt[y0] ??= this.gradeCapMessage(f, y0));
        return { reason, message };
      }
      case 'DEPARTMENT_CAP': cache = this.deptCap; key = d * 4096 + y0; break;
      case 'NO_LAWFUL_DAY': {
        const kind = state === R_NO_LAWFUL_DAY ? this.noDay(f) : 'occupied';
        cache = this.noLawful; key = (NO_DAY_KINDS.indexOf(kind) * 4 + grade) * DAY_SPAN * DAY_SPAN + window;
        const message = cache.get(key) ?? this.remember(cache, key, this.message(f, reason, y0, kind));
        return { reason, message };
      }
      case 'CAPACITY': cache = this.capacityByDept[d] ??= new Map(); key = window; break; // the text names department and window
      default: cache = this.optOut; key = (grade * 64 + y0) * 4194304 + this.gradeUsed(e, y0);
    }
    const message = cache.get(key) ?? this.remember(cache, key, this.message(f, reason, y0, 'occupied'));
    return { reason, message };
  }

  private readonly capacityByDept: (Map<number, Text> | undefined)[] = [];

  private remember(cache: Map<number, Text>, key: number, message: Text): Text {
    cache.set(key, message);
    return message;
  }

  private gradeUsed(e: number, y0: number): number {
    return (y0 === 0 ? this.prep.entOnsite[e] : 0) + (this.visitsPerYear[y0] ?? 0);
  }

  private gradeCapMessage(f: number, y0: number): Text {
    const e = this.prep.fEnt[f];
    const planned = this.plannedDates[y0] ?? [];
    const key = `${this.prep.entGrade[e]}|${y0}|${this.gradeUsed(e, y0)}|${planned.slice(0, 4).join()}`;
    let message = this.gradeCapTexts.get(key);
    if (message === undefined) {
      message = this.message(f, 'GRADE_CAP', y0, 'occupied');
      this.gradeCapTexts.set(key, message);
    }
    return message;
  }

  private readonly gradeCapTexts = new Map<string, Text>();

  private message(f: number, reason: UnscheduledReason, y0: number, noDay: NoDayKind): Text {
    const prep = this.prep, e = prep.fEnt[f];
    return explain(reason, this.details(f, e, prep.fDept[f], GRADE_LETTERS[prep.entGrade[e]], y0, this.gradeUsed(e, y0), this.plannedDates[y0] ?? [], noDay));
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

/**
 * One enterprise, without capacity limits, solved exactly for (1) most filings, (2) fewest visits:
 *  1. relax the department caps and the departments-per-visit maximum; the relaxation is interval
 *     stabbing (greedy; uncapped grades or caps not reached) or maximum coverage with at most c
 *     visits a year (dynamic programme; capped grades). If its optimum obeys every rule, it is
 *     optimal ("certified") — the usual case;
 *  2. otherwise, capped grades: exact search over visit days (points.ts); uncapped grades: the
 *     crowded greedy against its lower bound (crowded.ts), then the department-cap search
 *     (uncapped.ts);
 *  3. otherwise branch and bound over groupings (search.ts) from the relaxations repaired into
 *     lawful plans; past the size limit or node budget the best lawful plan stands ("inexact").
 * Then (3) every visit moves to the earliest lawful day its filings allow.
 */
import { PlanTools } from './check.ts';
import { Crowded } from './crowded.ts';
import { CoverageDp } from './dp.ts';
import { CapBindingSearch } from './uncapped.ts';
import { separateEarliest, stabEarliest } from './greedy.ts';
import { LocalPlan, NO_CAP, type LocalProblem } from './local.ts';
import { PointSearch } from './points.ts';
import { Repairer } from './repair.ts';
import { GroupSearch } from './search.ts';

export const CERTIFIED = 0;
export const SEARCHED = 1;
export const INEXACT = 2;
export type SolveStatus = typeof CERTIFIED | typeof SEARCHED | typeof INEXACT;

/** Enterprises with more candidate filings than this are not searched (the repaired relaxation stands). */
export const MAX_SEARCH_FILINGS = 40;
/** Capped grades with more candidate filings than this use the search over visit days instead. */
export const SMALL_SEARCH_FILINGS = 12;
/** Node budget of the grouping search on enterprises above SMALL_SEARCH_FILINGS. */
export const LARGE_SEARCH_BUDGET = 2_000;

export class EnterpriseSolver {
  readonly tools = new PlanTools();
  readonly plan = new LocalPlan();
  private readonly alt = new LocalPlan();
  private readonly dp = new CoverageDp();
  private readonly search = new GroupSearch(this.tools);
  private readonly repairer = new Repairer(this.tools);
  private readonly points = new PointSearch();
  private readonly crowded = new Crowded();
  private capBinding!: CapBindingSearch;
  private pending = new Int32Array(16);
  private L = new Int32Array(16);
  private H = new Int32Array(16);
  nodes = 0;

  constructor(
    private readonly budget: number,
    private readonly smallSearch = SMALL_SEARCH_FILINGS,
  ) {}

  solve(p: LocalProblem): SolveStatus {
    const status = this.solveCore(p);
    if (status !== CERTIFIED) this.joinLeftOut(p);
    return status;
  }

  /**
   * The final maximality pass: every filing still left out joins a visit whose day lies in its
   * window (its department already counted there, or with a department-visit to spare, within the
   * per-visit maximum), or gets a visit of its own on a free lawful day the caps allow; then the
   * visits move to their earliest days again, which may open more joins. Only adds filings, so the
   * order of the objectives holds (a certified plan is already maximal and skips it).
   */
  private joinLeftOut(p: LocalProblem): void {
    const { plan } = this;
    for (let round = 0; round <= p.n && plan.scheduled < p.n; round++) {
      const before = plan.scheduled;
      this.repairer.reinsert(p, plan);
      if (plan.scheduled === before) return;
      this.shiftEarliest(p);
    }
  }

  private solveCore(p: LocalProblem): SolveStatus {
    const { plan, alt, tools } = this;
    this.capBinding ??= new CapBindingSearch(tools, p);
    p.sortByStart();
    plan.ensure(p.n);
    alt.ensure(p.n);
    if (this.pending.length < p.n) this.pending = new Int32Array(p.n * 2);
    let capped = false;
    for (let y = 0; y < p.years; y++) capped ||= p.gc[y] < NO_CAP;
    if (p.optOut) {
      separateEarliest(p, plan, this.pending);
      if (plan.scheduled === p.n && tools.feasible(p, plan)) return CERTIFIED;
      this.repairer.repair(p, plan);
    } else {
      // 1. the relaxations: stabbing (all filings, fewest visits), then coverage for capped grades
      stabEarliest(p, plan);
      if (this.lawful(p, plan)) return CERTIFIED;
      if (capped) {
        this.dp.solve(p, alt);
        if (this.lawful(p, alt)) return this.take(p, CERTIFIED);
        // 2. capped grade, rules binding: exact search over visit days
        if (p.n > this.smallSearch && this.points.supports(p)) {
          this.points.run(p, alt);
          if (this.points.exact && tools.feasible(p, alt)) return this.take(p, SEARCHED);
          this.repairer.repair(p, alt);
        } else this.repairer.repair(p, this.alt);
      }
      this.repairer.repair(p, plan);
      if (capped && alt.compare(plan) > 0) plan.copyFrom(alt, p.n);
      // 2'. uncapped grade: the crowded greedy against its bound, then the department-cap search
      if (!capped && p.m <= 30) {
        this.crowded.greedy(p, alt);
        if (!tools.feasible(p, alt)) this.repairer.repair(p, alt);
        if (alt.compare(plan) > 0) plan.copyFrom(alt, p.n);
        if (plan.scheduled === p.n && plan.groups === this.crowded.lowerBound(p) && this.settle(p)) return CERTIFIED;
        this.capBinding.run(p, plan);
        if (this.capBinding.exact && this.settle(p)) return SEARCHED;
      }
    }
    // 3. branch and bound over groupings, from the best lawful plan so far
    let status: SolveStatus = INEXACT;
    if (p.n <= MAX_SEARCH_FILINGS) {
      // the search pays off on small enterprises; on large ones it rarely finishes, so it is kept short
      this.search.run(p, plan, p.n <= SMALL_SEARCH_FILINGS ? this.budget : Math.min(this.budget, LARGE_SEARCH_BUDGET));
      this.nodes += this.search.nodes;
      status = this.search.aborted ? INEXACT : SEARCHED;
    }
    if (this.settle(p)) return status;
    // defensive: never hand out an unlawful plan, whatever went wrong above
    this.repairer.repair(p, plan);
    if (!tools.feasible(p, plan)) {
      plan.groups = 0;
      plan.scheduled = 0;
      plan.assign.fill(-1, 0, p.n);
    }
    return INEXACT;
  }

  /** Whether a relaxation's plan is lawful as it stands or once each department uses fewest days. */
  private lawful(p: LocalProblem, candidate: LocalPlan): boolean {
    if (this.tools.feasible(p, candidate)) return true;
    this.tools.assignByDepartment(p, candidate);
    return this.tools.feasible(p, candidate);
  }

  /** Adopt `alt` as the plan, moved to its earliest days. */
  private take(p: LocalProblem, status: SolveStatus): SolveStatus {
    this.plan.copyFrom(this.alt, p.n);
    this.shiftEarliest(p);
    return status;
  }

  /** Move the plan to its earliest days; whether it is lawful. */
  private settle(p: LocalProblem): boolean {
    this.shiftEarliest(p);
    return this.tools.feasible(p, this.plan);
  }

  /** Move every visit to the earliest day its filings allow, inside its year, days distinct. */
  private shiftEarliest(p: LocalProblem): void {
    const { plan, tools } = this;
    const ax = p.axis;
    const G = plan.groups;
    if (this.L.length < G) {
      this.L = new Int32Array(G * 2);
      this.H = new Int32Array(G * 2);
    }
    const { L, H } = this;
    for (let g = 0; g < G; g++) {
      const y = ax.yearOf[plan.gDay[g]];
      L[g] = ax.yearFirst[y];
      H[g] = ax.yearFirst[y + 1] - 1;
    }
    for (let i = 0; i < p.n; i++) {
      const g = plan.assign[i];
      if (g < 0) continue;
      if (p.lo[i] > L[g]) L[g] = p.lo[i];
      if (p.hi[i] < H[g]) H[g] = p.hi[i];
    }
    const out = this.alt.gDay;
    if (!tools.placeDays(G, L, H, out)) return; // cannot happen: the current days are a solution
    plan.gDay.set(out.subarray(0, G));
  }
}

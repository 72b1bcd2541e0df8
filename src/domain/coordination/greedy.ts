/**
 * Interval stabbing on the lawful-day axis, exact without caps.
 *
 * stabEarliest: the classic greedy run from the right (filings by start, descending; a new visit
 * on the start day of the first filing not yet covered). It uses the minimum number of visits —
 * equal to the maximum number of pairwise-disjoint windows — and, among all minimum plans, puts
 * the j-th visit on the earliest possible day for every j. Each filing joins the earliest visit
 * inside its window.
 *
 * separateEarliest (opt-out enterprises): one visit per filing on distinct days, earliest-deadline
 * first; schedules every filing whenever that is possible at all.
 */
import type { LocalPlan, LocalProblem } from './local.ts';

/** Requires p sorted by start (sortByStart). */
export function stabEarliest(p: LocalProblem, plan: LocalPlan): void {
  const n = p.n;
  plan.ensure(n);
  const { lo, hi } = p;
  const days = plan.gDay;
  let count = 0;
  let q = Number.MAX_SAFE_INTEGER;
  for (let i = n - 1; i >= 0; i--) {
    if (q > hi[i]) {
      q = lo[i];
      days[count++] = q;
    }
  }
  // days are descending: reverse into increasing order
  for (let a = 0, b = count - 1; a < b; a++, b--) {
    const t = days[a];
    days[a] = days[b];
    days[b] = t;
  }
  plan.groups = count;
  let g = 0;
  for (let i = 0; i < n; i++) {
    while (days[g] < lo[i]) g++; // lo is non-decreasing, so g only moves forward
    plan.assign[i] = g;
  }
  plan.scheduled = n;
}

/** One filing per visit, distinct days; filings that cannot get a day are left out (-1). */
export function separateEarliest(p: LocalProblem, plan: LocalPlan, pending: Int32Array): void {
  const n = p.n;
  plan.ensure(n);
  const { lo, hi } = p;
  plan.groups = 0;
  plan.scheduled = 0;
  let t = -1, k = 0, na = 0;
  while (k < n || na > 0) {
    if (na === 0) t = Math.max(t, lo[k]);
    while (k < n && lo[k] <= t) pending[na++] = k++;
    let best = 0;
    for (let a = 1; a < na; a++) if (hi[pending[a]] < hi[pending[best]]) best = a;
    const i = pending[best];
    pending[best] = pending[--na];
    if (hi[i] < t) {
      plan.assign[i] = -1;
      continue;
    }
    plan.gDay[plan.groups] = t;
    plan.assign[i] = plan.groups++;
    plan.scheduled++;
    t++;
  }
}

/**
 * What the rated department may see of its ratings (事后评价，评价对被评价部门匿名). The department
 * never sees a rating, a comment, a date or an enterprise — only an aggregate (count, mean,
 * distribution), and only one that no single rating can be told apart in:
 *
 * 1. Closed months only: ratings given before the first day of the current month (Beijing). The
 *    figure changes at most once a month, never right after a visit the department just made.
 * 2. Whole blocks of K: of those n ratings, the oldest ⌊n/K⌋·K are aggregated, the rest wait. Each
 *    change of the figure therefore adds K or more ratings at once, so subtracting two figures the
 *    department has seen yields an aggregate over at least K ratings, never one rating.
 * 3. Nothing below K: with fewer than K ratings there is no figure at all (not even the count).
 *
 * What it cannot hide: when every rating of a block has the same score the distribution says so (the
 * department still cannot tell which of its visits were rated at all). K is 5 (RATING_MIN_GROUP),
 * a policy-like constant: the coordinator and supervisors see every rating regardless.
 */
export const RATING_MIN_GROUP = 5;

export type Score = 1 | 2 | 3 | 4 | 5;
export type Distribution = Record<'1' | '2' | '3' | '4' | '5', number>;

export interface Aggregate {
  count: number;
  /** Mean score, two decimals. */
  mean: number;
  distribution: Distribution;
}

export function aggregate(scores: readonly number[]): Aggregate {
  const distribution: Distribution = { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 };
  let sum = 0;
  for (const s of scores) {
    distribution[String(s) as keyof Distribution] += 1;
    sum += s;
  }
  return { count: scores.length, mean: scores.length ? Math.round((sum / scores.length) * 100) / 100 : 0, distribution };
}

/**
 * The aggregate a department may see, from its closed months' scores in the order given (oldest
 * first): the oldest whole blocks of `k`, or null below `k`.
 */
export function publishedAggregate(scoresOldestFirst: readonly number[], k = RATING_MIN_GROUP): Aggregate | null {
  const n = Math.floor(scoresOldestFirst.length / k) * k;
  return n >= k ? aggregate(scoresOldestFirst.slice(0, n)) : null;
}

/** The first day of the month of `today` ('YYYY-MM-DD', Beijing) and that midnight as an instant. */
export function closedBefore(today: string): { date: string; instant: Date } {
  const date = `${today.slice(0, 7)}-01`;
  return { date, instant: new Date(`${date}T00:00:00+08:00`) };
}

import type { IsoDate } from '../calendar/types.ts';
import type { ExceptionCase, Grade, Policy } from './types.ts';

/**
 * The version in force on a date: the one with the latest effectiveFrom on or before it
 * (ties: the later in the list wins, i.e. the later publication). Undefined before the first.
 */
export function policyInForce<P extends Pick<Policy, 'effectiveFrom'>>(versions: readonly P[], date: IsoDate): P | undefined {
  let best: P | undefined;
  for (const v of versions) {
    if (v.effectiveFrom <= date && (!best || v.effectiveFrom >= best.effectiveFrom)) best = v;
  }
  return best;
}

export function findExceptionCase(policy: Policy, code: string | undefined): ExceptionCase | undefined {
  if (!code) return undefined;
  return policy.exceptionCases.find((c) => c.code === code);
}

/**
 * The grades of compliant enterprises, for "最多查一次" (a compliant enterprise is inspected on site at
 * most once a year): those whose on-site cap is at most one visit (Yunhe: A exempt, B once).
 */
export function compliantGrades(policy: Policy): Grade[] {
  return (Object.entries(policy.gradeOnsiteCaps) as [Grade, number | null][]).filter(([, cap]) => cap !== null && cap <= 1).map(([g]) => g);
}

/** The joint-rate target for a year: the target of that year, else of the latest earlier year. */
export function jointRateTarget(policy: Policy, year: number): number | undefined {
  let best: { year: number; target: number } | undefined;
  for (const t of policy.jointRate.targets) if (t.year <= year && (!best || t.year > best.year)) best = t;
  return best?.target;
}

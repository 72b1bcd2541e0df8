/** Helpers shared by the rules: building findings, exception look-ups, counting. */
import { yearOf } from '../calendar/dates.ts';
import type { ExceptionCase, RuleId } from '../policy/types.ts';
import type { Finding, InspectionCheckInput, RuleContext, Verdict } from './types.ts';

const ORDER: Record<Verdict, number> = { allow: 0, warn: 1, block: 2 };

export function worst(findings: readonly Finding[]): Verdict {
  let v: Verdict = 'allow';
  for (const f of findings) if (ORDER[f.verdict] > ORDER[v]) v = f.verdict;
  return v;
}

export function finding(ctx: RuleContext, rule: RuleId, code: string, verdict: Verdict, zh: string, en: string, data?: Finding['data']): Finding {
  const c = ctx.policy.clauses[rule];
  const f: Finding = { rule, code, verdict, clause: { id: c.id, text: c.text }, message: { zh, en } };
  if (data) f.data = data;
  return f;
}

/** The stated exception case, when it is known to the policy. */
export function statedCase(input: InspectionCheckInput, ctx: RuleContext): ExceptionCase | undefined {
  const code = input.inspection.exceptionCase;
  return code ? ctx.policy.exceptionCases.find((c) => c.code === code) : undefined;
}

/** The stated exception case if it lifts the rule. */
export function liftingCase(input: InspectionCheckInput, ctx: RuleContext, rule: RuleId): ExceptionCase | undefined {
  const c = statedCase(input, ctx);
  return c && c.lifts.includes(rule) ? c : undefined;
}

/** Names of the cases that would lift a rule, for "what to do instead". */
export function casesLifting(ctx: RuleContext, rule: RuleId): { zh: string; en: string } {
  const cs = ctx.policy.exceptionCases.filter((c) => c.lifts.includes(rule));
  return { zh: cs.map((c) => c.name.zh).join('、'), en: cs.map((c) => c.name.en).join('; ') };
}

export function sameYear(a: string, b: string): boolean {
  return yearOf(a) === yearOf(b);
}

export function list(xs: readonly string[]): string {
  return xs.join(', ');
}

export function listZh(xs: readonly string[]): string {
  return xs.join('、');
}

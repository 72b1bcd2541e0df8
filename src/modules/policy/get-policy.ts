/** The policy in force on a day (default today): every parameter, the exception cases, the clauses. */
import { parseIsoDate } from '../../domain/calendar/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { defaultJurisdiction, policyVersionsOf, versionInForce, versionView } from './versions.ts';

export async function getPolicy(deps: Deps, query: { date?: string; jurisdiction?: string }) {
  const date = query.date === undefined ? todayOf(deps) : parseIsoDate(query.date);
  const jurisdiction = query.jurisdiction ?? (await defaultJurisdiction(deps));
  const version = await versionInForce(deps, date, jurisdiction);
  const later = (await policyVersionsOf(deps, jurisdiction))
    .filter((v) => v.policy.effectiveFrom > date)
    .sort((a, b) => a.policy.effectiveFrom.localeCompare(b.policy.effectiveFrom));
  return {
    date,
    jurisdiction,
    version: versionView(version),
    next: later.length > 0 ? versionView(later[0]) : null,
    policy: version.policy,
  };
}

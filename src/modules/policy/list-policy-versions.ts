/** Every version of a jurisdiction's policy, built-in and published, with the one in force today. */
import { todayOf, type Deps } from '../deps.ts';
import { defaultJurisdiction, findInForce, policyVersionsOf, versionView } from './versions.ts';

export async function listPolicyVersions(deps: Deps, query: { jurisdiction?: string }) {
  const jurisdiction = query.jurisdiction ?? (await defaultJurisdiction(deps));
  const today = todayOf(deps);
  const versions = await policyVersionsOf(deps, jurisdiction);
  return { jurisdiction, today, inForce: findInForce(versions, today)?.policy.id ?? null, items: versions.map(versionView) };
}

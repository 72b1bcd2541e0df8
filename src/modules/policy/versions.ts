/**
 * The policy versions a deployment knows: the built-in ones (shipped with the code) and those a
 * coordinator published (policy_versions). An inspection is judged by the version in force on its
 * date in its jurisdiction (policyInForce).
 */
import { invalid } from '../../domain/errors.ts';
import { BUILT_IN_POLICIES, policyInForce, type Policy } from '../../domain/policy/index.ts';
import type { RuleContext } from '../../domain/rules/index.ts';
import type { Deps } from '../deps.ts';
import { jurisdictionCodes, listPublishedVersions } from './repository.ts';
import { revisionCache } from './revision-cache.ts';

export interface PolicyVersion {
  policy: Policy;
  source: 'built_in' | 'published';
  publishedAt: string | null;
  publishedBy: string | null;
}

const builtIns: PolicyVersion[] = BUILT_IN_POLICIES.map((policy) => ({ policy, source: 'built_in', publishedAt: null, publishedBy: null }));

/** Every version, built-in first, then published ones in publication order (a later one wins a tie). */
const versionCache = revisionCache<PolicyVersion[]>('policy', async (db) => {
  const rows = await listPublishedVersions(db);
  const published: PolicyVersion[] = rows.map((r) => ({
    // Stored only after validatePolicy accepted it (publish-policy-version.ts).
    policy: r.params as unknown as Policy,
    source: 'published',
    publishedAt: new Date(r.published_at).toISOString(),
    publishedBy: r.published_by,
  }));
  return [...builtIns, ...published];
});

/** revision: the 'policy' revision when the caller has read it already (readRevisions). */
export async function allPolicyVersions(deps: Deps, revision?: number): Promise<PolicyVersion[]> {
  return revision === undefined ? versionCache.get(deps.db) : versionCache.at(deps.db, revision);
}

/** The versions of one jurisdiction (by division code), in precedence order. */
export async function policyVersionsOf(deps: Deps, jurisdiction: string, revision?: number): Promise<PolicyVersion[]> {
  return (await allPolicyVersions(deps, revision)).filter((v) => v.policy.jurisdiction.code === jurisdiction);
}

/** This deployment's jurisdiction: the first in the database, else the first built-in policy's. */
export async function defaultJurisdiction(deps: Deps): Promise<string> {
  const codes = await jurisdictionCodes(deps.db);
  return codes[0] ?? BUILT_IN_POLICIES[0].jurisdiction.code;
}

export const noPolicyInForce = (date: string, jurisdiction: string) =>
  invalid('NO_POLICY_IN_FORCE', `${date} 在辖区 ${jurisdiction} 没有生效的检查政策版本。`, `No policy version is in force on ${date} in jurisdiction ${jurisdiction}.`, {
    date,
    jurisdiction,
  });

/** The version in force on a date (a validated date) in a jurisdiction; NO_POLICY_IN_FORCE before the first. */
export async function versionInForce(deps: Deps, date: string, jurisdiction: string, revision?: number): Promise<PolicyVersion> {
  const found = findInForce(await policyVersionsOf(deps, jurisdiction, revision), date);
  if (!found) throw noPolicyInForce(date, jurisdiction);
  return found;
}

export function findInForce(versions: readonly PolicyVersion[], date: string): PolicyVersion | undefined {
  return policyInForce(
    versions.map((v) => ({ effectiveFrom: v.policy.effectiveFrom, v })),
    date,
  )?.v;
}

export async function policyFor(deps: Deps, date: string, jurisdiction?: string): Promise<Policy> {
  return (await versionInForce(deps, date, jurisdiction ?? (await defaultJurisdiction(deps)))).policy;
}

export const versionView = (v: PolicyVersion) => ({
  id: v.policy.id,
  jurisdiction: v.policy.jurisdiction.code,
  effectiveFrom: v.policy.effectiveFrom,
  basis: { id: v.policy.basis.id, title: v.policy.basis.title },
  source: v.source,
  publishedAt: v.publishedAt,
  publishedBy: v.publishedBy,
});

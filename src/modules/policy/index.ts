export { policyRoutes } from './routes.ts';
export { getPolicy } from './get-policy.ts';
export { listPolicyVersions } from './list-policy-versions.ts';
export { publishPolicyVersion } from './publish-policy-version.ts';
export { bumpRevision, readRevisions, type RevisionName } from './repository.ts';
export { revisionCache, type RevisionCache } from './revision-cache.ts';
export { dateInChina } from './today.ts';
export { allPolicyVersions, defaultJurisdiction, findInForce, noPolicyInForce, policyFor, policyVersionsOf, versionInForce, type PolicyVersion } from './versions.ts';

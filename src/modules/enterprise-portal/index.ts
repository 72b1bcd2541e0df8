/** The enterprise portal (企业端): what other modules may use. */
export { enterprisePortalRoutes } from './routes.ts';
export { visitHistory, ownEnterprise } from './visit-history.ts';
export { setMergeOptOut, type MergeOptOutInput } from './set-merge-opt-out.ts';
export { mergeOptOuts } from './repository.ts';

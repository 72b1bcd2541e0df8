export { delegationRoutes } from './routes.ts';
export { delegatesFor, type ItemDelegates } from './delegates-for.ts';
export { publicDelegations } from './list-delegations.ts';
export { PublicDelegationQuery, PublicDelegationView } from './schemas.ts';

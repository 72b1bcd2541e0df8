export { enterpriseRoutes } from './routes.ts';
export { findEnterprise, searchEnterprises } from './repository.ts';

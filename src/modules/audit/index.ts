export { recordAudit, type Actor, type AuditInput } from './record.ts';
export { verifyAuditChain, type VerifyResult } from './verify.ts';
export { listAudit } from './list.ts';
export { auditRoutes } from './routes.ts';

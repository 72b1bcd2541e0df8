/** Inspection codes (检查码): what other modules may use. */
export { codeRoutes, VERIFY_RATE_LIMIT, type CodeRouteOptions } from './routes.ts';
export { codePagePath, codeQrDataUrl, codeQrSvg } from './qr.ts';
export { issueInspectionCode, currentCode, withdrawCode, tokenHash, type IssueCodeInput, type IssuedCode } from './issue-inspection-code.ts';
export { activeSigningKey, ensureSigningKey } from './ensure-signing-key.ts';
export { rotateSigningKey, type RotateInput, type RotateResult } from './rotate-signing-key.ts';
export { verifyInspectionCode, type Verification, type InspectionView } from './verify-inspection-code.ts';
export { listPublicKeys } from './list-public-keys.ts';
export { summariseLegalBasis } from '../../domain/codes/index.ts';

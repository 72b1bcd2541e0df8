/** Inspection codes (检查码): the signed token format, verification, and what each answer means. */
export { signCode, verifyCode, openCode, codeCoversVisit, tokenKeyId, type PublicKeys } from './sign.ts';
export { summariseLegalBasis } from './legal-basis.ts';
export { REASON_MESSAGES, VALID_MESSAGE } from './reasons.ts';
export { SIGNING_CONTEXT } from './layout.ts';
export {
  CODE_FORMAT_VERSION,
  CODE_LIMITS,
  CODE_REASONS,
  type CodeContent,
  type CodePayload,
  type CodeReason,
  type CodeSubjectKind,
  type OfflineReason,
  type OnlineReason,
  type VerifyOptions,
  type VerifyResult,
} from './types.ts';

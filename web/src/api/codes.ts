// Inspection codes (检查码): the public verification a phone camera opens at /v/<token>.
import { api } from './client';

export type CodeReason =
  | 'MALFORMED_OR_FORGED'
  | 'WRONG_ENTERPRISE'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'CANCELLED'
  | 'SUPERSEDED'
  | 'COMPLETED'
  | 'NOT_ACTIVE'
  | 'UNKNOWN_INSPECTION';

export const CODE_REASONS: readonly CodeReason[] = [
  'MALFORMED_OR_FORGED',
  'WRONG_ENTERPRISE',
  'NOT_YET_VALID',
  'EXPIRED',
  'CANCELLED',
  'SUPERSEDED',
  'COMPLETED',
  'NOT_ACTIVE',
  'UNKNOWN_INSPECTION',
];

export interface CodeVerification {
  valid: boolean;
  reason: CodeReason | null;
  message: string;
  checkedOn: string;
  inspection: {
    kind: 'inspection' | 'joint_visit';
    id: number;
    enterprise: { uscc: string; name: string | null };
    departments: { code: string; name: string }[];
    inspectors: { name: string; certificateNumber: string }[];
    items: { code: string; name: string }[];
    legalBasis: string;
    validFrom: string;
    validTo: string;
    issuedAt: string;
    keyId: number;
  } | null;
}

/** Public; a signed-in enterprise's own scan is recorded by the API. */
export const verifyCode = (token: string) =>
  api.get<CodeVerification>(`/codes/${encodeURIComponent(token)}`, undefined, { silent: true, allowUnauthorized: true });

/** The token in a pasted code or verify-page URL (…/v/<token>), or null. */
export function tokenFromInput(input: string): string | null {
  const text = input.trim();
  if (!text) return null;
  const match = /\/v\/([^/?#\s]+)/.exec(text);
  const raw = match ? decodeURIComponent(match[1]) : text;
  const token = raw.replace(/\s+/g, '');
  return /^[A-Za-z2-7]+$/.test(token) ? token.toUpperCase() : null;
}

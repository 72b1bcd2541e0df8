/** The inspection code (检查码): what it says, the limits of each field and the closed set of answers. */

/** Format version carried in the first byte of every token. */
export const CODE_FORMAT_VERSION = 1;

export type CodeSubjectKind = 'inspection' | 'joint_visit';

/** What an inspection code states, signed by the jurisdiction. Dates are 'YYYY-MM-DD' (Beijing dates). */
export interface CodePayload {
  version: typeof CODE_FORMAT_VERSION;
  /** The signing key's id (published at GET /api/v1/codes/keys). */
  keyId: number;
  /** The filed inspection, or the joint visit (综合查一次) it is part of. */
  subject: { kind: CodeSubjectKind; id: number };
  enterpriseUscc: string;
  departments: { code: string; name: string }[];
  inspectors: { name: string; certificateNumber: string }[];
  items: { code: string; name: string }[];
  /** A short summary of the legal basis (see summariseLegalBasis). */
  legalBasis: string;
  /** First and last day (inclusive) on which the code admits its inspectors. */
  validFrom: string;
  validTo: string;
  /** When it was signed, to the second (ISO 8601, UTC). */
  issuedAt: string;
}

/** What the issuer provides; version, key id and the rest are set when signing. */
export type CodeContent = Omit<CodePayload, 'version' | 'keyId'>;

/** Field limits, the same for the signer (which refuses more) and the reader (which rejects more). */
export const CODE_LIMITS = {
  departments: 8,
  inspectors: 16,
  items: 64,
  /** Characters (code points) per text field. */
  codeChars: 32,
  nameChars: 100,
  certificateChars: 32,
  legalBasisChars: 300,
  /** A window longer than this many days is refused (an inspection code is for one visit). */
  windowDays: 400,
  /** Decoded text section, bytes: guards inflation even of signed data. */
  textBytes: 16 * 1024,
  /** The longest token text accepted for decoding at all. */
  tokenChars: 4096,
} as const;

/** Why a code is not valid. A token that is not authentic always gets MALFORMED_OR_FORGED, however it was changed. */
export type OfflineReason = 'MALFORMED_OR_FORGED' | 'WRONG_ENTERPRISE' | 'NOT_YET_VALID' | 'EXPIRED';
/** Reasons only the online check can give (the inspection's state in the database). */
export type OnlineReason = 'CANCELLED' | 'SUPERSEDED' | 'COMPLETED' | 'NOT_ACTIVE' | 'UNKNOWN_INSPECTION';
export type CodeReason = OfflineReason | OnlineReason;

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

export type VerifyResult =
  | { valid: true; payload: CodePayload }
  /** payload: present when the token is authentic (signed by a known key) but not valid now or here. */
  | { valid: false; reason: OfflineReason; payload?: CodePayload };

export interface VerifyOptions {
  /** Today's date where the code is checked ('YYYY-MM-DD', Beijing date). */
  today: string;
  /** The signed-in enterprise's USCC: a code for any other enterprise is WRONG_ENTERPRISE. */
  enterpriseUscc?: string;
}

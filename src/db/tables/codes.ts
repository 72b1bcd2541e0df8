/** 0006: inspection codes — signing keys, issued codes, module secrets, the scan log. */
import type { Generated } from 'kysely';
import type { Timestamp } from '../schema.ts';

export type KeySealing = 'none' | 'aes-256-gcm';
export type CodeSubjectKindColumn = 'inspection' | 'joint_visit';

export interface CodeSigningKeyTable {
  id: Generated<number>;
  algorithm: Generated<'Ed25519'>;
  public_key: Uint8Array;
  private_key: Uint8Array;
  private_key_sealing: KeySealing;
  created_at: Generated<Date>;
  created_by: number | null;
  retired_at: Timestamp | null;
  verifies_until: string | null;
  revoked_at: Timestamp | null;
  revoke_reason: string | null;
}

export interface InspectionCodeTable {
  id: Generated<number>;
  subject_kind: CodeSubjectKindColumn;
  subject_id: number;
  key_id: number;
  token: string;
  token_hash: string;
  valid_from: string;
  valid_to: string;
  issued_at: Timestamp;
  issued_by: number | null;
  superseded_at: Timestamp | null;
  /** 0007: the first valid scan by a user of the enterprise the code names (查时亮码). */
  shown_at: Timestamp | null;
  shown_by: number | null;
}

export interface CodeSecretTable {
  name: string;
  value: Uint8Array;
  created_at: Generated<Date>;
}

export interface ScanLogTable {
  id: Generated<number>;
  at: Generated<Date>;
  user_id: number | null;
  client_ip_hash: string;
  token_hash: string;
  result: string;
  code_id: number | null;
}

export interface CodeTables {
  code_signing_keys: CodeSigningKeyTable;
  inspection_codes: InspectionCodeTable;
  code_secrets: CodeSecretTable;
  scan_log: ScanLogTable;
}

-- 0006: inspection codes (检查码, 查时亮码): the jurisdiction's signing keys, every code issued, and
-- every verification (scan).

-- Ed25519 signing keys. The id is the key id inside every token. New codes are signed with the one
-- active key (retired_at null); a retired key keeps verifying until the last window of the codes it
-- signed has ended (verifies_until); a revoked key (compromised) verifies nothing any more.
create table code_signing_keys (
  id serial primary key,
  algorithm text not null default 'Ed25519' check (algorithm = 'Ed25519'),
  -- The raw 32-byte public key (published at GET /api/v1/codes/keys).
  public_key bytea not null unique check (length(public_key) = 32),
  -- PKCS#8 DER, sealed with AES-256-GCM when a key-encryption secret is configured. Never leaves the
  -- server: no route, export or audit entry carries it.
  private_key bytea not null,
  private_key_sealing text not null check (private_key_sealing in ('none', 'aes-256-gcm')),
  created_at timestamptz not null default now(),
  created_by int references users(id),
  retired_at timestamptz,
  verifies_until date,
  revoked_at timestamptz,
  revoke_reason text check (revoke_reason is null or length(revoke_reason) between 1 and 1000),
  check (verifies_until is null or retired_at is not null),
  check (revoked_at is null or retired_at is not null),
  check ((revoked_at is null) = (revoke_reason is null))
);
-- At most one active key: two rotations racing cannot both win.
create unique index code_signing_keys_one_active on code_signing_keys ((true)) where retired_at is null;

-- Every code issued. The current code of an inspection or joint visit is the one not superseded;
-- an earlier one (inspectors or items changed, re-issued) answers SUPERSEDED online.
create table inspection_codes (
  id bigserial primary key,
  subject_kind text not null check (subject_kind in ('inspection', 'joint_visit')),
  -- The filing's id (inspection) or the joint visit's lead filing id.
  subject_id bigint not null,
  key_id int not null references code_signing_keys(id),
  token text not null,
  -- sha256 of the token text, hex: how a scanned token is found.
  token_hash char(64) not null unique,
  valid_from date not null,
  valid_to date not null,
  issued_at timestamptz not null,
  issued_by int references users(id),
  superseded_at timestamptz,
  check (valid_to >= valid_from)
);
create unique index inspection_codes_current on inspection_codes (subject_kind, subject_id) where superseded_at is null;
create index inspection_codes_key on inspection_codes (key_id, valid_to);

-- Server-side secrets of the code module (e.g. the key that hashes client addresses in scan_log).
create table code_secrets (
  name text primary key check (name ~ '^[a-z][a-z0-9_]{1,63}$'),
  value bytea not null check (length(value) >= 32),
  created_at timestamptz not null default now()
);

-- Every verification, valid or not: when, who (if signed in), from where (a keyed hash of the client
-- address, never the address), what was presented (hash of the text) and the answer.
create table scan_log (
  id bigserial primary key,
  at timestamptz not null default now(),
  user_id int references users(id),
  client_ip_hash char(64) not null,
  token_hash char(64) not null,
  result text not null check (result ~ '^[A-Z][A-Z_]{1,63}$'),
  -- The issued code, when the token was authentic and is on record.
  code_id bigint references inspection_codes(id)
);
create index scan_log_code on scan_log (code_id, at) where code_id is not null;
create index scan_log_at on scan_log (at);

-- 0001: the core data model. Forward-only; applied inside a transaction and recorded in
-- schema_migrations. Keys are chosen so that province scale can distribute enterprise-owned
-- tables by enterprise (Citus) later.

-- GB 32100-2015 unified social credit code: charset, layout and the check character.
create function uscc_is_valid(code text) returns boolean
language plpgsql immutable strict as $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKLMNPQRTUWXY';
  weights constant int[] := array[1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28];
  total int := 0;
  pos int;
  check_value int;
begin
  if code !~ '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$' then
    return false;
  end if;
  for i in 1..17 loop
    pos := strpos(alphabet, substr(code, i, 1)) - 1;
    total := total + pos * weights[i];
  end loop;
  check_value := (31 - total % 31) % 31;
  return substr(alphabet, check_value + 1, 1) = substr(code, 18, 1);
end;
$$;

create table jurisdictions (
  id serial primary key,
  code text not null unique check (code ~ '^[a-z][a-z0-9-]{1,31}$'),
  name text not null check (length(name) between 1 and 100),
  division_code char(6) not null check (division_code ~ '^[0-9]{6}$'),
  policy_version text not null,
  created_at timestamptz not null default now()
);

create table towns (
  id serial primary key,
  jurisdiction_id int not null references jurisdictions(id),
  code text not null check (code ~ '^[a-z0-9-]{1,32}$'),
  name text not null check (length(name) between 1 and 50),
  unique (jurisdiction_id, code),
  unique (jurisdiction_id, name)
);

create table departments (
  id serial primary key,
  jurisdiction_id int not null references jurisdictions(id),
  code text not null check (code ~ '^[a-z][a-z0-9-]{1,31}$'),
  name text not null check (length(name) between 1 and 100),
  head_name text,
  created_at timestamptz not null default now(),
  unique (jurisdiction_id, code),
  unique (jurisdiction_id, name)
);

create table enterprises (
  id bigserial primary key,
  jurisdiction_id int not null references jurisdictions(id),
  uscc char(18) not null unique check (uscc_is_valid(uscc)),
  name text not null check (length(name) between 1 and 200),
  industry text not null check (length(industry) between 1 and 50),
  town_id int references towns(id),
  address text,
  legal_representative text,
  above_scale boolean not null default false,
  key_enterprise boolean not null default false,
  grade char(1) check (grade in ('A', 'B', 'C', 'D')),
  grade_year int check (grade_year between 2000 and 2100),
  created_at timestamptz not null default now(),
  check ((grade is null) = (grade_year is null))
);
create index enterprises_town_grade on enterprises (jurisdiction_id, town_id, grade);
create index enterprises_name on enterprises (name text_pattern_ops);

create table inspection_items (
  id serial primary key,
  department_id int not null references departments(id),
  code text not null check (code ~ '^[a-z0-9][a-z0-9-]{0,39}$'),
  name text not null check (length(name) between 1 and 200),
  legal_basis text not null check (length(legal_basis) between 1 and 2000),
  modes text[] not null check (cardinality(modes) between 1 and 2 and modes <@ array['onsite', 'offsite']),
  delegable boolean not null default false,
  checklist jsonb not null default '[]' check (jsonb_typeof(checklist) = 'array'),
  version int not null default 1 check (version >= 1),
  status text not null default 'active' check (status in ('active', 'retired')),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (department_id, code)
);

-- Every version of an item's checklist stays: an inspection freezes the version in force.
create table inspection_item_versions (
  item_id int not null references inspection_items(id),
  version int not null check (version >= 1),
  name text not null,
  legal_basis text not null,
  modes text[] not null,
  delegable boolean not null,
  checklist jsonb not null,
  created_at timestamptz not null default now(),
  primary key (item_id, version)
);

create table users (
  id serial primary key,
  username text not null unique check (username ~ '^[A-Za-z0-9][A-Za-z0-9._-]{1,63}$'),
  display_name text not null check (length(display_name) between 1 and 100),
  role text not null check (role in ('coordinator', 'dept_admin', 'dept_head', 'inspector', 'enterprise', 'supervisor', 'county_office')),
  department_id int references departments(id),
  enterprise_id bigint references enterprises(id),
  password_hash text,
  disabled boolean not null default false,
  failed_logins int not null default 0 check (failed_logins >= 0),
  locked_until timestamptz,
  created_at timestamptz not null default now(),
  check ((role in ('dept_admin', 'dept_head', 'inspector')) = (department_id is not null)),
  check ((role = 'enterprise') = (enterprise_id is not null))
);

create table inspector_certificates (
  id serial primary key,
  user_id int not null references users(id),
  number text not null unique check (length(number) between 4 and 40),
  issued_on date not null,
  valid_until date not null,
  check (valid_until >= issued_on)
);
create index inspector_certificates_user on inspector_certificates (user_id);

create table training_records (
  id serial primary key,
  user_id int not null references users(id),
  course text not null check (length(course) between 1 and 200),
  completed_on date not null,
  hours numeric(5, 1) not null check (hours > 0),
  valid_until date,
  check (valid_until is null or valid_until >= completed_on)
);
create index training_records_user on training_records (user_id);

-- Server-side sessions: the cookie carries a random token; only its SHA-256 is stored.
create table sessions (
  id char(64) primary key,
  user_id int not null references users(id),
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  last_seen_at timestamptz not null default now()
);
create index sessions_user on sessions (user_id);

-- API keys for other systems: stored hashed, shown once, revocable.
create table api_keys (
  id serial primary key,
  user_id int not null references users(id),
  name text not null check (length(name) between 1 and 100),
  prefix char(8) not null,
  key_hash char(64) not null unique,
  created_by int references users(id),
  created_at timestamptz not null default now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);

-- Append-only audit trail; each entry carries the hash of the one before it.
create table audit_log (
  id bigserial primary key,
  at timestamptz not null,
  actor_user_id int references users(id),
  actor_label text not null,
  action text not null check (length(action) between 1 and 64),
  entity text not null check (length(entity) between 1 and 64),
  entity_id text,
  before jsonb,
  after jsonb,
  prev_hash char(64) not null,
  hash char(64) not null unique
);
create index audit_log_entity on audit_log (entity, entity_id);

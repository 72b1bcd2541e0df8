-- 0002: the working-day calendar's administrator data and published jurisdiction policy versions.
-- Official holidays come from the chinese-days package; these tables hold what it lacks or what a
-- county changes locally. Built-in policy versions (yunhe-2025) live in the code; a coordinator's
-- later versions live here and are never changed once published.

-- One row per day whose kind an administrator sets: wins over the official data for that date.
create table calendar_overrides (
  id serial primary key,
  date date not null unique check (date between '2000-01-01' and '2100-12-31'),
  kind text not null check (kind in ('holiday', 'workday')),
  name text check (name is null or length(name) between 1 and 50),
  created_by int references users(id),
  created_at timestamptz not null default now()
);

-- A year is provisional (weekdays only, a guess) unless the official data covers it or an
-- administrator has entered the State Council's whole arrangement and marked it published.
create table calendar_years (
  year int primary key check (year between 2000 and 2100),
  arrangement_published boolean not null default false,
  source text check (source is null or length(source) between 1 and 200),
  updated_by int references users(id),
  updated_at timestamptz not null default now()
);

create table policy_versions (
  id serial primary key,
  -- The jurisdiction's administrative division code (policy.jurisdiction.code), e.g. 331125.
  jurisdiction text not null check (jurisdiction ~ '^[0-9A-Za-z-]{1,32}$'),
  -- The version code (policy.id), e.g. yunhe-2026; never reused.
  code text not null unique check (length(code) between 1 and 64),
  effective_from date not null,
  params jsonb not null check (jsonb_typeof(params) = 'object'),
  published_by int references users(id),
  published_at timestamptz not null default now()
);
create index policy_versions_jurisdiction on policy_versions (jurisdiction, effective_from);

-- A counter per kind of reference data, bumped in the transaction that changes it: every process
-- compares it with the revision of what it has cached and rebuilds when it moved.
create table reference_revisions (
  name text primary key check (name in ('calendar', 'policy')),
  revision bigint not null default 0 check (revision >= 0)
);
insert into reference_revisions (name, revision) values ('calendar', 0), ('policy', 0);

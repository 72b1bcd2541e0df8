-- 0007: the enterprise's side of a visit: the code shown at the door (the enterprise's own valid
-- scan), the enterprise's request not to be merged into joint visits, and its rating of each
-- completed visit (anonymous to the department rated).

-- 查时亮码: the first valid scan of a code by a signed-in user of the enterprise it names. A visit
-- completed with no shown code of its inspection is flagged (CODE_NOT_SHOWN) to the coordinator
-- and supervisors. Only the verify route sets these columns; no department route can.
alter table inspection_codes add column shown_at timestamptz;
alter table inspection_codes add column shown_by int references users(id);
alter table inspection_codes add constraint inspection_codes_shown_by check ((shown_at is null) = (shown_by is null));
create index inspection_codes_shown on inspection_codes (subject_kind, subject_id) where shown_at is not null;

-- An enterprise may ask not to be merged into joint visits (R11 mergeOptOut). One row per enterprise,
-- its current wish; every change is in the audit log.
create table merge_opt_outs (
  enterprise_id bigint primary key references enterprises(id),
  opt_out boolean not null,
  reason text check (reason is null or length(reason) between 1 and 500),
  set_at timestamptz not null default now(),
  set_by int not null references users(id),
  check (not opt_out or reason is not null)
);

-- 事后评价: one rating per completed on-site visit (filing), by the enterprise visited. The rated
-- department never reads this table's rows: it gets aggregates over closed months, in whole blocks
-- of a minimum group size (src/modules/ratings/anonymity.ts).
create table visit_ratings (
  id bigserial primary key,
  filing_id bigint not null unique references filings(id),
  enterprise_id bigint not null references enterprises(id),
  department_id int not null references departments(id),
  score smallint not null check (score between 1 and 5),
  comment text check (comment is null or length(comment) between 1 and 500),
  rated_by int not null references users(id),
  rated_at timestamptz not null default now()
);
create index visit_ratings_department on visit_ratings (department_id, rated_at, id);
create index visit_ratings_rated_at on visit_ratings (rated_at, id);

-- 0004: the filing lifecycle (备案 → 主要负责人审批 → 县综合执法办审核 → 预告 → 检查记录), off-site checks
-- (非现场检查) and official visits (调研 / 领导干部入企公务报备).

create table filings (
  id bigserial primary key,
  department_id int not null references departments(id),
  enterprise_id bigint not null references enterprises(id),
  kind text not null check (kind in ('random', 'targeted', 'campaign')),
  -- planned: from the published plan; triggered: complaint, case or another exception case (filed and
  -- approved before); emergency: inspected first, registered before leaving or late after an outage.
  path text not null check (path in ('planned', 'triggered', 'emergency')),
  mode text not null check (mode in ('onsite', 'offsite')),
  planned_date date not null,
  window_end date,
  exception_case text check (exception_case is null or exception_case ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  exception_reason text check (exception_reason is null or length(exception_reason) between 1 and 2000),
  campaign_basis text check (campaign_basis is null or length(campaign_basis) between 1 and 2000),
  plan_task_id int references plan_tasks(id),
  onsite_reason text check (onsite_reason is null or length(onsite_reason) between 1 and 2000),
  national_rule_basis text check (national_rule_basis is null or length(national_rule_basis) between 1 and 2000),
  -- Joining another filing's visit makes a joint visit (综合查一次): it counts once for the enterprise.
  joins_filing_id bigint references filings(id),
  state text not null default 'draft' check (state in (
    'draft', 'submitted', 'head_approved', 'accepted', 'returned', 'merge_required', 'notified', 'in_progress', 'completed', 'cancelled')),
  -- Warnings' written justifications, by finding code: { code: { text, by, at } }.
  justifications jsonb not null default '{}' check (jsonb_typeof(justifications) = 'object'),
  -- The last rule check: { at, step, verdict, findings, earliestDate, provisional }.
  check_result jsonb,
  created_by int references users(id),
  created_at timestamptz not null default now(),
  submitted_at timestamptz,
  submitted_by int references users(id),
  head_approved_at timestamptz,
  head_approved_by int references users(id),
  reviewed_at timestamptz,
  reviewed_by int references users(id),
  review_comment text check (review_comment is null or length(review_comment) <= 2000),
  -- Emergency path: when the inspection began, when it was registered, why late (after an outage).
  started_at timestamptz,
  registered_at timestamptz,
  late_reason text check (late_reason is null or length(late_reason) between 1 and 2000),
  cancelled_at timestamptz,
  cancel_reason text check (cancel_reason is null or length(cancel_reason) between 1 and 2000),
  completed_at timestamptz,
  updated_at timestamptz not null default now(),
  check (window_end is null or window_end >= planned_date),
  check (path = 'planned' or (exception_case is not null and exception_reason is not null)),
  check (path <> 'planned' or exception_case is null),
  check (kind <> 'campaign' or campaign_basis is not null or plan_task_id is not null),
  check (path <> 'emergency' or started_at is not null),
  check (joins_filing_id is null or joins_filing_id <> id)
);
create index filings_department on filings (department_id, planned_date);
create index filings_enterprise on filings (enterprise_id, planned_date);
create index filings_state on filings (state, planned_date);

create table filing_items (
  filing_id bigint not null references filings(id) on delete cascade,
  item_id int not null references inspection_items(id),
  -- The checklist version in force, frozen when the head approves (or the emergency is registered).
  item_version int,
  -- R12: the department carrying out the item on the owner's behalf (null: the owner itself).
  delegate_department_id int references departments(id),
  -- The frozen version's checklist is read from inspection_item_versions where it exists.
  primary key (filing_id, item_id)
);

create table filing_inspectors (
  filing_id bigint not null references filings(id) on delete cascade,
  user_id int not null references users(id),
  -- Snapshot at assignment, so the notice and the record show what was checked.
  certificate_number text,
  certificate_valid_until date,
  primary key (filing_id, user_id)
);

-- Every deadline of the chain, with the policy's default outcome once it passes (applyDeadlines).
create table filing_deadlines (
  id bigserial primary key,
  filing_id bigint not null references filings(id) on delete cascade,
  code text not null check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  due_on date not null,
  met_at timestamptz,
  outcome text check (outcome is null or outcome ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  outcome_at timestamptz,
  unique (filing_id, code)
);
create index filing_deadlines_open on filing_deadlines (due_on) where met_at is null and outcome is null;

-- Flags for the coordinator and supervisors (not shown to the department concerned).
create table filing_flags (
  id bigserial primary key,
  filing_id bigint not null references filings(id) on delete cascade,
  code text not null check (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  raised_at timestamptz not null default now(),
  note text,
  unique (filing_id, code)
);

-- 预告: the advance notice to the enterprise.
create table notices (
  id bigserial primary key,
  filing_id bigint not null unique references filings(id) on delete cascade,
  enterprise_id bigint not null references enterprises(id),
  issued_on date not null,
  content jsonb not null check (jsonb_typeof(content) = 'object'),
  acknowledged_at timestamptz,
  acknowledged_by int references users(id),
  -- The enterprise may ask an inspector to withdraw for conflict of interest (回避).
  recusal_request text check (recusal_request is null or length(recusal_request) between 1 and 2000),
  deemed_delivered_at timestamptz,
  created_at timestamptz not null default now()
);
create index notices_enterprise on notices (enterprise_id, issued_on);

-- The inspection record (全过程记录).
create table inspection_records (
  filing_id bigint primary key references filings(id) on delete cascade,
  arrived_at timestamptz not null,
  arrived_by int not null references users(id),
  code_shown boolean not null,
  answers jsonb not null default '[]' check (jsonb_typeof(answers) = 'array'),
  outcome text check (outcome in ('none', 'problems', 'violation')),
  problems jsonb not null default '[]' check (jsonb_typeof(problems) = 'array'),
  rectification_due date,
  case_reference text check (case_reference is null or length(case_reference) between 1 and 200),
  summary text check (summary is null or length(summary) <= 4000),
  completed_at timestamptz,
  completed_by int references users(id),
  check (outcome is distinct from 'problems' or rectification_due is not null),
  check (outcome is distinct from 'violation' or case_reference is not null)
);

-- 非现场检查: data comparison, sensors (IoT) or written review. A pass holds back on-site inspection
-- of the same items for the policy's period (R8).
create table offsite_checks (
  id bigserial primary key,
  department_id int not null references departments(id),
  enterprise_id bigint not null references enterprises(id),
  source text not null check (source in ('data', 'sensor', 'written')),
  checked_on date not null,
  result text not null check (result in ('pass', 'violation')),
  summary text not null check (length(summary) between 1 and 2000),
  filing_id bigint references filings(id),
  created_by int references users(id),
  created_at timestamptz not null default now()
);
create index offsite_checks_enterprise on offsite_checks (enterprise_id, checked_on);

create table offsite_check_items (
  check_id bigint not null references offsite_checks(id) on delete cascade,
  item_id int not null references inspection_items(id),
  primary key (check_id, item_id)
);

-- 调研 and 领导干部入企公务: reported to the county offices ahead; quiet periods apply; counted by type.
create table official_visits (
  id bigserial primary key,
  enterprise_id bigint not null references enterprises(id),
  type text not null check (type in ('research', 'leader')),
  department_id int references departments(id),
  organiser text not null check (length(organiser) between 1 and 200),
  leader_name text check (leader_name is null or length(leader_name) between 1 and 100),
  visit_date date not null,
  reported_on date not null,
  purpose text not null check (length(purpose) between 1 and 2000),
  business_relation text not null check (length(business_relation) between 1 and 2000),
  state text not null default 'reported' check (state in ('reported', 'cancelled')),
  check_result jsonb,
  justifications jsonb not null default '{}' check (jsonb_typeof(justifications) = 'object'),
  created_by int references users(id),
  created_at timestamptz not null default now(),
  cancelled_at timestamptz,
  check (reported_on <= visit_date)
);
create index official_visits_enterprise on official_visits (enterprise_id, visit_date);

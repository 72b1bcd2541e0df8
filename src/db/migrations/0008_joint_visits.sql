-- 0008: 综合查一次 — merge proposals (the scheduler's suggestions, confirmed or rejected by the
-- coordinator with a reason) and joint visits. A joint visit is a lead filing plus the filings whose
-- joins_filing_id is the lead's id (0004); a joint_visits row is optional metadata about it, keyed
-- by the lead filing (visits formed when a department joins at filing time have none).

-- One run of the scheduler over a period: what it was asked and what it answered in sum.
create table merge_proposal_runs (
  id bigserial primary key,
  period_from date not null,
  period_to date not null,
  -- The planning day (notices go out from it).
  run_on date not null,
  run_by int not null references users(id),
  run_at timestamptz not null default now(),
  stats jsonb not null check (jsonb_typeof(stats) = 'object'),
  -- Filings the scheduler left out: [{ filing, reason, message: { zh, en } }].
  unscheduled jsonb not null default '[]' check (jsonb_typeof(unscheduled) = 'array'),
  check (period_to >= period_from)
);

create table merge_proposals (
  id bigserial primary key,
  run_id bigint not null references merge_proposal_runs(id),
  enterprise_id bigint not null references enterprises(id),
  proposed_date date not null,
  lead_department_id int not null references departments(id),
  state text not null default 'proposed' check (state in ('proposed', 'accepted', 'rejected', 'expired')),
  -- MERGE_CONFIRMATION: confirm by this day, else the policy's default outcome (NOT_MERGED).
  due_on date,
  created_at timestamptz not null default now(),
  decided_at timestamptz,
  decided_by int references users(id),
  decision_reason text check (decision_reason is null or length(decision_reason) between 1 and 2000),
  check ((state = 'proposed') = (decided_at is null))
);
create index merge_proposals_state on merge_proposals (state, proposed_date);
create index merge_proposals_enterprise on merge_proposals (enterprise_id, proposed_date);

create table merge_proposal_filings (
  proposal_id bigint not null references merge_proposals(id) on delete cascade,
  filing_id bigint not null references filings(id),
  -- The department that carries the filing out in the visit (its own, or a delegate).
  by_department_id int not null references departments(id),
  -- Taken out of the visit when the coordinator accepted the proposal.
  removed boolean not null default false,
  primary key (proposal_id, filing_id)
);
create index merge_proposal_filings_filing on merge_proposal_filings (filing_id);

create table joint_visits (
  id bigserial primary key,
  enterprise_id bigint not null references enterprises(id),
  visit_date date not null,
  lead_filing_id bigint not null unique references filings(id),
  lead_department_id int not null references departments(id),
  proposal_id bigint unique references merge_proposals(id),
  accepted_by int not null references users(id),
  accepted_at timestamptz not null default now(),
  reason text not null check (length(reason) between 1 and 2000),
  state text not null default 'active' check (state in ('active', 'cancelled'))
);
create index joint_visits_enterprise on joint_visits (enterprise_id, visit_date);

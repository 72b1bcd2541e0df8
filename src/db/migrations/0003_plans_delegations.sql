-- 0003: annual inspection plans (年度入企检查计划) with revisions, and the delegable-item library
-- (委托检查事项清单库).

create table annual_plans (
  id serial primary key,
  department_id int not null references departments(id),
  year int not null check (year between 2000 and 2100),
  revision int not null default 1 check (revision >= 1),
  status text not null default 'draft'
    check (status in ('draft', 'submitted', 'returned', 'accepted', 'published', 'superseded')),
  -- A revision after publication states why (issue 4: "a new, audited, published revision with its reason").
  revision_reason text check (revision_reason is null or length(revision_reason) between 1 and 2000),
  review_comment text check (review_comment is null or length(review_comment) <= 2000),
  created_by int references users(id),
  created_at timestamptz not null default now(),
  submitted_at timestamptz,
  reviewed_by int references users(id),
  reviewed_at timestamptz,
  published_at timestamptz,
  unique (department_id, year, revision),
  check (revision = 1 or revision_reason is not null)
);
-- One published plan per department and year; older revisions become 'superseded'.
create unique index annual_plans_one_published on annual_plans (department_id, year) where status = 'published';

create table plan_tasks (
  id serial primary key,
  plan_id int not null references annual_plans(id) on delete cascade,
  kind text not null check (kind in ('random', 'targeted', 'campaign')),
  title text not null check (length(title) between 1 and 200),
  months int[] not null check (cardinality(months) between 1 and 12 and months <@ array[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]),
  -- random: the sampling rule (e.g. 双随机 from the enterprise register by industry); targeted: why these enterprises
  target_rule text check (target_rule is null or length(target_rule) <= 2000),
  target_count int check (target_count is null or target_count > 0),
  -- campaign (专项检查): the superior deployment or document it rests on
  basis text check (basis is null or length(basis) <= 2000),
  check (kind <> 'campaign' or basis is not null)
);
create index plan_tasks_plan on plan_tasks (plan_id);

create table plan_task_items (
  task_id int not null references plan_tasks(id) on delete cascade,
  item_id int not null references inspection_items(id),
  primary key (task_id, item_id)
);

create table plan_task_enterprises (
  task_id int not null references plan_tasks(id) on delete cascade,
  enterprise_id bigint not null references enterprises(id),
  primary key (task_id, enterprise_id)
);

-- The delegable-item library: which department may inspect which simple item on the owner's behalf.
create table delegations (
  id serial primary key,
  item_id int not null references inspection_items(id),
  delegate_department_id int not null references departments(id),
  valid_from date not null,
  valid_until date,
  status text not null default 'active' check (status in ('active', 'withdrawn')),
  note text check (note is null or length(note) <= 1000),
  created_by int references users(id),
  created_at timestamptz not null default now(),
  check (valid_until is null or valid_until >= valid_from)
);
create unique index delegations_one_active on delegations (item_id, delegate_department_id) where status = 'active';

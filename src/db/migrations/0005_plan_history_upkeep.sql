-- 0005: the history of each annual plan (every step with who, when and the comment or reason), the
-- retirement and reactivation of catalog items, and the withdrawal of delegations.

create table plan_events (
  id bigserial primary key,
  plan_id int not null references annual_plans(id) on delete cascade,
  action text not null check (action in ('create', 'update', 'submit', 'comment', 'return', 'accept', 'publish', 'supersede')),
  from_status text,
  to_status text not null,
  comment text check (comment is null or length(comment) between 1 and 2000),
  by_user int references users(id),
  at timestamptz not null default now()
);
create index plan_events_plan on plan_events (plan_id, id);

-- Item catalogs are kept alive (54号): an item is retired or reactivated with a reason; the history stays.
create table item_status_changes (
  id bigserial primary key,
  item_id int not null references inspection_items(id),
  status text not null check (status in ('active', 'retired')),
  reason text not null check (length(reason) between 1 and 1000),
  by_user int references users(id),
  at timestamptz not null default now()
);
create index item_status_changes_item on item_status_changes (item_id, id);

-- A withdrawn delegation stays in the library's record, with when, by whom and why.
alter table delegations add column withdrawn_at timestamptz;
alter table delegations add column withdrawn_by int references users(id);
alter table delegations add column withdrawal_reason text check (withdrawal_reason is null or length(withdrawal_reason) between 1 and 1000);
alter table delegations add constraint delegations_withdrawal check ((status = 'withdrawn') = (withdrawn_at is not null));
create index delegations_item on delegations (item_id) where status = 'active';

-- 0009: alerts (预警) for the coordinator and supervisors. Alerts themselves are computed from the
-- filings on demand (src/modules/alerts); only the coordinator's handling of one is stored.

create table alert_acknowledgements (
  -- A stable key, e.g. MULTI_DEPARTMENT:<uscc>:<first date> (src/modules/alerts/repository.ts).
  alert_key text primary key check (alert_key ~ '^[A-Z][A-Z0-9_]{1,63}:[0-9A-Za-z:_.-]{1,200}$'),
  kind text not null check (kind ~ '^[A-Z][A-Z0-9_]{1,63}$'),
  enterprise_id bigint not null references enterprises(id),
  acknowledged_by int not null references users(id),
  acknowledged_at timestamptz not null default now(),
  note text not null check (length(note) between 1 and 2000)
);
create index alert_acknowledgements_enterprise on alert_acknowledgements (enterprise_id);

-- The on-site visits the alerts count (set-based, per enterprise and date).
create index filings_onsite_visits on filings (enterprise_id, planned_date)
  where mode = 'onsite' and state not in ('draft', 'cancelled');
-- Missed deadlines, with or without the default outcome applied.
create index filing_deadlines_unmet on filing_deadlines (due_on) where met_at is null;

-- 0010: indexes for the KPI dashboard's statements (src/modules/kpi/repository.ts) at province scale.
-- The filings that join a lead's visit, by lead (also the joint-visit screens' member look-ups).
create index filings_joins on filings (joins_filing_id) where joins_filing_id is not null;
-- The filings with a delegated item (a visit with one is joint): a small index instead of reading every item.
create index filing_items_delegated on filing_items (filing_id) where delegate_department_id is not null;

/** 0002: the working-day calendar's administrator data, published policy versions, reference revisions. */
import type { Generated } from 'kysely';
import type { Json } from '../schema.ts';

export interface CalendarOverrideTable {
  id: Generated<number>;
  date: string;
  kind: 'holiday' | 'workday';
  name: string | null;
  created_by: number | null;
  created_at: Generated<Date>;
}

export interface CalendarYearTable {
  year: number;
  arrangement_published: Generated<boolean>;
  source: string | null;
  updated_by: number | null;
  updated_at: Generated<Date>;
}

export interface PolicyVersionTable {
  id: Generated<number>;
  jurisdiction: string;
  code: string;
  effective_from: string;
  params: Json<Record<string, unknown>>;
  published_by: number | null;
  published_at: Generated<Date>;
}

export interface ReferenceRevisionTable {
  name: 'calendar' | 'policy';
  revision: Generated<number>;
}

export interface PolicyTables {
  calendar_overrides: CalendarOverrideTable;
  calendar_years: CalendarYearTable;
  policy_versions: PolicyVersionTable;
  reference_revisions: ReferenceRevisionTable;
}

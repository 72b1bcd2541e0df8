/** 0009: the coordinator's handling of an alert (预警); the alerts themselves are computed. */
import type { Generated } from 'kysely';

export interface AlertAcknowledgementTable {
  alert_key: string;
  kind: string;
  enterprise_id: number;
  acknowledged_by: number;
  acknowledged_at: Generated<Date>;
  note: string;
}

export interface AlertTables {
  alert_acknowledgements: AlertAcknowledgementTable;
}

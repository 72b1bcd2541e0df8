/** 0005: the retirement and reactivation history of catalog items (检查事项清单动态调整). */
import type { Generated } from 'kysely';

export interface ItemStatusChangeTable {
  id: Generated<number>;
  item_id: number;
  status: 'active' | 'retired';
  reason: string;
  by_user: number | null;
  at: Generated<Date>;
}

export interface CatalogTables {
  item_status_changes: ItemStatusChangeTable;
}

/** Reactivating a retired catalog item: it is published and usable again; its unused time restarts. */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { changeItemStatus } from './item-status.ts';

export const reactivateItem = (deps: Deps, by: Principal, departmentCode: string, itemCode: string, input: { reason: string }) =>
  changeItemStatus(deps, by, departmentCode, itemCode, input.reason, 'active');

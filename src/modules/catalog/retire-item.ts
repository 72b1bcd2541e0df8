/**
 * Retiring a catalog item (e.g. unused for the policy's years, or its legal basis repealed). A retired
 * item leaves the published catalog and cannot be used in new plans or filings; its versions stay.
 */
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { changeItemStatus } from './item-status.ts';

export const retireItem = (deps: Deps, by: Principal, departmentCode: string, itemCode: string, input: { reason: string }) =>
  changeItemStatus(deps, by, departmentCode, itemCode, input.reason, 'retired');

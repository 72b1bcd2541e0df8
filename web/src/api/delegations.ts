// The delegable-item library (委托检查事项清单库): which department may inspect which simple item on whose behalf.
import { api } from './client';

export interface Delegation {
  id: number;
  item: { code: string; name: string; legalBasis: string };
  owner: { code: string; name: string };
  delegate: { code: string; name: string };
  validFrom: string;
  validUntil: string | null;
  status: 'active' | 'withdrawn';
  note: string | null;
  createdAt: string;
  withdrawnAt: string | null;
  withdrawalReason: string | null;
}

export interface DelegationQuery {
  status?: 'active' | 'withdrawn' | 'all';
  department?: string;
  delegate?: string;
  limit: number;
  offset: number;
}

export interface DelegationInput {
  department: string;
  item: string;
  delegate: string;
  validFrom: string;
  validUntil?: string;
  note?: string;
}

const quiet = { silent: true } as const;

export const listDelegations = (query: DelegationQuery) => api.get<{ items: Delegation[]; total: number }>('/delegations', { ...query }, quiet);
export const addDelegation = (body: DelegationInput) => api.post<Delegation>('/delegations', body, quiet);
export const withdrawDelegation = (id: number, reason: string) => api.post<Delegation>(`/delegations/${id}/withdraw`, { reason }, quiet);

export type PublicDelegation = Omit<Delegation, 'id' | 'status' | 'createdAt' | 'withdrawnAt' | 'withdrawalReason'>;
export const listPublicDelegations = (query: { department?: string; delegate?: string; limit: number; offset: number }) =>
  api.get<{ items: PublicDelegation[]; total: number }>('/public/delegable-items', { ...query }, quiet);

export interface OffsiteItem {
  code: string;
  name: string;
  legalBasis: string;
  modes: ('onsite' | 'offsite')[];
  delegable: boolean;
  department: { code: string; name: string };
}
/** The departments' published off-site item lists (非现场检查事项清单). */
export const listPublicOffsiteItems = (query: { q?: string; department?: string; limit: number; offset: number }) =>
  api.get<{ items: OffsiteItem[]; total: number }>('/public/offsite-items', { ...query }, quiet);

import type { DelegationRow } from './repository.ts';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export const delegationView = (r: DelegationRow) => ({
  id: r.id,
  item: { code: r.item_code, name: r.item_name, legalBasis: r.item_legal_basis },
  owner: { code: r.owner_code, name: r.owner_name },
  delegate: { code: r.delegate_code, name: r.delegate_name },
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  status: r.status,
  note: r.note,
  createdAt: iso(r.created_at)!,
  withdrawnAt: iso(r.withdrawn_at),
  withdrawalReason: r.withdrawal_reason,
});

export const publicDelegationView = (r: DelegationRow) => ({
  item: { code: r.item_code, name: r.item_name, legalBasis: r.item_legal_basis },
  owner: { code: r.owner_code, name: r.owner_name },
  delegate: { code: r.delegate_code, name: r.delegate_name },
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  note: r.note,
});

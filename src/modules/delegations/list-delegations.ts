/** The library as staff see it (with withdrawn entries) and as the public sees it (entries in force or coming). */
import { departmentByCode } from '../catalog/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { findDelegation, listDelegations as listRows } from './repository.ts';
import { delegationNotFound } from './rules.ts';
import { delegationView, publicDelegationView } from './views.ts';

interface Query {
  department?: string;
  delegate?: string;
  q?: string;
  limit: number;
  offset: number;
}

const departmentIds = async (deps: Deps, q: Query) => ({
  ownerId: q.department ? (await departmentByCode(deps, q.department)).id : undefined,
  delegateId: q.delegate ? (await departmentByCode(deps, q.delegate)).id : undefined,
});

export async function listDelegations(deps: Deps, q: Query & { status?: 'active' | 'withdrawn' | 'all' }) {
  const { rows, total } = await listRows(deps.db, { ...q, ...(await departmentIds(deps, q)) });
  return { items: rows.map(delegationView), total };
}

export async function getDelegation(deps: Deps, id: number) {
  const row = await findDelegation(deps.db, id);
  if (!row) throw delegationNotFound(id);
  return delegationView(row);
}

export async function publicDelegations(deps: Deps, q: Query) {
  const { rows, total } = await listRows(deps.db, { ...q, ...(await departmentIds(deps, q)), status: 'active', currentOn: todayOf(deps) });
  return { items: rows.map(publicDelegationView), total };
}

import type { Database } from '../../db/connection.ts';

/** The role accounts the login page lists in demo mode: one of each kind, plus the first enterprise users. */
export async function demoAccountList(db: Database) {
  const users = await db
    .selectFrom('users')
    .select(['username', 'role', 'display_name'])
    .where('password_hash', 'is not', null)
    .orderBy('id')
    .execute();
  const picked: typeof users = [];
  const perRole = new Map<string, number>();
  const limits: Record<string, number> = { coordinator: 1, supervisor: 1, county_office: 1, dept_admin: 3, dept_head: 2, inspector: 2, enterprise: 3 };
  for (const u of users) {
    const n = perRole.get(u.role) ?? 0;
    if (n >= (limits[u.role] ?? 1)) continue;
    perRole.set(u.role, n + 1);
    picked.push(u);
  }
  return picked.map((u) => ({ username: u.username, role: u.role, label: u.display_name }));
}

import type { Database } from '../../db/connection.ts';

export interface AuditQuery {
  limit: number;
  offset: number;
  entity?: string;
  actor?: string;
}

export async function listAudit(db: Database, q: AuditQuery) {
  let base = db.selectFrom('audit_log as a').leftJoin('users as u', 'u.id', 'a.actor_user_id');
  if (q.entity) base = base.where('a.entity', '=', q.entity);
  if (q.actor) base = base.where('a.actor_label', '=', q.actor);
  const [rows, count] = await Promise.all([
    base
      .select(['a.id', 'a.at', 'a.actor_label', 'u.username', 'u.display_name', 'a.action', 'a.entity', 'a.entity_id', 'a.before', 'a.after'])
      .orderBy('a.id', 'desc')
      .limit(q.limit)
      .offset(q.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('total')).executeTakeFirstOrThrow(),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      actor: r.username ? { username: r.username, displayName: r.display_name ?? r.username } : null,
      actorLabel: r.actor_label,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    })),
    total: Number(count.total),
  };
}

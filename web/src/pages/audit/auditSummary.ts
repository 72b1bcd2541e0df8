import type { AuditEntry, JsonObject } from '../../api/types';
import type { Translate } from '../../i18n';

/** The top-level fields whose values differ between before and after. */
export function changedFields(before: JsonObject | null, after: JsonObject | null): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys].filter((key) => JSON.stringify(before?.[key]) !== JSON.stringify(after?.[key]));
}

/** One line saying what the entry changed, derived from before/after only. */
export function summarize(entry: AuditEntry, t: Translate): string {
  if (!entry.before && !entry.after) return t('common.none');
  if (!entry.before && entry.after) return t('audit.created');
  if (entry.before && !entry.after) return t('audit.deleted');
  const fields = changedFields(entry.before, entry.after);
  if (fields.length === 0) return t('audit.noChange');
  const shown = fields.slice(0, 5).join(', ');
  return t('audit.changed', { fields: fields.length > 5 ? `${shown} …` : shown });
}

/** The combined checklist (一表通查) of a filing: the union of its items' frozen checklists, without repeats. */
import type { ChecklistQuestion } from '../../db/schema.ts';

export interface CombinedQuestion {
  key: string;
  text: string;
  items: string[];
}

export function combinedChecklist(items: readonly { code: string; checklist: unknown }[]): CombinedQuestion[] {
  const byText = new Map<string, CombinedQuestion>();
  for (const item of items) {
    for (const q of (item.checklist ?? []) as ChecklistQuestion[]) {
      const norm = q.text.replace(/\s+/g, '').replace(/[？?。.]$/, '');
      const found = byText.get(norm);
      if (found) found.items.push(item.code);
      else byText.set(norm, { key: `${item.code}.${q.id}`, text: q.text, items: [item.code] });
    }
  }
  return [...byText.values()];
}

/**
 * 非现场检查占比: off-site checks over all inspections (on-site inspection tasks that happened plus
 * off-site checks). The goal: rising every year.
 */
import { share, type KpiRows } from './figures.ts';
import { yearRow } from './joint-rate.ts';

export interface OffsiteShare {
  offsite: number;
  onsite: number;
  share: number | null;
}

export function offsiteShare(rows: KpiRows, year: number): OffsiteShare {
  const offsite = rows.offsite.find((r) => r.level === 'year' && r.year === year)?.offsite ?? 0;
  const onsite = yearRow(rows, year, 'done').tasks;
  return { offsite, onsite, share: share(offsite, offsite + onsite) };
}

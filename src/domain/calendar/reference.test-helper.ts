/**
 * A plain day-by-day reference for the working-day calendar, built straight from the raw
 * chinese-days data and the platform Date: the property tests compare the indexed calendar with it.
 */
import raw from 'chinese-days/dist/chinese-days.json' with { type: 'json' };
import type { CalendarOverride } from './build.ts';

const DAY = 86_400_000;
const toMs = (d: string) => Date.parse(`${d}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export class Reference {
  private readonly overrides = new Map<string, 'holiday' | 'workday'>();
  constructor(overrides: readonly CalendarOverride[] = [], private readonly officialYears?: readonly number[]) {
    for (const o of overrides) this.overrides.set(o.date, o.kind);
  }
  isWorking(d: string): boolean {
    const o = this.overrides.get(d);
    if (o) return o === 'workday';
    const year = Number(d.slice(0, 4));
    if (!this.officialYears || this.officialYears.includes(year)) {
      if ((raw.workdays as Record<string, string>)[d]) return true;
      if ((raw.holidays as Record<string, string>)[d]) return false;
    }
    const wd = new Date(toMs(d)).getUTCDay();
    return wd !== 0 && wd !== 6;
  }
  addWorkingDays(d: string, n: number): string {
    let ms = toMs(d);
    while (n > 0) {
      ms += DAY;
      if (this.isWorking(fromMs(ms))) n--;
    }
    return fromMs(ms);
  }
  between(a: string, b: string): number {
    let count = 0;
    for (let ms = toMs(a) + DAY; ms < toMs(b); ms += DAY) if (this.isWorking(fromMs(ms))) count++;
    return count;
  }
  nextOnOrAfter(d: string): string {
    let ms = toMs(d);
    while (!this.isWorking(fromMs(ms))) ms += DAY;
    return fromMs(ms);
  }
}

export const plusDays = (d: string, n: number) => fromMs(toMs(d) + n * DAY);

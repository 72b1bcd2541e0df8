import { useT } from '../../i18n';

const KINDS = ['workday', 'weekend', 'holiday', 'makeup_workday', 'quiet'] as const;

/** What the colours of the month grids mean. */
export function CalendarLegend() {
  const t = useT();
  return (
    <div className="yqs-cal-legend" data-testid="calendar-legend">
      {KINDS.map((k) => (
        <span key={k} className="yqs-cal-legend-item">
          <span className={`yqs-cal-swatch yqs-cal-swatch-${k}`} />
          {t(`cal.kind.${k}`)}
        </span>
      ))}
    </div>
  );
}

import { Card, Tag } from 'antd';
import dayjs from 'dayjs';
import type { Grade } from '../../api/types';
import { useLang, useT } from '../../i18n';
import { dayOf, dayRanges, inWindow, type DayCell, type MonthModel } from './calendarModel';

interface Props {
  month: MonthModel;
  /** The grade whose quiet period is shaded in the grid (null: none). */
  shade: Grade | null;
  provisional: boolean;
  today: string;
}

function DayBox({ cell, quiet, today }: { cell: DayCell; quiet: boolean; today: string }) {
  const t = useT();
  const [lang] = useLang();
  const name = lang === 'zh' ? cell.name : cell.nameEn ?? cell.name;
  const label = cell.kind === 'makeup_workday' ? t('cal.makeupShort') : cell.kind === 'holiday' ? name : null;
  const title = [cell.date, t(`cal.kind.${cell.kind}`), name, quiet ? t('cal.kind.quiet') : null, cell.override ? t('cal.kind.override') : null]
    .filter(Boolean)
    .join(' · ');
  const classes = ['yqs-cal-day', `yqs-cal-${cell.kind}`];
  if (quiet) classes.push('yqs-cal-quiet');
  if (cell.date === today) classes.push('yqs-cal-today');
  if (cell.override) classes.push('yqs-cal-override');
  return (
    <div className={classes.join(' ')} title={title} data-testid={`day-${cell.date}`} data-kind={cell.kind} data-quiet={quiet || undefined}>
      <span className="yqs-cal-num">{cell.day}</span>
      {label && <span className="yqs-cal-label">{label}</span>}
    </div>
  );
}

/** One month: a Monday-first grid of days, then its holidays, make-up days and quiet periods listed. */
export function MonthCard({ month, shade, provisional, today }: Props) {
  const t = useT();
  const [lang] = useLang();
  const sep = t('cal.daySeparator');
  const days = (list: number[]) => t('cal.dayOfMonth', { day: dayRanges(list, sep) });
  const window = shade && month.windows ? month.windows[shade] : null;
  const monthName = dayjs(`${month.key}-01`).locale('en').format('MMMM');

  return (
    <Card
      size="small"
      className="yqs-cal-month"
      data-testid={`calendar-month-${month.key}`}
      title={t('cal.monthTitle', { year: month.year, month: month.month, monthName })}
      extra={
        <span className="yqs-cal-month-extra">
          {provisional && <Tag color="orange">{t('cal.provisionalTag')}</Tag>}
          <span className="yqs-muted">{t('cal.monthWorking', { count: month.workingCount })}</span>
        </span>
      }
    >
      <div className="yqs-cal-grid">
        {t('cal.weekdays')
          .split(',')
          .map((w, i) => (
            <div key={w} className={i >= 5 ? 'yqs-cal-head yqs-cal-head-weekend' : 'yqs-cal-head'}>
              {w}
            </div>
          ))}
        {month.weeks.flat().map((cell, i) =>
          cell ? (
            <DayBox key={cell.date} cell={cell} quiet={inWindow(cell.date, window)} today={today} />
          ) : (
            <div key={`blank-${i}`} className="yqs-cal-blank" />
          ),
        )}
      </div>
      <ul className="yqs-cal-notes">
        {month.holidays.map((h) => (
          <li key={h.name} className="yqs-cal-note-holiday">
            {t('cal.holidayLine', { name: lang === 'zh' ? h.name : h.nameEn, days: days(h.days) })}
          </li>
        ))}
        {month.makeupDays.length > 0 && <li className="yqs-cal-note-makeup">{t('cal.makeupLine', { days: days(month.makeupDays) })}</li>}
        {month.quiet.map((q) => {
          const grades = q.grades.join(lang === 'zh' ? '、' : '/');
          return (
            <li key={grades} className="yqs-cal-note-quiet" data-testid={`quiet-${month.key}-${q.grades.join('')}`}>
              {q.window
                ? t('cal.quietLine', { grades, from: dayOf(q.window.from), to: dayOf(q.window.to) })
                : t('cal.quietNone', { grades })}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

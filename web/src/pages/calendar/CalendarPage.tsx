import { useMemo, useState } from 'react';
import { Alert, Button, Card, Col, DatePicker, Row, Segmented, Space } from 'antd';
import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import dayjs from 'dayjs';
import { getCalendar } from '../../api/calendar';
import { GRADES, type Grade } from '../../api/types';
import { useUser } from '../../auth/AuthContext';
import { LoadError } from '../../components/LoadError';
import { PageContainer } from '../../components/PageContainer';
import { useAsync } from '../../components/useAsync';
import { useT } from '../../i18n';
import { buildMonths } from './calendarModel';
import { CalendarLegend } from './CalendarLegend';
import { MonthCard } from './MonthCard';
import { OverridesCard } from './OverridesCard';
import { QuietPolicyCard } from './QuietPolicyCard';
import './calendar.css';

type Shade = Grade | 'none';

/** 工作日与安静期日历: a year month by month, with holidays, make-up days and each grade's quiet period. */
export function CalendarPage() {
  const t = useT();
  const user = useUser();
  const [year, setYear] = useState(() => dayjs().year());
  const [shade, setShade] = useState<Shade>('C');
  const { data, error, loading, reload } = useAsync(() => getCalendar(`${year}-01-01`, `${year}-12-31`), [year]);
  const months = useMemo(() => (data ? buildMonths(data) : []), [data]);
  const provisional = data?.years.find((y) => y.year === year)?.provisional ?? false;
  const today = dayjs().format('YYYY-MM-DD');
  const coordinator = user.role === 'coordinator';

  const yearSwitch = (
    <Space.Compact data-testid="calendar-year">
      <Button icon={<LeftOutlined />} aria-label={t('cal.prevYear')} title={t('cal.prevYear')} onClick={() => setYear(year - 1)} />
      <DatePicker
        picker="year"
        allowClear={false}
        value={dayjs(`${year}-01-01`)}
        onChange={(v) => v && setYear(v.year())}
        className="yqs-cal-year-picker"
      />
      <Button icon={<RightOutlined />} aria-label={t('cal.nextYear')} title={t('cal.nextYear')} onClick={() => setYear(year + 1)} />
    </Space.Compact>
  );

  return (
    <PageContainer title={t('cal.title')} subTitle={t('cal.intro')} extra={yearSwitch}>
      {provisional && (
        <Alert type="warning" showIcon className="yqs-cal-alert" title={t('cal.provisional', { year })} data-testid="calendar-provisional" />
      )}
      <Card size="small" className="yqs-cal-toolbar">
        <div className="yqs-cal-toolbar-row">
          <Space wrap size={[8, 8]}>
            <span className="yqs-muted">{t('cal.shadeGrade')}</span>
            <Segmented<Shade>
              value={shade}
              onChange={setShade}
              options={[...GRADES.map((g) => ({ value: g, label: t('cal.gradeOption', { grade: g }) })), { value: 'none', label: t('cal.noShade') }]}
              data-testid="calendar-shade"
            />
          </Space>
          <CalendarLegend />
          {data && <span className="yqs-cal-total">{t('cal.yearWorking', { count: data.workingDayCount })}</span>}
        </div>
      </Card>
      {error !== undefined && !data ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        <Row gutter={[16, 16]} className={loading ? 'yqs-cal-months yqs-cal-loading' : 'yqs-cal-months'} data-testid="calendar-months">
          {months.map((m) => (
            <Col key={m.key} xs={24} md={12} xxl={8}>
              <MonthCard month={m} shade={shade === 'none' ? null : shade} provisional={provisional} today={today} />
            </Col>
          ))}
        </Row>
      )}
      <Row gutter={[16, 16]} className="yqs-cal-bottom">
        {coordinator && (
          <Col xs={24} xl={16}>
            <OverridesCard year={year} provisional={provisional} onChanged={reload} />
          </Col>
        )}
        <Col xs={24} xl={coordinator ? 8 : 12}>
          <QuietPolicyCard />
        </Col>
      </Row>
    </PageContainer>
  );
}

// On-site visits per enterprise: how many enterprises were visited 1, 2, 3+ times (and how many not at all), this year
// against last, and the compliant enterprises (the policy's grades) visited more than once ("最多查一次").
import { Card, Tag, Typography } from 'antd';
import type { Kpi, YearKpi } from '../../api/kpi';
import { useT } from '../../i18n';
import { Chart, COLORS } from './chart';

const counts = (y: YearKpi) => {
  const e = y.onsite.perEnterprise;
  return [e.one, e.two, e.threePlus];
};

export function PerEnterpriseChart({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const { current: c, previous: p } = kpi;
  const repeat = c.onsite.perEnterprise.compliantRepeat;
  const grades = kpi.compliantGrades.join('/');
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 48, right: 16, top: 36, bottom: 28 },
    xAxis: { type: 'category', data: [t('kpi.times1'), t('kpi.times2'), t('kpi.times3')], axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    series: [
      { name: t('kpi.enterprisesOf', { year: p.year }), type: 'bar', data: counts(p), itemStyle: { color: COLORS.previous, borderRadius: [3, 3, 0, 0] }, barMaxWidth: 28 },
      {
        name: t('kpi.enterprisesOf', { year: c.year }),
        type: 'bar',
        itemStyle: { color: COLORS.current },
        data: counts(c).map((v, i) => ({ value: v, itemStyle: { color: i >= 1 ? '#d4380d' : COLORS.current, borderRadius: [3, 3, 0, 0] } })),
        barMaxWidth: 28,
        label: { show: true, position: 'top', fontSize: 11 },
      },
    ],
  };
  return (
    <Card
      title={t('kpi.perEnterpriseTitle')}
      className="yqs-kpi-card"
      extra={
        <Typography.Text type="secondary" data-testid="kpi-compliant-repeat">
          {t('kpi.compliantRepeat', { grades })} <Tag color={repeat === 0 ? 'success' : 'error'}>{repeat} {t('kpi.unitEnterprises')}</Tag>
        </Typography.Text>
      }
    >
      <Chart option={option} height={236} testId="kpi-per-enterprise" />
      <Typography.Text type="secondary" className="yqs-kpi-note">
        {t('kpi.notVisited', { zero: c.onsite.perEnterprise.zero, all: c.onsite.perEnterprise.enterprises })}
        {t('kpi.compliantRepeatHint', { grades })}
      </Typography.Text>
    </Card>
  );
}

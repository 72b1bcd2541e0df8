// The joint-inspection rate by both definitions as two gauges, the policy's primary one larger and
// coloured; the arc beyond the year's target is shaded, so "reach the shaded zone" reads at a glance.
import { Card, Tag } from 'antd';
import type { YearKpi } from '../../api/kpi';
import { useT } from '../../i18n';
import { Chart, COLORS, pct } from './chart';

function gauge(value: number | null, target: number | null, o: { center: string; radius: string; primary: boolean; name: string; size: number }) {
  const v = value === null ? 0 : Math.round(value * 1000) / 10;
  const t = target === null ? null : target * 100;
  const color = o.primary ? (target !== null && value !== null && value >= target ? COLORS.good : COLORS.current) : COLORS.previous;
  return {
    type: 'gauge',
    center: [o.center, '58%'],
    radius: o.radius,
    startAngle: 210,
    endAngle: -30,
    min: 0,
    max: 100,
    progress: { show: true, width: o.primary ? 16 : 11, itemStyle: { color } },
    axisLine: {
      lineStyle: {
        width: o.primary ? 16 : 11,
        color: t === null ? [[1, COLORS.track]] : [[t / 100, COLORS.track], [1, '#ffe7e6']],
      },
    },
    pointer: { show: false },
    axisTick: { show: false },
    splitLine: { show: false },
    axisLabel: { show: false },
    anchor: { show: false },
    title: { show: true, offsetCenter: [0, '62%'], fontSize: o.primary ? 14 : 12, color: '#595959' },
    detail: {
      valueAnimation: true,
      offsetCenter: [0, '4%'],
      fontSize: o.size,
      fontWeight: 600,
      color: o.primary ? '#1f1f1f' : '#595959',
      formatter: () => (value === null ? '—' : `${v.toFixed(1)}%`),
    },
    data: [{ value: v, name: o.name }],
  };
}

export function JointRateGauge({ data, primary }: { data: YearKpi; primary: 'visits' | 'tasks' }) {
  const t = useT();
  const jr = data.jointRate;
  const byVisits = gauge(jr.byVisits.rate, jr.target, { center: '27%', radius: primary === 'visits' ? '82%' : '60%', primary: primary === 'visits', name: t('kpi.byVisits'), size: primary === 'visits' ? 30 : 20 });
  const byTasks = gauge(jr.byTasks.rate, jr.target, { center: '76%', radius: primary === 'tasks' ? '82%' : '60%', primary: primary === 'tasks', name: t('kpi.byTasks'), size: primary === 'tasks' ? 30 : 20 });
  const main = primary === 'visits' ? jr.byVisits : jr.byTasks;
  return (
    <Card
      title={t('kpi.gaugeTitle')}
      className="yqs-kpi-card"
      extra={
        jr.target === null ? (
          <Tag>{t('kpi.noTarget')}</Tag>
        ) : (
          <span className="yqs-kpi-target">
            {t('kpi.target', { target: pct(jr.target, 0) })}
            {main.rate !== null && <Tag color={jr.met ? 'success' : 'error'}>{jr.met ? t('kpi.met') : t('kpi.notMet')}</Tag>}
          </span>
        )
      }
      data-testid="kpi-gauge"
    >
      <Chart option={{ series: [byVisits, byTasks] }} height={250} />
      <div className="yqs-kpi-gauge-legend">
        <span>
          <Tag color="blue">{t('kpi.primary')}</Tag>
          {primary === 'visits' ? t('kpi.byVisitsHint') : t('kpi.byTasksHint')}
        </span>
      </div>
    </Card>
  );
}

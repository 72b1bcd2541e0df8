// By month, this year against last: on-site visits as bars, the primary joint rate as lines, the
// target as a dashed line; and the off-site share by month.
import { Card } from 'antd';
import type { Kpi, KpiFigures } from '../../api/kpi';
import { useT } from '../../i18n';
import { Chart, COLORS, pctValue } from './chart';

const rateOf = (f: KpiFigures, primary: 'visits' | 'tasks') => pctValue(primary === 'visits' ? f.jointRateVisits : f.jointRateTasks);
const percentAxis = { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { show: false } };
const tooltip = {
  trigger: 'axis',
  valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : String(v)),
};

export function MonthlyChart({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const { current: c, previous: p, primary } = kpi;
  const months = c.byMonth.map((m) => t('kpi.month', { month: m.month }));
  const target = c.jointRate.target;
  const option = {
    tooltip,
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 40, right: 48, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: months, axisTick: { show: false } },
    yAxis: [{ type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } }, percentAxis],
    series: [
      { name: t('kpi.visitsOf', { year: p.year }), type: 'bar', data: p.byMonth.map((m) => m.visits), itemStyle: { color: COLORS.previous, borderRadius: [3, 3, 0, 0] }, barMaxWidth: 16 },
      { name: t('kpi.visitsOf', { year: c.year }), type: 'bar', data: c.byMonth.map((m) => m.visits), itemStyle: { color: COLORS.current, borderRadius: [3, 3, 0, 0] }, barMaxWidth: 16 },
      { name: t('kpi.rateOf', { year: p.year }), type: 'line', yAxisIndex: 1, data: p.byMonth.map((m) => rateOf(m, primary)), smooth: true, connectNulls: true, itemStyle: { color: COLORS.previousLine }, lineStyle: { type: 'dashed' } },
      {
        name: t('kpi.rateOf', { year: c.year }),
        type: 'line',
        yAxisIndex: 1,
        data: c.byMonth.map((m) => rateOf(m, primary)),
        smooth: true,
        connectNulls: true,
        itemStyle: { color: COLORS.currentLine },
        lineStyle: { width: 3 },
        markLine:
          target === null
            ? undefined
            : { symbol: 'none', silent: true, lineStyle: { color: COLORS.target, type: 'dashed' }, label: { formatter: `${t('kpi.targetLine')} ${Math.round(target * 100)}%`, position: 'insideEndTop', color: COLORS.target }, data: [{ yAxis: target * 100 }] },
      },
    ],
  };
  return (
    <Card title={t('kpi.monthlyTitle')} className="yqs-kpi-card">
      <Chart option={option} height={282} testId="kpi-monthly" />
    </Card>
  );
}

export function OffsiteMonthlyChart({ kpi }: { kpi: Kpi }) {
  const t = useT();
  const { current: c, previous: p } = kpi;
  const option = {
    tooltip: { ...tooltip, valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${v}%`) },
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 48, right: 24, top: 40, bottom: 28 },
    xAxis: { type: 'category', data: c.byMonth.map((m) => t('kpi.month', { month: m.month })), axisTick: { show: false } },
    yAxis: { ...percentAxis, splitLine: { lineStyle: { type: 'dashed' } } },
    series: [
      { name: t('kpi.offsiteOf', { year: p.year }), type: 'line', data: p.byMonth.map((m) => pctValue(m.offsiteShare)), connectNulls: true, smooth: true, itemStyle: { color: COLORS.previous }, lineStyle: { type: 'dashed' } },
      { name: t('kpi.offsiteOf', { year: c.year }), type: 'line', data: c.byMonth.map((m) => pctValue(m.offsiteShare)), connectNulls: true, smooth: true, itemStyle: { color: COLORS.current }, lineStyle: { width: 3 }, areaStyle: { opacity: 0.08 } },
    ],
  };
  return (
    <Card title={t('kpi.offsiteMonthlyTitle')} className="yqs-kpi-card">
      <Chart option={option} height={260} testId="kpi-offsite-monthly" />
    </Card>
  );
}

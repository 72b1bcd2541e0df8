// By department or by town, this year against last: the chosen figure as grouped horizontal bars,
// the joint-rate target as a dashed line.
import { useState } from 'react';
import { Card, Empty, Segmented } from 'antd';
import type { KpiFigures } from '../../api/kpi';
import { useT } from '../../i18n';
import { Chart, COLORS, pctValue } from './chart';

export type Metric = 'rate' | 'visits' | 'offsite';

interface Row extends KpiFigures {
  code: string | null;
  name: string;
}

function value(f: KpiFigures | undefined, metric: Metric, primary: 'visits' | 'tasks'): number | null {
  if (!f) return null;
  if (metric === 'visits') return f.visits;
  if (metric === 'offsite') return pctValue(f.offsiteShare);
  return pctValue(primary === 'visits' ? f.jointRateVisits : f.jointRateTasks);
}

interface Props {
  title: string;
  current: Row[];
  previous: Row[];
  years: [number, number];
  primary: 'visits' | 'tasks';
  target: number | null;
  testId: string;
}

export function BreakdownChart({ title, current, previous, years, primary, target, testId }: Props) {
  const t = useT();
  const [metric, setMetric] = useState<Metric>('rate');
  // Largest at the top: echarts draws a category axis bottom-up.
  const rows = [...current].sort((a, b) => (value(a, metric, primary) ?? -1) - (value(b, metric, primary) ?? -1));
  const prev = (r: Row) => previous.find((x) => x.code === r.code);
  const percent = metric !== 'visits';
  const label = (y: number) => (metric === 'visits' ? t('kpi.visitsOf', { year: y }) : metric === 'offsite' ? t('kpi.offsiteOf', { year: y }) : t('kpi.rateOf', { year: y }));
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : percent ? `${v}%` : String(v)) },
    legend: { top: 0, itemWidth: 14, itemHeight: 10 },
    grid: { left: 8, right: 40, top: metric === 'rate' && target !== null ? 52 : 32, bottom: 8, containLabel: true },
    xAxis: percent ? { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' }, splitLine: { lineStyle: { type: 'dashed' } } } : { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    yAxis: { type: 'category', data: rows.map((r) => r.name), axisTick: { show: false }, axisLabel: { width: 110, overflow: 'truncate' } },
    series: [
      { name: label(years[1]), type: 'bar', data: rows.map((r) => value(prev(r), metric, primary)), itemStyle: { color: COLORS.previous, borderRadius: [0, 3, 3, 0] }, barMaxWidth: 10 },
      {
        name: label(years[0]),
        type: 'bar',
        data: rows.map((r) => value(r, metric, primary)),
        itemStyle: { color: COLORS.current, borderRadius: [0, 3, 3, 0] },
        barMaxWidth: 10,
        label: { show: true, position: 'right', fontSize: 11, formatter: (p: { value: number | null }) => (p.value === null ? '' : percent ? `${p.value}%` : String(p.value)) },
        markLine:
          metric === 'rate' && target !== null
            ? { symbol: 'none', silent: true, lineStyle: { color: COLORS.target, type: 'dashed' }, label: { formatter: `${t('kpi.targetLine')} ${Math.round(target * 100)}%`, color: COLORS.target }, data: [{ xAxis: target * 100 }] }
            : undefined,
      },
    ],
  };
  return (
    <Card
      title={title}
      className="yqs-kpi-card"
      extra={
        <Segmented<Metric>
          size="small"
          value={metric}
          onChange={setMetric}
          options={[
            { value: 'rate', label: t('kpi.metricRate') },
            { value: 'visits', label: t('kpi.metricVisits') },
            { value: 'offsite', label: t('kpi.metricOffsite') },
          ]}
          data-testid={`${testId}-metric`}
        />
      }
    >
      {rows.length === 0 ? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} /> : <Chart option={option} height={Math.max(236, 52 + rows.length * 26)} testId={testId} />}
    </Card>
  );
}

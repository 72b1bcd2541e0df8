import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { Grade } from '../../api/types';
import { gradeColor } from '../../components/tags';
import { useT } from '../../i18n';

echarts.use([BarChart, GridComponent, TooltipComponent, CanvasRenderer]);

export type GradeCounts = Record<Grade, number>;

/** Enterprises per supervision grade, as the API's totals report them. */
export function GradeChart({ counts }: { counts: GradeCounts }) {
  const t = useT();
  const grades: Grade[] = ['A', 'B', 'C', 'D'];
  const option = {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 48, right: 24, top: 24, bottom: 32 },
    xAxis: { type: 'category', data: grades.map((g) => t(`ent.grade.${g}`)), axisTick: { show: false } },
    yAxis: { type: 'value', minInterval: 1, splitLine: { lineStyle: { type: 'dashed' } } },
    series: [
      {
        type: 'bar',
        barMaxWidth: 48,
        label: { show: true, position: 'top' },
        data: grades.map((g) => ({ value: counts[g], itemStyle: { color: gradeColor(g), borderRadius: [4, 4, 0, 0] } })),
      },
    ],
  };
  return (
    <div data-testid="grade-chart">
      <ReactEChartsCore echarts={echarts} option={option} style={{ height: 280 }} notMerge />
    </div>
  );
}

// ECharts for the dashboard: only the parts used (core, bar, line, gauge, grid, tooltip, legend,
// mark lines, canvas), so the page's bundle stays small.
import ReactEChartsCore from 'echarts-for-react/esm/core';
import * as echarts from 'echarts/core';
import { BarChart, GaugeChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GaugeChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer]);

export const COLORS = {
  current: '#1257c8',
  previous: '#a6bedf',
  currentLine: '#fa8c16',
  previousLine: '#ffd591',
  target: '#cf1322',
  good: '#389e0d',
  track: '#e8edf5',
};

/** 0.375 → "37.5%"; null → "—". */
export const pct = (v: number | null | undefined, digits = 1) => (v === null || v === undefined ? '—' : `${(v * 100).toFixed(digits)}%`);

/** A share as a percentage number for a chart (null stays a gap). */
export const pctValue = (v: number | null) => (v === null ? null : Math.round(v * 1000) / 10);

export function Chart({ option, height, testId }: { option: Record<string, unknown>; height: number; testId?: string }) {
  return (
    <div data-testid={testId}>
      <ReactEChartsCore echarts={echarts} option={option} style={{ height }} notMerge lazyUpdate />
    </div>
  );
}

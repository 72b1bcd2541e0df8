/** The dashboard's figures as an Excel workbook: an overview sheet and one sheet per breakdown. */
import ExcelJS from 'exceljs';
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { figures, type Figures } from './figures.ts';
import { getKpi, type Kpi } from './get-kpi.ts';
import type { KpiQuery } from './scope.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A share: written as a number formatted 0.0% (so it can be charted in Excel), '—' when there is none. */
interface Pct {
  pct: number | null;
}
type Cell = string | number | null | Pct;
const pct = (v: number | null): Pct => ({ pct: v });
const isPct = (c: Cell): c is Pct => typeof c === 'object' && c !== null;
const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

function sheet(wb: ExcelJS.Workbook, name: string, title: string, info: string, headers: [string, number][], rows: Cell[][]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 3 }], pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  ws.columns = headers.map(([, width]) => ({ width }));
  ws.mergeCells(1, 1, 1, headers.length);
  Object.assign(ws.getCell(1, 1), { value: title, font: { name: '宋体', size: 16, bold: true }, alignment: { horizontal: 'center', vertical: 'middle' } });
  ws.getRow(1).height = 30;
  ws.mergeCells(2, 1, 2, headers.length);
  Object.assign(ws.getCell(2, 1), { value: info, font: { name: '宋体', size: 10 }, alignment: { horizontal: 'left', wrapText: true } });
  const header = ws.getRow(3);
  headers.forEach(([h], i) => {
    Object.assign(header.getCell(i + 1), {
      value: h,
      font: { name: '宋体', size: 11, bold: true },
      alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
      fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } },
      border,
    });
  });
  for (const values of rows) {
    const row = ws.addRow(values.map((c) => (isPct(c) ? (c.pct ?? '—') : c)));
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: '宋体', size: 10 };
      cell.alignment = { horizontal: col === 1 ? 'left' : 'right' };
      cell.border = border;
      const source = values[col - 1];
      if (isPct(source) && source.pct !== null) cell.numFmt = '0.0%';
    });
  }
}

const FIG_HEADERS = (y: number, p: number): [string, number][] => [
  [`${y}年现场检查（次）`, 12],
  [`${y}年联合检查（次）`, 12],
  [`${y}年联合检查率（按次）`, 14],
  [`${y}年联合检查率（按任务）`, 14],
  [`${y}年非现场检查占比`, 14],
  [`${p}年现场检查（次）`, 12],
  [`${p}年联合检查率（按次）`, 14],
  [`${p}年联合检查率（按任务）`, 14],
  [`${p}年非现场检查占比`, 14],
];
const figCells = (c: Figures, p: Figures): Cell[] => [c.visits, c.jointVisits, pct(c.jointRateVisits), pct(c.jointRateTasks), pct(c.offsiteShare), p.visits, pct(p.jointRateVisits), pct(p.jointRateTasks), pct(p.offsiteShare)];

function overview(k: Kpi): Cell[][] {
  const c = k.current;
  const p = k.previous;
  const primary = k.primary === 'visits' ? '按次' : '按任务';
  return [
    [`联合检查率（按次：联合检查次数 / 现场检查次数）${k.primary === 'visits' ? '【考核口径】' : ''}`, pct(c.jointRate.byVisits.rate), pct(p.jointRate.byVisits.rate)],
    [`联合检查率（按任务：联合检查中的任务 / 现场检查任务）${k.primary === 'tasks' ? '【考核口径】' : ''}`, pct(c.jointRate.byTasks.rate), pct(p.jointRate.byTasks.rate)],
    [`联合检查率目标（${primary}）`, pct(c.jointRate.target), pct(p.jointRate.target)],
    ['联合检查（次）', c.jointRate.byVisits.joint, p.jointRate.byVisits.joint],
    ['现场检查（次，已实施）', c.onsite.visits, p.onsite.visits],
    ['现场检查任务（项，已实施）', c.onsite.tasks, p.onsite.tasks],
    ['已备案待实施的现场检查（次）', c.jointRate.planned.visits, p.jointRate.planned.visits],
    ['非现场检查（次）', c.offsite.offsite, p.offsite.offsite],
    ['非现场检查占比', pct(c.offsite.share), pct(p.offsite.share)],
    ['未被现场检查的企业（家）', c.onsite.perEnterprise.zero, p.onsite.perEnterprise.zero],
    ['被现场检查 1 次的企业（家）', c.onsite.perEnterprise.one, p.onsite.perEnterprise.one],
    ['被现场检查 2 次的企业（家）', c.onsite.perEnterprise.two, p.onsite.perEnterprise.two],
    ['被现场检查 3 次及以上的企业（家）', c.onsite.perEnterprise.threePlus, p.onsite.perEnterprise.threePlus],
    [`${k.compliantGrades.join('/')} 级企业被现场检查超过 1 次（家，最多查一次）`, c.onsite.perEnterprise.compliantRepeat, p.onsite.perEnterprise.compliantRepeat],
  ];
}

export async function exportKpi(deps: Deps, by: Principal, q: KpiQuery) {
  const k = await getKpi(deps, by, q);
  const y = k.year;
  const py = y - 1;
  const scope = [k.department ? `部门：${k.department.name}` : null, k.town ? `乡镇：${k.town.name}` : null].filter(Boolean).join('　') || '全县';
  const info = `范围：${scope}　政策：${k.policy ?? '—'}　导出日期：${todayOf(deps)}　口径：已实施（实施中、已完成）的检查；联合检查指两个及以上部门同一次入企或含委托事项的检查`;
  const wb = new ExcelJS.Workbook();
  wb.creator = '云企舒';
  wb.created = new Date(0);
  sheet(wb, '总览', `${y}年涉企行政检查指标`, info, [['指标', 56], [`${y}年`, 14], [`${py}年`, 14]], overview(k));
  sheet(wb, '按月', `${y}年涉企行政检查指标（按月）`, info, [['月份', 10], ...FIG_HEADERS(y, py)], k.current.byMonth.map((m, i) => [`${m.month}月`, ...figCells(m, k.previous.byMonth[i])]));
  sheet(wb, '按部门', `${y}年涉企行政检查指标（按部门）`, info, [['部门', 24], ...FIG_HEADERS(y, py)], k.current.byDepartment.map((d, i) => [d.name, ...figCells(d, k.previous.byDepartment[i])]));
  sheet(wb, '按乡镇', `${y}年涉企行政检查指标（按乡镇）`, info, [['乡镇（街道）', 20], ...FIG_HEADERS(y, py)], k.current.byTown.map((t) => [t.name, ...figCells(t, k.previous.byTown.find((x) => x.code === t.code) ?? figures(undefined, 0))]));
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());
  const zh = `${y}年涉企行政检查指标.xlsx`;
  return { buffer, disposition: `attachment; filename="kpi-${y}.xlsx"; filename*=UTF-8''${encodeURIComponent(zh)}` };
}

/** Excel export of the alert list (预警清单) for officials: the same filters as the list, Chinese headers. */
import ExcelJS from 'exceljs';
import type { Deps } from '../deps.ts';
import { alertParams } from './context.ts';
import { alertView, filterOf } from './list-alerts.ts';
import { departmentsById, listAlerts } from './repository.ts';
import type { AlertListInput } from './schemas.ts';

const MAX_ROWS = 100_000;

export async function exportAlerts(deps: Deps, q: AlertListInput): Promise<Buffer> {
  const params = await alertParams(deps, q);
  const [rows, departments] = await Promise.all([
    listAlerts(deps.db, params, await filterOf(deps, q), { limit: MAX_ROWS, offset: 0 }),
    departmentsById(deps.db),
  ]);
  const wb = new ExcelJS.Workbook();
  wb.creator = '云企舒';
  const ws = wb.addWorksheet('预警清单', { views: [{ state: 'frozen', ySplit: 2 }], pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const columns = [
    { header: '预警类型', key: 'kind', width: 18 },
    { header: '企业名称', key: 'enterprise', width: 30 },
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '乡镇', key: 'town', width: 12 },
    { header: '涉及部门', key: 'departments', width: 26 },
    { header: '日期', key: 'date', width: 12 },
    { header: '说明', key: 'message', width: 60 },
    { header: '状态', key: 'status', width: 8 },
    { header: '处理人', key: 'by', width: 12 },
    { header: '处理时间', key: 'at', width: 18 },
    { header: '处理说明', key: 'note', width: 30 },
  ];
  ws.columns = columns.map((c) => ({ key: c.key, width: c.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  const title = ws.getCell(1, 1);
  title.value = `预警清单（${params.from} 至 ${params.to}，共 ${rows.length} 条）`;
  title.font = { name: '宋体', size: 14, bold: true };
  title.alignment = { horizontal: 'center' };
  const header = ws.getRow(2);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '宋体', bold: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
  });
  for (const r of rows) {
    const a = alertView(r, departments, params.policy);
    const row = ws.addRow({
      kind: a.kindLabel.zh,
      enterprise: a.enterprise.name,
      uscc: a.enterprise.uscc,
      town: a.enterprise.town?.name ?? '',
      departments: a.departments.map((d) => d.name).join('、'),
      date: a.date,
      message: a.message.zh,
      status: a.status === 'open' ? '未处理' : '已处理',
      by: a.handled?.by ?? '',
      at: a.handled ? a.handled.at.slice(0, 16).replace('T', ' ') : '',
      note: a.handled?.note ?? '',
    });
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * Excel workbooks of plans (exceljs): a title row, an information row, Chinese column headers, wrapped
 * text and widths that fit Chinese text; the header row is frozen and repeated when printed.
 */
import ExcelJS from 'exceljs';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const KIND_LABELS: Record<string, string> = { random: '双随机抽查', targeted: '重点检查', campaign: '专项检查' };

/** [1,2,3,6] → "1–3月、6月". */
export function formatMonths(months: readonly number[]): string {
  const sorted = [...new Set(months)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j] + 1) j++;
    parts.push(j > i ? `${sorted[i]}–${sorted[j]}月` : `${sorted[i]}月`);
    i = j;
  }
  return parts.join('、');
}

export interface Column {
  header: string;
  width: number;
}

export interface Sheet {
  title: string;
  info: string;
  columns: Column[];
  rows: (string | number | null)[][];
}

export async function workbook(sheet: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '云企舒';
  wb.created = new Date(0);
  const ws = wb.addWorksheet('检查计划', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  });
  const n = sheet.columns.length;
  ws.columns = sheet.columns.map((c) => ({ width: c.width }));
  const border: Partial<ExcelJS.Borders> = { top: { style: 'thin' }, left: { style: 'thin' }, bottom: { style: 'thin' }, right: { style: 'thin' } };

  ws.mergeCells(1, 1, 1, n);
  const title = ws.getCell(1, 1);
  title.value = sheet.title;
  title.font = { name: '宋体', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 32;

  ws.mergeCells(2, 1, 2, n);
  const info = ws.getCell(2, 1);
  info.value = sheet.info;
  info.font = { name: '宋体', size: 10 };
  info.alignment = { horizontal: 'left', vertical: 'middle', wrapText: true };
  ws.getRow(2).height = 20;

  const header = ws.getRow(3);
  sheet.columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = { name: '宋体', size: 11, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
    cell.border = border;
  });
  header.height = 24;

  for (const values of sheet.rows) {
    const row = ws.addRow(values);
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      cell.font = { name: '宋体', size: 10 };
      cell.alignment = { vertical: 'top', wrapText: true, horizontal: col === 1 ? 'center' : 'left' };
      cell.border = border;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Content-Disposition with an ASCII fallback and the Chinese name (RFC 6266 / 5987). */
export const attachment = (ascii: string, zh: string) => `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(zh)}`;

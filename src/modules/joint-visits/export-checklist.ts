/** 一表通查 as Excel: the joint visit's header (enterprise, day, lead, departments, team) and its combined checklist. */
import ExcelJS from 'exceljs';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { getJointVisit } from './get-joint-visit.ts';

export async function exportChecklist(deps: Deps, by: Principal, id: number): Promise<Buffer> {
  const v = await getJointVisit(deps, by, id);
  const wb = new ExcelJS.Workbook();
  wb.creator = '云企舒';
  const ws = wb.addWorksheet('一表通查');
  ws.columns = [
    { key: 'no', width: 8 },
    { key: 'text', width: 60 },
    { key: 'items', width: 36 },
    { key: 'answer', width: 14 },
    { key: 'note', width: 30 },
  ];
  const title = ws.addRow([`联合检查一表通查清单（联合检查 #${v.id}）`]);
  title.font = { bold: true, size: 14 };
  ws.mergeCells(title.number, 1, title.number, 5);
  const head: [string, string][] = [
    ['被检查企业', `${v.enterprise.name}（${v.enterprise.uscc}）`],
    ['检查日期', v.date],
    ['牵头部门', v.lead.name],
    ['参加部门', v.departments.map((d) => d.name).join('、')],
    ['检查人员', v.team.map((p) => `${p.displayName}（${p.department.name}，执法证号 ${p.certificateNumber ?? '无'}）`).join('；')],
    ['检查事项', v.items.map((i) => `${i.code} ${i.name}（第 ${i.version} 版）`).join('；')],
  ];
  for (const [k, val] of head) {
    const r = ws.addRow([k, val]);
    r.getCell(1).font = { bold: true };
    ws.mergeCells(r.number, 2, r.number, 5);
    r.getCell(2).alignment = { wrapText: true, vertical: 'top' };
  }
  ws.addRow([]);
  const header = ws.addRow(['序号', '检查内容', '所属检查事项', '是 / 否 / 不适用', '备注']);
  header.font = { bold: true };
  header.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6F4FF' } };
    c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  });
  const names = new Map(v.items.map((i) => [i.code, i.name]));
  v.checklist.forEach((q, n) => {
    const r = ws.addRow([n + 1, q.text, q.items.map((c) => names.get(c) ?? c).join('、'), '', '']);
    r.eachCell({ includeEmpty: true }, (c) => {
      c.alignment = { wrapText: true, vertical: 'top' };
      c.border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
    });
  });
  ws.addRow([]);
  ws.addRow(['检查人员签名：', '', '企业负责人签名：']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

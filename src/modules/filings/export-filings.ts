/** Excel export of the filing list (备案清单), with Chinese headers, under the same filters and scope as the list. */
import ExcelJS from 'exceljs';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { filterOf } from './list-filings.ts';
import { listFilings } from './repository.ts';
import type { ListInput } from './schemas.ts';
import { STATE_LABELS } from './state-machine.ts';

const KIND = { random: '双随机', targeted: '重点检查', campaign: '专项检查' } as const;
const PATH = { planned: '计划内', triggered: '触发检查', emergency: '紧急检查' } as const;
const MODE = { onsite: '现场', offsite: '非现场' } as const;

export async function exportFilings(deps: Deps, by: Principal, q: ListInput): Promise<Buffer> {
  const filter = await filterOf(deps, by, { ...q, limit: 200, offset: 0 });
  const wb = new ExcelJS.Workbook();
  wb.creator = '云企舒';
  const ws = wb.addWorksheet('备案清单');
  ws.columns = [
    { header: '备案编号', key: 'id', width: 10 },
    { header: '执法部门', key: 'department', width: 22 },
    { header: '企业名称', key: 'enterprise', width: 32 },
    { header: '统一社会信用代码', key: 'uscc', width: 22 },
    { header: '监管等级', key: 'grade', width: 10 },
    { header: '检查类型', key: 'kind', width: 10 },
    { header: '备案路径', key: 'path', width: 10 },
    { header: '检查方式', key: 'mode', width: 10 },
    { header: '计划日期', key: 'date', width: 12 },
    { header: '截止日期', key: 'windowEnd', width: 12 },
    { header: '检查事项', key: 'items', width: 40 },
    { header: '特殊情形', key: 'case', width: 20 },
    { header: '状态', key: 'state', width: 16 },
  ];
  ws.getRow(1).font = { bold: true };
  for (let offset = 0; offset <= 100_000; offset += 200) {
    const { rows } = await listFilings(deps.db, { ...filter, limit: 200, offset });
    for (const r of rows) {
      ws.addRow({
        id: r.id,
        department: r.department_name,
        enterprise: r.enterprise_name,
        uscc: r.uscc,
        grade: r.grade ?? '',
        kind: KIND[r.kind],
        path: PATH[r.path],
        mode: MODE[r.mode],
        date: r.planned_date,
        windowEnd: r.window_end ?? '',
        items: (r.item_names ?? []).join('、'),
        case: r.exception_case ?? '',
        state: STATE_LABELS[r.state].zh,
      });
    }
    if (rows.length < 200) break;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

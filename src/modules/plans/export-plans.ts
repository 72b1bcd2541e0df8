/** Excel exports: one plan (staff, scoped like the plan itself) and a year's published plans (public). */
import type { Principal } from '../auth/index.ts';
import { todayOf, type Deps } from '../deps.ts';
import { getPlan } from './get-plan.ts';
import { publishedPlans } from './public-plans.ts';
import { attachment, formatMonths, KIND_LABELS, workbook, type Column } from './excel.ts';

const items = (list: readonly { code: string; name: string; status?: string }[]) =>
  list.map((i) => `${i.name}（${i.code}）${i.status === 'retired' ? '【已停用】' : ''}`).join('\n');
const date = (iso: string | null) => (iso ? iso.slice(0, 10) : '—');

export async function exportPlan(deps: Deps, by: Principal, id: number) {
  const plan = await getPlan(deps, by, id);
  const columns: Column[] = [
    { header: '序号', width: 6 },
    { header: '检查任务', width: 28 },
    { header: '检查类型', width: 12 },
    { header: '检查事项', width: 42 },
    { header: '检查对象（抽查规则或范围）', width: 36 },
    { header: '重点检查企业', width: 36 },
    { header: '检查数量（家）', width: 10 },
    { header: '实施月份', width: 16 },
    { header: '专项检查依据', width: 30 },
  ];
  const rows = plan.tasks.map((t, i) => [
    i + 1,
    t.title,
    KIND_LABELS[t.kind],
    items(t.items),
    t.targetRule ?? '',
    t.enterprises.map((e) => `${e.name}（${e.uscc}）`).join('\n'),
    t.targetCount,
    formatMonths(t.months),
    t.basis ?? '',
  ]);
  const name = `${plan.department.name}${plan.year}年度入企检查计划${plan.revision > 1 ? `（第${plan.revision}版）` : ''}`;
  const info = [
    `状态：${plan.statusLabel}`,
    `公布时间：${date(plan.publishedAt)}`,
    plan.revisionReason ? `修订理由：${plan.revisionReason}` : null,
    `导出日期：${todayOf(deps)}`,
  ]
    .filter(Boolean)
    .join('　');
  const buffer = await workbook({ title: plan.status === 'published' ? name : `${name}【${plan.statusLabel}】`, info, columns, rows });
  return { buffer, disposition: attachment(`plan-${plan.id}.xlsx`, `${name}.xlsx`) };
}

export async function exportPublishedPlans(deps: Deps, q: { year?: number; department?: string }) {
  const { year, items: plans } = await publishedPlans(deps, { ...q, limit: 10_000, offset: 0 });
  const columns: Column[] = [
    { header: '序号', width: 6 },
    { header: '执法部门', width: 22 },
    { header: '版次', width: 8 },
    { header: '检查任务', width: 28 },
    { header: '检查类型', width: 12 },
    { header: '检查事项', width: 42 },
    { header: '检查对象（抽查规则或范围）', width: 36 },
    { header: '检查数量（家）', width: 10 },
    { header: '实施月份', width: 16 },
    { header: '专项检查依据', width: 30 },
  ];
  const rows = plans.flatMap((p) => p.tasks.map((t) => [p.department.name, `第${p.revision}版`, t.title, KIND_LABELS[t.kind], items(t.items), t.targetRule ?? '', t.targetCount, formatMonths(t.months), t.basis ?? '']));
  const title = `${year}年度入企检查计划（已公布）`;
  const info = `共 ${plans.length} 个部门的计划、${rows.length} 项检查任务　导出日期：${todayOf(deps)}`;
  const buffer = await workbook({ title, info, columns, rows: rows.map((r, i) => [i + 1, ...r]) });
  return { buffer, disposition: attachment(`plans-${year}.xlsx`, `${title}.xlsx`) };
}

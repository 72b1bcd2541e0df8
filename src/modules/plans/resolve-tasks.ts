/**
 * Checks a plan's tasks and turns codes into ids: each kind states what it must (a random task its
 * sampling rule and count, a targeted task its enterprises or scope, a campaign its basis), items
 * come from the department's own active catalog, enterprises from the register.
 */
import { invalid } from '../../domain/errors.ts';
import type { Database } from '../../db/connection.ts';
import { usableItemsByCode } from '../catalog/index.ts';
import { enterprisesByUscc, type ResolvedTask } from './repository.ts';
import type { TaskInput } from './schemas.ts';

const blank = (s: string | undefined) => s === undefined || s.trim() === '';
const clean = (s: string | undefined) => (blank(s) ? null : s!.trim());

/** The first problem of a task, or null. Pure. */
export function taskProblem(t: TaskInput): { zh: string; en: string } | null {
  if (blank(t.title)) return { zh: '任务名称不能为空。', en: 'the title is empty.' };
  const named = t.enterprises?.length ?? 0;
  if (t.kind === 'random') {
    if (named > 0) return { zh: '双随机抽查的对象由抽查规则随机产生，不能预先指定企业。', en: 'a random inspection draws its enterprises by its rule; it names none.' };
    if (blank(t.targetRule)) return { zh: '双随机抽查须写明抽查规则（抽取范围与方式）。', en: 'a random inspection states its sampling rule.' };
    if (t.targetCount === undefined) return { zh: '双随机抽查须写明计划抽查的企业数。', en: 'a random inspection states how many enterprises it samples.' };
  }
  if (t.kind === 'targeted' && named === 0 && blank(t.targetRule)) {
    return { zh: '重点检查须列出检查对象企业，或写明检查对象范围。', en: 'a targeted inspection names its enterprises or states its scope.' };
  }
  if (t.kind === 'campaign' && blank(t.basis)) {
    return { zh: '专项检查须写明依据（上级部署文件或专项方案）。', en: "a campaign states its basis (the superior's deployment or the campaign plan)." };
  }
  if (named > 0 && t.targetCount !== undefined && t.targetCount !== named) {
    return { zh: `计划检查企业数（${t.targetCount}）与所列企业数（${named}）不一致。`, en: `the count (${t.targetCount}) differs from the enterprises named (${named}).` };
  }
  return null;
}

export async function resolveTasks(db: Database, department: { id: number; name: string }, tasks: readonly TaskInput[]): Promise<ResolvedTask[]> {
  tasks.forEach((t, i) => {
    const problem = taskProblem(t);
    if (problem) {
      throw invalid('PLAN_TASK_INVALID', `第${i + 1}项任务“${t.title.trim()}”：${problem.zh}`, `Task ${i + 1} “${t.title.trim()}”: ${problem.en}`, { task: i + 1 });
    }
  });
  const items = await usableItemsByCode(db, department, tasks.flatMap((t) => t.items));
  const usccs = [...new Set(tasks.flatMap((t) => t.enterprises ?? []))];
  const enterprises = await enterprisesByUscc(db, usccs);
  const missing = usccs.filter((u) => !enterprises.some((e) => e.uscc === u));
  if (missing.length > 0) {
    throw invalid('ENTERPRISE_NOT_FOUND', `企业库中没有统一社会信用代码为 ${missing.join('、')} 的企业。`, `No enterprise with USCC ${missing.join(', ')} in the register.`, { enterprises: missing });
  }
  return tasks.map((t) => {
    const named = (t.enterprises ?? []).map((u) => enterprises.find((e) => e.uscc === u)!.id);
    return {
      kind: t.kind,
      title: t.title.trim(),
      months: [...t.months].sort((a, b) => a - b),
      targetRule: clean(t.targetRule),
      targetCount: t.targetCount ?? (named.length > 0 ? named.length : null),
      basis: clean(t.basis),
      itemIds: t.items.map((code) => items.find((i) => i.code === code)!.id),
      enterpriseIds: named,
    };
  });
}

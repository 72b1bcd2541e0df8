/**
 * R15: a C or D enterprise that has rectified should rise at least one grade within N grading
 * periods: tracked and flagged (never a block). No rectification or not C/D: no finding.
 */
import { finding } from './finding.ts';
import type { Finding, Grade, ImprovementRecord, RuleContext } from './types.ts';

const RANK: Record<Grade, number> = { A: 0, B: 1, C: 2, D: 3 };

export function checkR15Improvement(record: ImprovementRecord | undefined, ctx: RuleContext): Finding[] {
  if (!record || record.rectifiedInPeriod == null || record.grades.length === 0) return [];
  const r = record.rectifiedInPeriod;
  const sorted = [...record.grades].sort((a, b) => a.period - b.period);
  const base = [...sorted].reverse().find((g) => g.period <= r);
  if (!base || (base.grade !== 'C' && base.grade !== 'D')) return [];
  const n = ctx.policy.improvement.gradingPeriods;
  const due = r + n;
  const after = sorted.filter((g) => g.period > r && g.period <= due);
  const raised = after.find((g) => RANK[g.grade] < RANK[base.grade]);
  const data = { rectifiedInPeriod: r, gradeAtRectification: base.grade, dueByPeriod: due };
  if (raised) {
    return [finding(ctx, 'R15', 'R15_RAISED', 'allow',
      `整改后已于第 ${raised.period} 期由 ${base.grade} 类提升为 ${raised.grade} 类。`,
      `After rectifying, raised from grade ${base.grade} to ${raised.grade} in period ${raised.period}.`, { ...data, raisedInPeriod: raised.period })];
  }
  const latest = sorted[sorted.length - 1].period;
  if (latest >= due) {
    return [finding(ctx, 'R15', 'R15_NOT_RAISED', 'warn',
      `该企业于第 ${r} 期整改，${n} 个分类期限（至第 ${due} 期）内仍未提升监管等级（${base.grade} 类）。请复核其等级评定，并加强合规指导。`,
      `The enterprise rectified in period ${r} but was not raised from grade ${base.grade} within ${n} grading periods (by period ${due}). Review its grading and step up compliance guidance.`, data)];
  }
  return [finding(ctx, 'R15', 'R15_TRACKING', 'allow',
    `该企业于第 ${r} 期整改，应在第 ${due} 期前至少提升一个监管等级（跟踪中）。`,
    `The enterprise rectified in period ${r}; it should rise at least one grade by period ${due} (tracked).`, data)];
}

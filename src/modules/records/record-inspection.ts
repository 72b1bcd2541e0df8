/**
 * 检查记录 (全过程记录): the inspector records arrival (with the code shown), the answers to the frozen
 * combined checklist, the findings, and completion. Only an inspector assigned to the filing may.
 * An on-site visit completed without the enterprise's own valid scan of its code is flagged
 * (CODE_NOT_SHOWN) for the coordinator and supervisors.
 */
import { forbidden, invalid } from '../../domain/errors.ts';
import type { Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { currentCode } from '../codes/index.ts';
import { checkFiling, codeWasShown, dateInChina, enforce, factsOf, filingInspectors, filingItems, raiseFlag, runTransition, snapshot, type Step } from '../filings/index.ts';
import { combinedChecklist } from './checklist.ts';

export interface Answer {
  key: string;
  answer: 'yes' | 'no' | 'na';
  note?: string;
}

export interface CompleteInput {
  answers: Answer[];
  outcome: 'none' | 'problems' | 'violation';
  problems?: { description: string; rectifyBy: string }[];
  caseReference?: string;
  summary?: string;
}

async function assertAssigned(step: Step) {
  const team = await filingInspectors(step.trx, step.row.id, step.today);
  if (!team.some((u) => u.id === step.actor.id)) {
    throw forbidden('只有本次检查指派的执法人员可以记录检查。', 'Only an inspector assigned to this inspection may record it.');
  }
}

export async function arrive(deps: Deps, by: Principal, id: number, input: { codeShown: boolean; justifications?: Record<string, string> }) {
  return runTransition(deps, by, id, 'arrive', async (step) => {
    const { trx, row, today, at, actor, rules } = step;
    await assertAssigned(step);
    if (!input.codeShown) throw invalid('CODE_NOT_SHOWN', '入企检查须亮码（查时亮码），未亮码不得开始检查。', 'Show the inspection code on entry; no code, no inspection.');
    if (row.mode === 'onsite' && !(await currentCode(trx, { kind: 'inspection', id: row.id }))) {
      throw invalid('NO_CODE', '该检查尚无检查码（无码不得入企），请联系县综合执法办补发。', 'This inspection has no code (no code, no entry); ask the coordinator to issue it.');
    }
    const end = row.window_end ?? row.planned_date;
    if (today < row.planned_date || today > end) {
      throw invalid('OUTSIDE_WINDOW', `今天（${today}）不在备案的检查时间（${row.planned_date}${end !== row.planned_date ? ` 至 ${end}` : ''}）内。`, `Today (${today}) is outside the filed time (${row.planned_date}–${end}).`);
    }
    const notice = await trx.selectFrom('notices').select('issued_on').where('filing_id', '=', row.id).executeTakeFirst();
    const check = await checkFiling(trx, await factsOf(trx, row, { date: today, ...(notice ? { noticeDate: notice.issued_on } : {}) }), rules);
    const justifications = enforce(check, row.justifications, input.justifications, { username: actor.username, at: at.toISOString() });
    await trx.insertInto('inspection_records').values({ filing_id: row.id, arrived_at: at, arrived_by: actor.id ?? 0, code_shown: true }).execute();
    return {
      set: { justifications: JSON.stringify(justifications), check_result: JSON.stringify(snapshot('arrive', at.toISOString(), check)) },
      audit: { arrivedAt: at.toISOString(), codeShown: true, verdict: check.verdict },
    };
  });
}

function validAnswers(answers: Answer[], keys: Set<string>) {
  const unknown = answers.filter((a) => !keys.has(a.key)).map((a) => a.key);
  if (unknown.length > 0) throw invalid('UNKNOWN_QUESTION', `检查表中没有问题 ${unknown.join('、')}。`, `No such checklist questions: ${unknown.join(', ')}.`);
}

export async function complete(deps: Deps, by: Principal, id: number, input: CompleteInput) {
  return runTransition(deps, by, id, 'complete', async (step) => {
    const { trx, row, at, actor } = step;
    await assertAssigned(step);
    if (row.path === 'emergency' && !row.registered_at) {
      throw invalid('NOT_REGISTERED', '紧急检查须先登记检查事项，方可完成（离场前登记）。', 'Register the emergency inspection’s items before completing it.');
    }
    const questions = combinedChecklist(await filingItems(trx, row.id));
    const keys = new Set(questions.map((q) => q.key));
    validAnswers(input.answers, keys);
    const answered = new Set(input.answers.map((a) => a.key));
    const open = questions.filter((q) => !answered.has(q.key));
    if (open.length > 0) throw invalid('CHECKLIST_INCOMPLETE', `检查表还有 ${open.length} 个问题未作答：${open.map((q) => q.text).join('；')}`, `${open.length} checklist questions are unanswered.`, { keys: open.map((q) => q.key) });
    const problems = input.problems ?? [];
    if (input.outcome === 'problems' && problems.length === 0) throw invalid('PROBLEMS_REQUIRED', '发现问题的，须列明问题及整改期限。', 'List the problems found and their rectification deadlines.');
    if (input.outcome === 'violation' && !input.caseReference) throw invalid('CASE_REFERENCE_REQUIRED', '涉嫌违法的，须填写移送立案的案件编号。', 'A suspected violation names the case it is referred to.');
    if (input.outcome === 'none' && problems.length > 0) throw invalid('PROBLEMS_WITH_NONE', '结论为“未发现问题”时不能列出问题。', 'An outcome of “none” lists no problems.');
    const due = problems.map((p) => p.rectifyBy).sort().at(-1) ?? null;
    let recorded = await trx.selectFrom('inspection_records').select('filing_id').where('filing_id', '=', row.id).executeTakeFirst();
    if (!recorded) {
      // Emergency path: the inspection began before it was filed; arrival is when it began.
      await trx.insertInto('inspection_records').values({ filing_id: row.id, arrived_at: row.started_at ?? at, arrived_by: actor.id ?? 0, code_shown: false }).execute();
      recorded = { filing_id: row.id };
    }
    await trx
      .updateTable('inspection_records')
      .set({
        answers: JSON.stringify(input.answers),
        outcome: input.outcome,
        problems: JSON.stringify(problems),
        rectification_due: due,
        case_reference: input.caseReference ?? null,
        summary: input.summary ?? null,
        completed_at: at,
        completed_by: actor.id,
      })
      .where('filing_id', '=', recorded.filing_id)
      .execute();
    // 查时亮码: no valid scan by the enterprise of any code of this visit → flagged to the coordinator
    // and supervisors (never shown to the department; nothing the inspector sends changes it).
    const shown = row.mode !== 'onsite' || (await codeWasShown(trx, row.id));
    if (!shown) await raiseFlag(trx, row.id, 'CODE_NOT_SHOWN', `${dateInChina(at)} 完成检查，企业未扫码核验检查码`);
    return { set: { completed_at: at }, audit: { outcome: input.outcome, problems: problems.length, rectificationDue: due, caseReference: input.caseReference ?? null, codeShown: shown } };
  });
}

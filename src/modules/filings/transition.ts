/**
 * The frame of every state change: lock the filing, check the caller's scope and the state machine,
 * do the step's work, set the new state and write the audit entry, all in one transaction.
 */
import type { Transaction, Updateable } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { FilingTable } from '../../db/tables/filings.ts';
import { notFound } from '../../domain/errors.ts';
import { recordAudit } from '../audit/index.ts';
import { assertDepartmentScope, type Principal } from '../auth/index.ts';
import type { Deps } from '../deps.ts';
import { lockFiling, type FilingRow } from './repository.ts';
import { loadRuleContexts, todayOf, type RuleContexts } from './rule-context.ts';
import { transitionFor, type FilingAction, type Transition } from './state-machine.ts';

export type Actor = Principal | 'system';

export interface Step {
  trx: Transaction<DB>;
  row: FilingRow;
  transition: Transition;
  today: string;
  at: Date;
  actor: { id: number | null; username: string };
  /** The rule context on a date (published policy, calendar overrides), loaded before the transaction. */
  rules: RuleContexts;
}

/** A transaction already open, with the rule contexts its caller loaded before opening it. */
export interface InTransaction {
  trx: Transaction<DB>;
  rules: RuleContexts;
}

export interface StepOutcome<T> {
  /** Columns to set besides the state. */
  set?: Updateable<FilingTable>;
  /** What the audit entry records besides the state change. */
  audit?: Record<string, unknown>;
  result?: T;
  /** Work to do after the state is set, in the same transaction (e.g. issue the notice). */
  after?: () => Promise<void>;
}

export const filingNotFound = (id: number) => notFound('FILING_NOT_FOUND', `备案 ${id} 不存在。`, `No filing ${id}.`);

/** Scope of a filing: a department user reaches only its own department's; coordinator and supervisor all. */
export function assertFilingScope(by: Principal, row: Pick<FilingRow, 'department_id'>) {
  assertDepartmentScope(by, row.department_id);
}

export async function runTransition<T>(
  deps: Deps,
  by: Actor,
  id: number,
  action: FilingAction,
  work: (step: Step) => Promise<StepOutcome<T>>,
  inTx?: InTransaction,
): Promise<T | undefined> {
  const rules = inTx?.rules ?? (await loadRuleContexts(deps));
  const body = async (trx: Transaction<DB>) => {
    const row = await lockFiling(trx, id);
    if (!row) throw filingNotFound(id);
    if (by !== 'system') assertFilingScope(by, row);
    const transition = transitionFor(action, row.state, row.path, by === 'system' ? 'system' : by.role);
    const actor = by === 'system' ? { id: null, username: 'system' } : { id: by.id, username: by.username };
    const outcome = await work({ trx, row, transition, today: todayOf(deps), at: deps.now(), actor, rules });
    const to = transition.to ?? row.state;
    await trx
      .updateTable('filings')
      .set({ ...outcome.set, state: to, updated_at: deps.now() })
      .where('id', '=', id)
      .execute();
    await recordAudit(trx, { userId: actor.id, label: actor.username }, {
      action: `filing.${action}`,
      entity: 'filing',
      entityId: id,
      before: { state: row.state },
      after: { state: to, ...outcome.audit },
    });
    if (outcome.after) await outcome.after();
    return outcome.result;
  };
  return inTx ? body(inTx.trx) : deps.db.transaction().execute(body);
}

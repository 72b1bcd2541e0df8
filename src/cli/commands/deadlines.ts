import type { Command } from 'commander';
import { parseIsoDate } from '../../domain/calendar/index.ts';
import { applyDeadlines, todayOf } from '../../modules/filings/index.ts';
import type { Deps } from '../../modules/deps.ts';
import { openContext, run } from '../context.ts';

/** Settles every deadline that has passed with the policy's default outcome; returns how many. */
export async function settleDeadlines(deps: Deps, today = todayOf(deps)): Promise<number> {
  const outcomes = await applyDeadlines(deps, today);
  return outcomes.length;
}

export function registerDeadlines(program: Command) {
  program
    .command('deadlines')
    .description('处理已到期的期限（按政策的默认结果） Settle passed deadlines with the policy’s default outcomes')
    .option('--date <YYYY-MM-DD>', '按此日期处理（默认今天） act as of this date (default today)')
    .action((opts: { date?: string }) =>
      run(async () => {
        const { handle, deps } = await openContext();
        try {
          const today = opts.date ? parseIsoDate(opts.date) : todayOf(deps);
          const outcomes = await applyDeadlines(deps, today);
          for (const o of outcomes) process.stdout.write(`${JSON.stringify(o)}\n`);
          process.stderr.write(`已处理到期期限 ${outcomes.length} 项 Settled ${outcomes.length} deadlines as of ${today}.\n`);
        } finally {
          await handle.close();
        }
      }),
    );
}

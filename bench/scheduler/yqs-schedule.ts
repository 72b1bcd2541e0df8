/**
 * `yqs schedule` on its own, until src/cli/main.ts wires it in:
 *   npx tsx bench/scheduler/yqs-schedule.ts < input.json > output.json
 * (also used to time the command-line path end to end).
 */
import { Command } from 'commander';
import { registerSchedule } from '../../src/cli/commands/schedule.ts';

const program = new Command('yqs');
registerSchedule(program);
program.parseAsync(['node', 'yqs', 'schedule', ...process.argv.slice(2)]).catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 1;
});

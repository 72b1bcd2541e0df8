/** yqs — the command line of 云企舒. */
import { Command } from 'commander';
import { VERSION } from '../server/app.ts';
import { registerCalendar } from './commands/calendar.ts';
import { registerCheck } from './commands/check.ts';
import { registerCodes } from './commands/codes.ts';
import { registerDb } from './commands/db.ts';
import { registerDeadlines } from './commands/deadlines.ts';
import { registerSchedule } from './commands/schedule.ts';
import { registerServe } from './commands/serve.ts';
import { registerUsers } from './commands/users.ts';

const program = new Command('yqs').description('云企舒 — 涉企行政检查统筹平台 Yunqishu command line').version(VERSION);
registerServe(program);
registerDb(program);
registerUsers(program);
registerCodes(program);
registerCheck(program);
registerCalendar(program);
registerSchedule(program);
registerDeadlines(program);

await program.parseAsync(process.argv);

/**
 * yqs schedule < input.json > output.json — the joint-visit scheduler on files (issue 5 item 3).
 * Reads the whole of stdin, validates it, plans, and only then writes the output: on bad input
 * nothing reaches stdout, the message (zh and en) names the offending field, the exit code is 1.
 * The output is streamed in pieces: at province scale it is larger than one JavaScript string.
 * Large inputs are planned on two threads (scheduleParallel; the plan is the same as schedule()'s).
 */
import type { Readable, Writable } from 'node:stream';
import type { Command } from 'commander';
import { buildCalendar } from '../../domain/calendar/index.ts';
import { scheduleParallel, ScheduleInputError, selectPolicy, type ScheduleOutput } from '../../domain/coordination/index.ts';
import { BUILT_IN_POLICIES } from '../../domain/policy/index.ts';

export interface ScheduleCommandOptions {
  pretty?: boolean;
}

async function readAll(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

function write(out: Writable, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    out.write(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Writes the output as JSON, a batch of entries at a time. */
async function writeOutput(out: Writable, result: ScheduleOutput, pretty: boolean): Promise<void> {
  const indent = pretty ? 2 : undefined;
  const list = async (name: string, items: readonly unknown[], last: boolean) => {
    await write(out, `${pretty ? '\n  ' : ''}"${name}":[`);
    for (let start = 0; start < items.length; start += 5000) {
      const batch = items.slice(start, start + 5000).map((x) => (pretty ? `\n    ${JSON.stringify(x)}` : JSON.stringify(x)));
      await write(out, (start > 0 ? ',' : '') + batch.join(','));
    }
    await write(out, `${pretty && items.length > 0 ? '\n  ' : ''}]${last ? '' : ','}`);
  };
  await write(out, '{');
  await list('visits', result.visits, false);
  await list('unscheduled', result.unscheduled, false);
  await write(out, `${pretty ? '\n  ' : ''}"stats":${JSON.stringify(result.stats, null, indent).replace(/\n/g, pretty ? '\n  ' : '\n')}${pretty ? '\n' : ''}}\n`);
}

/** The command's work, on any streams (for tests). Returns the exit code. */
export async function runSchedule(stdin: Readable, stdout: Writable, stderr: Writable, options: ScheduleCommandOptions = {}): Promise<number> {
  let input: unknown;
  try {
    input = JSON.parse(await readAll(stdin));
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    await write(stderr, `错误：输入不是有效的 JSON（${why}）。\nError: the input is not valid JSON (${why}).\n`);
    return 1;
  }
  let result: ScheduleOutput;
  try {
    const policy = selectPolicy(input, BUILT_IN_POLICIES);
    result = (await scheduleParallel(input, { calendar: buildCalendar(), policy })).output;
  } catch (error) {
    if (error instanceof ScheduleInputError) {
      const more = error.issues.slice(1).map((i) => `  - ${i.path}: ${i.zh} / ${i.en}\n`).join('');
      await write(stderr, `错误：${error.messages.zh}\nError: ${error.messages.en}\n${more}`);
      return 1;
    }
    const e = error as Error & { messages?: { zh: string; en: string } };
    await write(stderr, `错误 Error: ${e.messages ? `${e.messages.zh}\n${e.messages.en}` : e.message}\n`);
    return 1;
  }
  await writeOutput(stdout, result, options.pretty === true);
  return 0;
}

export function registerSchedule(program: Command): void {
  program
    .command('schedule')
    .description('排出联合检查计划：从标准输入读取 JSON，向标准输出写出 JSON  Plan joint visits: JSON on stdin → JSON on stdout')
    .option('--pretty', '缩进输出 indent the output')
    .action(async (options: ScheduleCommandOptions) => {
      process.exitCode = await runSchedule(process.stdin, process.stdout, process.stderr, options);
    });
}

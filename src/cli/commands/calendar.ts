/**
 * yqs calendar import <file.json>: loads override days and published years, all or nothing.
 * File: {"overrides":[{"date":"2027-01-01","kind":"holiday","name":"元旦"}…],
 *        "years":[{"year":2027,"arrangementPublished":true,"source":"国办发明电〔2026〕…"}]}
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { importCalendar } from '../../modules/calendar/index.ts';
import { openContext, run } from '../context.ts';
import { progressBar } from '../progress.ts';

function readJson(path: string): unknown {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`无法读取文件 Cannot read ${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`文件不是合法的 JSON ${path} is not valid JSON: ${(error as Error).message}`);
  }
}

export function registerCalendar(program: Command) {
  const calendar = program.command('calendar').description('工作日历 Working-day calendar');
  calendar
    .command('import <file>')
    .description('从 JSON 文件导入日历调整与年度放假安排（全部成功或全部不导入） Import overrides and published years from a JSON file (all or nothing)')
    .option('--replace', '先删除文件所涉年份的已有调整 first remove the existing overrides of every year the file names')
    .action((file: string, opts: { replace?: boolean }) =>
      run(async () => {
        const data = readJson(file);
        const { handle, deps } = await openContext();
        const bar = progressBar('日历 Calendar');
        try {
          const result = await importCalendar(deps, { userId: null, label: 'cli' }, data, { replace: opts.replace === true, onProgress: bar.update });
          bar.stop();
          process.stdout.write(
            `已导入 Imported: ${result.overrides} 条日历调整 overrides, ${result.years.length} 个年份 years` +
              `${result.replaced > 0 ? `, 替换 replaced ${result.replaced}` : ''} (${result.touchedYears.join(', ')})\n`,
          );
        } finally {
          bar.stop();
          await handle.close();
        }
      }),
    );
}

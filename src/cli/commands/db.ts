import type { Command } from 'commander';
import { seedDemo } from '../../db/seed/seed-demo.ts';
import { verifyAuditChain } from '../../modules/audit/index.ts';
import { openContext, run } from '../context.ts';
import { progressBar } from '../progress.ts';

const positiveInt = (value: string) => {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`需要正整数 A positive whole number is needed: ${value}`);
  return Number(value);
};

export function registerDb(program: Command) {
  program
    .command('migrate')
    .description('执行数据库迁移 Apply database migrations')
    .action(() =>
      run(async () => {
        const { handle } = await openContext();
        process.stderr.write('数据库已是最新 The database is up to date.\n');
        await handle.close();
      }),
    );

  program
    .command('seed')
    .description('载入演示县数据 Load the demo county')
    .requiredOption('--demo', '演示县（云和县） the demo county (Yunhe)')
    .option('--enterprises <n>', '企业数量 number of enterprises', positiveInt, 3000)
    .option('--seed <n>', '随机种子 generator seed', positiveInt)
    .action((opts: { enterprises: number; seed?: number }) =>
      run(async () => {
        const { handle, config, deps } = await openContext();
        const bar = progressBar('企业 Enterprises');
        try {
          const summary = await seedDemo(handle.db, { enterprises: opts.enterprises, seed: opts.seed, onProgress: bar.update, config, now: deps.now });
          bar.stop();
          process.stdout.write(`${JSON.stringify(summary)}\n`);
        } finally {
          bar.stop();
          await handle.close();
        }
      }),
    );

  const audit = program.command('audit').description('审计日志 Audit trail');
  audit
    .command('verify')
    .description('校验审计日志哈希链 Verify the audit hash chain')
    .action(() =>
      run(async () => {
        const { handle } = await openContext();
        const bar = progressBar('审计 Audit');
        try {
          const result = await verifyAuditChain(handle.db, bar.update);
          bar.stop();
          if (result.ok) {
            process.stdout.write(`审计链完整：共 ${result.entries} 条。Audit chain intact: ${result.entries} entries.\n`);
          } else {
            process.stdout.write(
              `审计链已损坏：第一条异常记录 id=${result.brokenId}（${result.reason}）。Audit chain broken at entry id=${result.brokenId} (${result.reason}).\n`,
            );
            process.exitCode = 2;
          }
        } finally {
          await handle.close();
        }
      }),
    );
}

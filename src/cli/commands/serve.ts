import type { Command } from 'commander';
import { isEmpty, seedDemo } from '../../db/seed/seed-demo.ts';
import { buildApp } from '../../server/app.ts';
import { openContext, run } from '../context.ts';
import { settleDeadlines } from './deadlines.ts';
import { progressBar } from '../progress.ts';

export function registerServe(program: Command) {
  program
    .command('serve')
    .description('运行服务（API 与网页） Serve the API and the web UI')
    .action(() =>
      run(async () => {
        const { config, handle, deps } = await openContext();
        if (config.DEMO && (await isEmpty(handle.db))) {
          process.stderr.write('首次启动：正在生成演示县（云和县）数据… First start: loading the demo county…\n');
          const bar = progressBar('企业 Enterprises');
          const summary = await seedDemo(handle.db, { onProgress: bar.update, config, now: deps.now });
          bar.stop();
          process.stderr.write(`演示数据已载入 Demo data loaded: ${JSON.stringify(summary)}\n`);
        }
        const app = await buildApp(deps, { logger: true });
        const close = async () => {
          await app.close();
          await handle.close();
          process.exit(0);
        };
        // Deadlines pass while nobody acts: settle them with the policy's default outcome every hour.
        const settle = () => settleDeadlines(deps).catch((error: unknown) => app.log.error({ err: error }, 'deadline job failed'));
        const timer = setInterval(settle, 3_600_000);
        timer.unref();
        void settle();
        process.once('SIGINT', close);
        process.once('SIGTERM', close);
        await app.listen({ port: config.PORT, host: config.HOST });
        const where = config.DATABASE_URL ? 'PostgreSQL' : `PGlite (${config.DATA_DIR})`;
        process.stderr.write(`\n云企舒已启动 Yunqishu is running: http://${config.HOST === '0.0.0.0' ? 'localhost' : config.HOST}:${config.PORT}  [${where}]\n`);
        if (config.DEMO) process.stderr.write('演示模式：所有演示账号的密码均为 demo1234（如 coordinator）。Demo mode: every demo account’s password is demo1234.\n');
      }),
    );
}

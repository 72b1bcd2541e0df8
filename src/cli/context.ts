/** What every command needs: the validated configuration and an open, migrated database. */
import { resolve } from 'node:path';
import { loadConfig, type Config } from '../config.ts';
import { openDatabase, type DatabaseHandle } from '../db/connection.ts';
import { migrate } from '../db/migrate.ts';
import type { Deps } from '../modules/deps.ts';

export interface CommandContext {
  config: Config;
  handle: DatabaseHandle;
  deps: Deps;
}

export async function openContext(options: { migrate?: boolean } = {}): Promise<CommandContext> {
  const config = loadConfig();
  const handle = await openDatabase({ url: config.DATABASE_URL, dataDir: resolve(config.DATA_DIR) });
  if (options.migrate !== false) {
    const result = await migrate(handle.db);
    if (result.applied.length > 0) process.stderr.write(`数据库迁移 Migrations applied: ${result.applied.join(', ')}\n`);
  }
  return { config, handle, deps: { db: handle.db, config, now: () => new Date() } };
}

/** Runs a command body, prints a clear message on failure and sets the exit code. */
export async function run(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const e = error as Error & { messages?: { zh: string; en: string } };
    process.stderr.write(`错误 Error: ${e.messages ? `${e.messages.zh}\n${e.messages.en}` : e.message}\n`);
    process.exitCode = 1;
  }
}

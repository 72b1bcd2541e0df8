/**
 * The command line: `yqs check` answers like POST /rule-checks and fails clearly on bad input;
 * `yqs calendar import` loads a file all or nothing, with a progress line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connection.ts';
import { migrate } from '../../src/db/migrate.ts';
import { backends, freshDatabase, type TestDatabase } from '../helpers/db.ts';
import { newDepartment, newEnterprise, newItem } from '../helpers/factories.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const NODE = join(ROOT, 'node_modules', '.bin', 'node');
/** Each `yqs` start loads TypeScript through tsx: seconds, more on a busy machine. */
const CLI_TIMEOUT = 240_000;

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

describe.each(backends)('yqs check and yqs calendar import on %s', (backend) => {
  let dir: string;
  let env: NodeJS.ProcessEnv;
  let pgDatabase: TestDatabase | undefined;
  let uscc: string;

  /** The database the CLI uses, opened only while the CLI is not running (PGlite allows one process). */
  async function withDb<T>(fn: (h: DatabaseHandle) => Promise<T>): Promise<T> {
    const h = pgDatabase ? await openDatabase({ url: pgDatabase.url }) : await openDatabase({ dataDir: join(dir, 'data') });
    try {
      return await fn(h);
    } finally {
      await h.close();
    }
  }

  function yqs(args: string[], stdin?: string): Promise<Ran> {
    return new Promise((resolve, reject) => {
      const child = spawn(NODE, [join(ROOT, 'bin', 'yqs.mjs'), ...args], { cwd: dir, env, stdio: ['pipe', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (c) => (stdout += c));
      child.stderr.on('data', (c) => (stderr += c));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout, stderr }));
      child.stdin.end(stdin ?? '');
    });
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'yqs-cli-'));
    const { DATABASE_URL: _unused, ...rest } = process.env;
    env = { ...rest, DATA_DIR: join(dir, 'data'), LOG_LEVEL: 'silent', DEMO: 'false' };
    if (backend === 'postgres') {
      pgDatabase = await freshDatabase('postgres');
      env.DATABASE_URL = pgDatabase.url;
    }
    uscc = await withDb(async (h) => {
      await migrate(h.db);
      const d = await newDepartment(h.db, { code: 'scjg', name: '云和县市场监督管理局' });
      await newItem(h.db, d.id, { code: 'scjg-001' });
      return (await newEnterprise(h.db, { grade: 'C' })).uscc;
    });
  });
  afterAll(async () => {
    await pgDatabase?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const request = (o: Record<string, unknown> = {}) => JSON.stringify({ enterprise: uscc, department: 'scjg', items: ['scjg-001'], mode: 'onsite', date: '2026-03-23', ...o });

  it('answers a rule check as JSON, and fails clearly on bad input', async () => {
    const ok = await yqs(['check', '--json'], request());
    expect(ok.code, ok.stderr).toBe(0);
    const answer = JSON.parse(ok.stdout);
    expect(answer).toMatchObject({ verdict: 'block', earliestDate: '2026-04-01', provisional: false });
    expect(answer.findings.map((f: { code: string }) => f.code)).toContain('R6_QUIET_PERIOD');

    const notJson = await yqs(['check', '--json'], '{"enterprise":');
    expect(notJson.code).toBe(1);
    expect(notJson.stderr).toContain('请求不是合法的 JSON');
    const badShape = await yqs(['check', '--json'], request({ mode: 'teleport', colour: 'red' }));
    expect(badShape.code).toBe(1);
    expect(badShape.stderr).toContain('请求不合法 Invalid request');
    const impossible = await yqs(['check', '--json'], request({ date: '2026-02-30' }));
    expect(impossible.code).toBe(1);
    expect(impossible.stderr).toContain('日期不存在：“2026-02-30”');
  }, CLI_TIMEOUT);

  it('imports overrides and published years all or nothing, with a progress line', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }, { date: '2027-02-30', kind: 'holiday' }], years: [{ year: 2027, arrangementPublished: true }] }));
    const refused = await yqs(['calendar', 'import', bad]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('日历文件有 1 处错误，未导入任何数据');
    expect(refused.stderr).toContain('/overrides/1/date');
    expect(await withDb((h) => h.db.selectFrom('calendar_overrides').selectAll().execute())).toEqual([]);

    const good = join(dir, 'good.json');
    writeFileSync(
      good,
      JSON.stringify({
        overrides: [
          { date: '2027-01-01', kind: 'holiday', name: '元旦' },
          { date: '2027-03-10', kind: 'holiday', name: '测试调整' },
          { date: '2027-03-13', kind: 'workday', name: '测试调休' },
        ],
        years: [{ year: 2027, arrangementPublished: true, source: '测试安排' }],
      }),
    );
    const imported = await yqs(['calendar', 'import', good]);
    expect(imported.code, imported.stderr).toBe(0);
    expect(imported.stderr).toMatch(/日历 Calendar: 4\/4 \(100%\)/);
    expect(imported.stdout).toContain('已导入 Imported: 3 条日历调整 overrides, 1 个年份 years');

    const check = JSON.parse((await yqs(['check', '--json'], request({ date: '2027-03-10', noticeDate: '2027-03-01' }))).stdout);
    expect(check).toMatchObject({ provisional: false, verdict: 'block', earliestDate: '2027-03-11' });
    expect(check.findings.map((f: { code: string }) => f.code)).toContain('R9_NON_WORKING_DAY');

    const again = join(dir, 'again.json');
    writeFileSync(again, JSON.stringify({ overrides: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] }));
    expect((await yqs(['calendar', 'import', '--replace', again])).code).toBe(0);
    const rows = await withDb((h) => h.db.selectFrom('calendar_overrides').select('date').orderBy('date').execute());
    expect(rows.map((r) => r.date)).toEqual(['2027-01-01']);
    const audit = await withDb((h) => h.db.selectFrom('audit_log').select(['action', 'actor_label']).where('action', '=', 'calendar.import').execute());
    expect(audit).toEqual([
      { action: 'calendar.import', actor_label: 'cli' },
      { action: 'calendar.import', actor_label: 'cli' },
    ]);
  }, CLI_TIMEOUT);
});

import { createInterface } from 'node:readline/promises';
import type { Command } from 'commander';
import type { Role } from '../../db/schema.ts';
import { recordAudit } from '../../modules/audit/index.ts';
import { hashPassword } from '../../modules/auth/index.ts';
import { openContext, run } from '../context.ts';

const ROLES: Role[] = ['coordinator', 'dept_admin', 'dept_head', 'inspector', 'enterprise', 'supervisor', 'county_office'];

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let text = '';
    for await (const chunk of process.stdin) text += chunk;
    return text.split('\n')[0] ?? '';
  }
  const rl = createInterface({ input: process.stdin, output: process.stderr });
  const answer = await rl.question('密码 Password: ');
  rl.close();
  return answer;
}

export function registerUsers(program: Command) {
  const user = program.command('user').description('账号管理 Accounts');
  user
    .command('add')
    .description('新增账号（密码从标准输入读取） Add an account (password read from stdin)')
    .requiredOption('--username <name>', '用户名 username')
    .requiredOption('--role <role>', `角色 role: ${ROLES.join(' | ')}`)
    .requiredOption('--display-name <name>', '姓名 display name')
    .option('--department <code>', '部门代码（部门角色必填） department code, for department roles')
    .option('--enterprise <uscc>', '统一社会信用代码（企业角色必填） USCC, for enterprise users')
    .action((opts: { username: string; role: string; displayName: string; department?: string; enterprise?: string }) =>
      run(async () => {
        if (!ROLES.includes(opts.role as Role)) throw new Error(`未知角色 Unknown role: ${opts.role}`);
        const password = await readPassword();
        if (password.length < 10) throw new Error('密码至少 10 个字符 The password needs at least 10 characters.');
        const { handle } = await openContext();
        try {
          const db = handle.db;
          const department = opts.department ? await db.selectFrom('departments').select('id').where('code', '=', opts.department).executeTakeFirst() : null;
          if (opts.department && !department) throw new Error(`部门不存在 No department: ${opts.department}`);
          const enterprise = opts.enterprise ? await db.selectFrom('enterprises').select('id').where('uscc', '=', opts.enterprise).executeTakeFirst() : null;
          if (opts.enterprise && !enterprise) throw new Error(`企业不存在 No enterprise: ${opts.enterprise}`);
          const hash = await hashPassword(password);
          await db.transaction().execute(async (trx) => {
            const row = await trx
              .insertInto('users')
              .values({
                username: opts.username,
                display_name: opts.displayName,
                role: opts.role as Role,
                department_id: department?.id ?? null,
                enterprise_id: enterprise?.id ?? null,
                password_hash: hash,
              })
              .returning('id')
              .executeTakeFirstOrThrow();
            await recordAudit(trx, { userId: null, label: 'cli' }, { action: 'user.create', entity: 'user', entityId: row.id, after: { username: opts.username, role: opts.role } });
          });
          process.stdout.write(`已新增账号 Account added: ${opts.username}\n`);
        } finally {
          await handle.close();
        }
      }),
    );
}

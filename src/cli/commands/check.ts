/**
 * yqs check: the rule check of a proposed inspection from the command line, the same request and
 * answer as POST /api/v1/rule-checks. Reads the request (JSON) from stdin; `--json` prints the
 * answer as JSON, otherwise a readable summary. Whoever runs the CLI on the server is trusted like
 * the coordinator (every department). Exit code 1 on bad input; the verdict itself exits 0.
 */
import type { Command } from 'commander';
import { Value } from 'typebox/value';
import type { CheckResult } from '../../domain/rules/index.ts';
import type { Principal } from '../../modules/auth/index.ts';
import { checkProposedInspection, RuleCheckBody, type RuleCheckRequest } from '../../modules/rules/index.ts';
import { openContext, run } from '../context.ts';

const CLI_PRINCIPAL: Principal = { id: 0, username: 'cli', displayName: '命令行 command line', role: 'coordinator', department: null, enterprise: null, via: 'session' };

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) throw new Error('请从标准输入提供 JSON 请求，例如 yqs check --json < request.json\nPipe the JSON request on stdin, e.g. yqs check --json < request.json');
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

export function parseCheckRequest(text: string): RuleCheckRequest {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new Error(`请求不是合法的 JSON：${(error as Error).message}\nThe request is not valid JSON.`);
  }
  if (!Value.Check(RuleCheckBody, body)) {
    const problems = [...Value.Errors(RuleCheckBody, body)].slice(0, 10).map((e) => `  ${e.instancePath || '/'}: ${e.message}`);
    throw new Error(
      `请求不合法 Invalid request:\n${problems.join('\n')}\n` +
        '应为 Expected: {"enterprise":"<USCC>","department":"<code>","items":["<code>"],"mode":"onsite"|"offsite","date":"YYYY-MM-DD","noticeDate"?:"YYYY-MM-DD","exceptionCase"?:"<code>"}',
    );
  }
  return body;
}

function summary(r: CheckResult): string {
  const lines = [`结论 Verdict: ${r.verdict}${r.provisional ? '（暂定 provisional）' : ''}`, `最早日期 Earliest date: ${r.earliestDate ?? '无 none this year'}`];
  for (const f of r.findings) lines.push(`  [${f.verdict}] ${f.rule} ${f.code} — ${f.message.zh}\n          ${f.message.en}\n          (${f.clause.id})`);
  return `${lines.join('\n')}\n`;
}

export function registerCheck(program: Command) {
  program
    .command('check')
    .description('检查前规则校验（从标准输入读取 JSON 请求） Check a proposed inspection against the rules (JSON request on stdin)')
    .option('--json', '以 JSON 输出结果 print the answer as JSON')
    .action((opts: { json?: boolean }) =>
      run(async () => {
        const request = parseCheckRequest(await readStdin());
        const { handle, deps } = await openContext();
        try {
          const result = await checkProposedInspection(deps, CLI_PRINCIPAL, request);
          process.stdout.write(opts.json ? `${JSON.stringify(result, null, 2)}\n` : summary(result));
        } finally {
          await handle.close();
        }
      }),
    );
}

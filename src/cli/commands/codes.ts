/** yqs codes: the inspection-code signing keys (create, rotate, revoke, list) and re-issuing codes. */
import type { Command } from 'commander';
import { ensureSigningKey, listPublicKeys, rotateSigningKey } from '../../modules/codes/index.ts';
import { reissueCodes } from '../../modules/filings/index.ts';
import { openContext, run } from '../context.ts';

export function registerCodes(program: Command) {
  const codes = program.command('codes').description('检查码签名密钥 Inspection-code signing keys');

  codes
    .command('ensure-key')
    .description('若无签名密钥则生成一个 Create the signing key if there is none')
    .action(() =>
      run(async () => {
        const { handle, deps } = await openContext();
        try {
          const key = await ensureSigningKey(deps);
          process.stdout.write(key.created ? `已生成签名密钥 Signing key created: ${key.id}\n` : `签名密钥已存在 Signing key exists: ${key.id}\n`);
        } finally {
          await handle.close();
        }
      }),
    );

  codes
    .command('rotate-key')
    .description('轮换签名密钥：新码用新密钥签名，旧码在有效期内仍可核验 Rotate: new codes use a new key; old codes verify until their windows end')
    .option('--revoke', '吊销当前密钥（泄露时），其签发的码立即失效 Revoke the current key (compromised): its codes stop verifying now')
    .option('--reason <text>', '原因（吊销时必填） reason (required with --revoke)')
    .action((opts: { revoke?: boolean; reason?: string }) =>
      run(async () => {
        const { handle, deps } = await openContext();
        try {
          const r = await rotateSigningKey(deps, 'cli', { revoke: opts.revoke ?? false, ...(opts.reason ? { reason: opts.reason } : {}) });
          process.stdout.write(`新签名密钥 New signing key: ${r.keyId}\n`);
          if (r.retiredKeyId !== null) {
            process.stdout.write(
              r.revoked
                ? `已吊销密钥 Revoked key ${r.retiredKeyId}: 其签发的检查码须重新签发 its codes must be issued again\n`
                : `已停用密钥 Retired key ${r.retiredKeyId}: 可核验至 verifies until ${r.verifiesUntil}\n`,
            );
          }
          if (r.revoked) {
            const again = await reissueCodes(deps, { userId: null, label: 'cli' });
            process.stdout.write(`已重新签发检查码 Codes issued again: ${again.length}\n`);
          }
        } finally {
          await handle.close();
        }
      }),
    );

  codes
    .command('reissue')
    .description('补发缺失的检查码，并重新签发已吊销密钥签发的检查码 Issue missing codes and codes whose key was revoked')
    .action(() =>
      run(async () => {
        const { handle, deps } = await openContext();
        try {
          const again = await reissueCodes(deps, { userId: null, label: 'cli' });
          for (const r of again) process.stdout.write(`备案 filing ${r.filingId}\t检查码 code ${r.codeId}${r.replaced ? '\t(重新签发 replaced)' : ''}\n`);
          process.stdout.write(`共 ${again.length} 枚 In all: ${again.length}\n`);
        } finally {
          await handle.close();
        }
      }),
    );

  codes
    .command('keys')
    .description('列出公钥 List the public keys')
    .action(() =>
      run(async () => {
        const { handle, deps } = await openContext();
        try {
          const { keys } = await listPublicKeys(deps);
          for (const k of keys) process.stdout.write(`${k.id}\t${k.status}\t${k.publicKey}\t${k.createdAt}\t${k.verifiesUntil ?? ''}\n`);
        } finally {
          await handle.close();
        }
      }),
    );
}

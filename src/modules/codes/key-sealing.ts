/**
 * The private signing key at rest: PKCS#8 DER, sealed with AES-256-GCM under a key derived from the
 * configured secret (CODE_KEY_SECRET) when there is one, bound to its public key so a sealed blob
 * cannot be moved to another row. Without a secret the key is stored as is (`none`) and protected
 * only by the database's own access control; it never leaves the server either way.
 */
import { createCipheriv, createDecipheriv, createPrivateKey, hkdfSync, randomBytes, type KeyObject } from 'node:crypto';
import type { Config } from '../../config.ts';
import type { KeySealing } from '../../db/tables/codes.ts';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/** The key-encryption secret (CODE_KEY_SECRET, validated at boot to at least 32 characters), or null. */
export function keyEncryptionSecret(config: Config): string | null {
  return config.CODE_KEY_SECRET ?? null;
}

function kek(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'yunqishu/code-signing-key', 'aes-256-gcm', 32));
}

export function sealPrivateKey(privateKey: KeyObject, publicRaw: Uint8Array, secret: string | null): { value: Buffer; sealing: KeySealing } {
  const der = privateKey.export({ format: 'der', type: 'pkcs8' });
  if (!secret) return { value: der, sealing: 'none' };
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv('aes-256-gcm', kek(secret), iv);
  cipher.setAAD(publicRaw);
  const sealed = Buffer.concat([cipher.update(der), cipher.final()]);
  return { value: Buffer.concat([iv, cipher.getAuthTag(), sealed]), sealing: 'aes-256-gcm' };
}

export function openPrivateKey(value: Uint8Array, sealing: KeySealing, publicRaw: Uint8Array, secret: string | null): KeyObject {
  const data = Buffer.from(value);
  if (sealing === 'none') return createPrivateKey({ key: data, format: 'der', type: 'pkcs8' });
  if (!secret) throw new Error('The code signing key is sealed but CODE_KEY_SECRET is not set / 检查码签名密钥已加密，但未配置 CODE_KEY_SECRET');
  const decipher = createDecipheriv('aes-256-gcm', kek(secret), data.subarray(0, IV_BYTES));
  decipher.setAAD(publicRaw);
  decipher.setAuthTag(data.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
  const der = Buffer.concat([decipher.update(data.subarray(IV_BYTES + TAG_BYTES)), decipher.final()]);
  return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
}

/** The raw 32-byte public key of an Ed25519 key. */
export function rawPublicKey(key: KeyObject): Buffer {
  const jwk = key.export({ format: 'jwk' });
  return Buffer.from(jwk.x ?? '', 'base64url');
}

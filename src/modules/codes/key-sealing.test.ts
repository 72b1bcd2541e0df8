import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { loadConfig, type Config } from '../../config.ts';
import { keyEncryptionSecret, openPrivateKey, rawPublicKey, sealPrivateKey } from './key-sealing.ts';

const SECRET = 'a long enough key-encryption secret';

describe('private key sealing', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const pub = rawPublicKey(publicKey);

  it('seals with AES-256-GCM under the secret and opens to the same key', () => {
    const sealed = sealPrivateKey(privateKey, pub, SECRET);
    expect(sealed.sealing).toBe('aes-256-gcm');
    expect(sealed.value.includes(privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(16))).toBe(false);
    const opened = openPrivateKey(sealed.value, sealed.sealing, pub, SECRET);
    const msg = Buffer.from('检查码');
    expect(verify(null, msg, publicKey, sign(null, msg, opened))).toBe(true);
  });

  it('refuses a wrong secret, a blob moved to another key, a changed byte, and a missing secret', () => {
    const sealed = sealPrivateKey(privateKey, pub, SECRET);
    expect(() => openPrivateKey(sealed.value, 'aes-256-gcm', pub, `${SECRET}!`)).toThrow();
    expect(() => openPrivateKey(sealed.value, 'aes-256-gcm', rawPublicKey(generateKeyPairSync('ed25519').publicKey), SECRET)).toThrow();
    const changed = Buffer.from(sealed.value);
    changed[changed.length - 1] ^= 1;
    expect(() => openPrivateKey(changed, 'aes-256-gcm', pub, SECRET)).toThrow();
    expect(() => openPrivateKey(sealed.value, 'aes-256-gcm', pub, null)).toThrow(/CODE_KEY_SECRET/);
  });

  it('stores PKCS#8 as is without a secret, and reads the secret from the configuration only when it is long enough', () => {
    const plain = sealPrivateKey(privateKey, pub, null);
    expect(plain.sealing).toBe('none');
    expect(rawPublicKey(openPrivateKey(plain.value, 'none', pub, null))).toEqual(pub);
    expect(keyEncryptionSecret({} as Config)).toBeNull();
    expect(() => loadConfig({ CODE_KEY_SECRET: 'short' })).toThrow(/CODE_KEY_SECRET/);
    const secret = 'x'.repeat(32);
    expect(keyEncryptionSecret(loadConfig({ CODE_KEY_SECRET: secret }))).toBe(secret);
  });
});

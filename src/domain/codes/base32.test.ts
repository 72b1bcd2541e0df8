import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { base32Decode, base32Encode } from './base32.ts';

describe('base32 (RFC 4648, unpadded, canonical)', () => {
  it('matches the RFC 4648 test vectors', () => {
    const vectors: [string, string][] = [
      ['', ''],
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(base32Encode(Buffer.from(plain))).toBe(encoded);
      expect(Buffer.from(base32Decode(encoded)!).toString()).toBe(plain);
    }
  });

  it('round-trips random bytes of every length up to 200', () => {
    for (let n = 0; n <= 200; n++) {
      const bytes = randomBytes(n);
      expect(Buffer.from(base32Decode(base32Encode(bytes))!).equals(bytes)).toBe(true);
    }
  });

  it('refuses every other spelling: lower case, padding, impossible lengths, non-zero spare bits', () => {
    expect(base32Decode('mzxw6')).toBeNull();
    expect(base32Decode('MZXW6===')).toBeNull();
    expect(base32Decode('MZX')).toBeNull();
    expect(base32Decode('M')).toBeNull();
    expect(base32Decode('MY')?.length).toBe(1);
    expect(base32Decode('MZ')).toBeNull(); // 'f' is MY; MZ sets a spare bit
    expect(base32Decode('MZXQ')).not.toBeNull();
    expect(base32Decode('MZXR')).toBeNull();
    expect(base32Decode('MZXW1')).toBeNull();
    expect(base32Decode('MZXW\u00e96')).toBeNull();
  });
});

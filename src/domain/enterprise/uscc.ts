/**
 * Unified social credit code (统一社会信用代码, USCC) per GB 32100-2015.
 *
 * Layout of the 18 characters:
 *   1      registration authority code (登记管理部门码), e.g. '9' = market regulation (工商)
 *   2      entity type code (机构类别码), e.g. '1' company, '2' individual business, '3' farmers' cooperative
 *   3–8    administrative division code (登记管理机关行政区划码), e.g. '331125' Yunhe County
 *   9–17   organisation code (主体标识码, GB 11714): 8 body characters + its own check character
 *   18     check character over characters 1–17, weights 3^i mod 31, modulus 31
 *
 * Pure code: no I/O. Only the 18th character is required to validate; the organisation code's check
 * character (position 17) is exposed separately because some codes issued before the standard
 * was applied uniformly do not satisfy it.
 */

/** The 31 characters a USCC may contain, in value order (no I, O, Z, S, V). */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights for positions 1–17 (3^(i-1) mod 31). */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/** GB 11714 weights for the 8 body characters of an organisation code. */
export const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

export type UsccInvalidReason = 'LENGTH' | 'CHARSET' | 'CHECK_CHAR';

export interface BilingualMessage {
  zh: string;
  en: string;
}

export type UsccValidation =
  | { ok: true }
  | { ok: false; reason: UsccInvalidReason; message: BilingualMessage };

export interface UsccParts {
  /** Position 1, one USCC character, e.g. '9'. */
  registrationAuthority: string;
  /** Position 2, one USCC character, e.g. '1'. */
  entityType: string;
  /** Positions 3–8, six digits, e.g. '331125'. */
  divisionCode: string;
  /**
   * The organisation code: either its 8 body characters (the GB 11714 check character is then
   * computed) or all 9 characters (taken as given).
   */
  orgCode: string;
}

export interface ParsedUscc {
  registrationAuthority: string;
  entityType: string;
  divisionCode: string;
  /** Positions 9–17. */
  orgCode: string;
  /** Position 18. */
  checkChar: string;
}

const USCC_VALUES: ReadonlyMap<string, number> = new Map(
  [...USCC_CHARSET].map((c, i) => [c, i] as const),
);

const USCC_PATTERN = /^[0-9A-HJ-NPQRTUWXY]{18}$/;

function usccValue(c: string): number {
  const v = USCC_VALUES.get(c);
  if (v === undefined) {
    throw new RangeError(`'${c}' is not a USCC character`);
  }
  return v;
}

/**
 * The 18th (check) character for the first 17 characters of a USCC.
 * Throws RangeError when the input is not 17 characters of the USCC charset.
 */
export function usccCheckChar(first17: string): string {
  if (first17.length !== 17) {
    throw new RangeError(`expected 17 characters, got ${first17.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    sum += usccValue(first17[i]) * USCC_WEIGHTS[i];
  }
  const c = (31 - (sum % 31)) % 31;
  return USCC_CHARSET[c];
}

/** GB 11714 value of a character: digits 0–9, letters A=10 … Z=35. */
function orgCodeValue(c: string): number {
  const code = c.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  throw new RangeError(`'${c}' is not an organisation code character`);
}

/**
 * The GB 11714 check character (position 9 of an organisation code, position 17 of a USCC)
 * for its 8 body characters: '0'–'9' or 'X'.
 */
export function orgCodeCheckChar(body8: string): string {
  if (body8.length !== 8) {
    throw new RangeError(`expected 8 characters, got ${body8.length}`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    sum += orgCodeValue(body8[i]) * ORG_CODE_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  if (c === 10) return 'X';
  if (c === 11) return '0';
  return String(c);
}

/** True when positions 9–17 of a (well-formed) USCC carry a correct GB 11714 check character. */
export function hasValidOrgCode(uscc: string): boolean {
  if (!USCC_PATTERN.test(uscc)) return false;
  return orgCodeCheckChar(uscc.slice(8, 16)) === uscc[16];
}

/**
 * Validates a USCC exactly as given (no trimming or case folding; use normalizeUscc first for
 * user input). Checks, in order: length, charset, the 18th check character.
 */
export function validateUscc(s: string): UsccValidation {
  const length = [...s].length;
  if (length !== 18) {
    return {
      ok: false,
      reason: 'LENGTH',
      message: {
        zh: `统一社会信用代码应为18位，当前为${length}位。`,
        en: `A unified social credit code has 18 characters; this one has ${length}.`,
      },
    };
  }
  if (!USCC_PATTERN.test(s)) {
    const bad = [...s].find((c) => !USCC_VALUES.has(c)) ?? '';
    return {
      ok: false,
      reason: 'CHARSET',
      message: {
        zh: `统一社会信用代码含非法字符“${bad}”：只能使用数字0–9和大写字母（不含I、O、Z、S、V）。`,
        en: `The code contains '${bad}': only digits 0–9 and capital letters except I, O, Z, S and V are allowed.`,
      },
    };
  }
  const expected = usccCheckChar(s.slice(0, 17));
  if (s[17] !== expected) {
    return {
      ok: false,
      reason: 'CHECK_CHAR',
      message: {
        zh: `统一社会信用代码校验位错误：第18位应为“${expected}”，实为“${s[17]}”，请核对是否录入有误。`,
        en: `Check character mismatch: the 18th character should be '${expected}', not '${s[17]}'. Please check for a typing error.`,
      },
    };
  }
  return { ok: true };
}

export function isValidUscc(s: string): boolean {
  return validateUscc(s).ok;
}

/**
 * Normalises user input: trims, removes inner spaces, turns full-width ASCII (e.g. from a Chinese
 * IME) into half-width and upper-cases. Does not validate.
 */
export function normalizeUscc(input: string): string {
  return input
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, '')
    .toUpperCase();
}

/** Splits a valid USCC into its parts; returns null when it is not valid. */
export function parseUscc(s: string): ParsedUscc | null {
  if (!isValidUscc(s)) return null;
  return {
    registrationAuthority: s[0],
    entityType: s[1],
    divisionCode: s.slice(2, 8),
    orgCode: s.slice(8, 17),
    checkChar: s[17],
  };
}

/**
 * Builds a valid USCC from its parts, computing the organisation code's check character (when an
 * 8-character body is given) and the 18th check character. Throws RangeError on malformed parts.
 */
export function makeUscc(parts: UsccParts): string {
  const { registrationAuthority, entityType, divisionCode, orgCode } = parts;
  if (registrationAuthority.length !== 1 || !USCC_VALUES.has(registrationAuthority)) {
    throw new RangeError(`bad registration authority code '${registrationAuthority}'`);
  }
  if (entityType.length !== 1 || !USCC_VALUES.has(entityType)) {
    throw new RangeError(`bad entity type code '${entityType}'`);
  }
  if (!/^[0-9]{6}$/.test(divisionCode)) {
    throw new RangeError(`bad division code '${divisionCode}'`);
  }
  if (!/^[0-9A-HJ-NPQRTUWXY]{8,9}$/.test(orgCode)) {
    throw new RangeError(`bad organisation code '${orgCode}'`);
  }
  const org9 = orgCode.length === 8 ? orgCode + orgCodeCheckChar(orgCode) : orgCode;
  const first17 = registrationAuthority + entityType + divisionCode + org9;
  return first17 + usccCheckChar(first17);
}

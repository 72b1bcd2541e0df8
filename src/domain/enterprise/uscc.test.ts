import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  USCC_CHARSET,
  hasValidOrgCode,
  isValidUscc,
  makeUscc,
  normalizeUscc,
  orgCodeCheckChar,
  parseUscc,
  usccCheckChar,
  validateUscc,
} from './uscc.ts';

/** Codes published by their holders (business licences, annual reports) and the standard's example. */
const REAL_CODES = [
  '91350100M000100Y43', // GB 32100-2015, example in the standard
  '914403001922038216', // 华为技术有限公司
  '9144030071526726XG', // 腾讯科技（深圳）有限公司
  '91110000802100433B', // 北京百度网讯科技有限公司
  '91110108551385082Q', // 小米科技有限责任公司
  '91330100799655058B', // 阿里巴巴（中国）网络技术有限公司
  '91330100716105852F', // 阿里巴巴（中国）有限公司
  '91110000710925462X', // 中国石油天然气股份有限公司
];

describe('validateUscc', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(validateUscc(code)).toEqual({ ok: true });
    expect(isValidUscc(code)).toBe(true);
    expect(hasValidOrgCode(code)).toBe(true);
  });

  it('computes the check character of the standard example', () => {
    expect(usccCheckChar('91350100M000100Y4')).toBe('3');
  });

  it('rejects a wrong length with LENGTH', () => {
    const r = validateUscc('91350100M000100Y4');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.reason).toBe('LENGTH');
      expect(r.message.zh).toContain('18位');
      expect(r.message.en).toContain('18 characters');
    }
    expect(validateUscc('').ok).toBe(false);
    expect(validateUscc('91350100M000100Y433')).toMatchObject({ ok: false, reason: 'LENGTH' });
  });

  it.each(['I', 'O', 'Z', 'S', 'V', 'a', '-', '中'])('rejects the character %s with CHARSET', (c) => {
    const code = '91350100M000100Y4' + c;
    const r = validateUscc(code);
    expect(r).toMatchObject({ ok: false, reason: 'CHARSET' });
  });

  it('rejects lower case as given, accepts it after normalizeUscc', () => {
    expect(validateUscc('9144030071526726xg')).toMatchObject({ ok: false, reason: 'CHARSET' });
    expect(isValidUscc(normalizeUscc(' 9144030071526726xg '))).toBe(true);
    // full-width digits and letters typed with a Chinese IME
    expect(normalizeUscc('９１３５０１００Ｍ０００１００Ｙ４３')).toBe('91350100M000100Y43');
  });

  it('rejects every single-character substitution of real codes with CHECK_CHAR', () => {
    for (const code of REAL_CODES) {
      for (let pos = 0; pos < 18; pos++) {
        for (const c of USCC_CHARSET) {
          if (c === code[pos]) continue;
          const mutated = code.slice(0, pos) + c + code.slice(pos + 1);
          const r = validateUscc(mutated);
          expect(r, mutated).toMatchObject({ ok: false, reason: 'CHECK_CHAR' });
        }
      }
    }
  });

  it('rejects adjacent transpositions of real codes', () => {
    for (const code of REAL_CODES) {
      for (let pos = 0; pos < 17; pos++) {
        if (code[pos] === code[pos + 1]) continue;
        const swapped = code.slice(0, pos) + code[pos + 1] + code[pos] + code.slice(pos + 2);
        expect(isValidUscc(swapped), swapped).toBe(false);
      }
    }
  });

  it('names the expected check character in the message', () => {
    const r = validateUscc('91350100M000100Y44');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message.zh).toContain('“3”');
  });
});

describe('orgCodeCheckChar (GB 11714)', () => {
  it('matches the organisation codes inside real USCCs', () => {
    for (const code of REAL_CODES) {
      expect(orgCodeCheckChar(code.slice(8, 16))).toBe(code[16]);
    }
  });
});

describe('makeUscc and parseUscc', () => {
  it('builds a valid Yunhe code from an 8-character body', () => {
    const code = makeUscc({
      registrationAuthority: '9',
      entityType: '1',
      divisionCode: '331125',
      orgCode: 'MA2A0B1C',
    });
    expect(code).toHaveLength(18);
    expect(code.startsWith('91331125MA2A0B1C')).toBe(true);
    expect(isValidUscc(code)).toBe(true);
    expect(hasValidOrgCode(code)).toBe(true);
    expect(parseUscc(code)).toEqual({
      registrationAuthority: '9',
      entityType: '1',
      divisionCode: '331125',
      orgCode: code.slice(8, 17),
      checkChar: code[17],
    });
  });

  it('rebuilds real codes from their parts', () => {
    for (const code of REAL_CODES) {
      const rebuilt = makeUscc({
        registrationAuthority: code[0],
        entityType: code[1],
        divisionCode: code.slice(2, 8),
        orgCode: code.slice(8, 17),
      });
      expect(rebuilt).toBe(code);
    }
  });

  it('refuses malformed parts', () => {
    const base = { registrationAuthority: '9', entityType: '1', divisionCode: '331125', orgCode: 'MA2A0B1C' };
    expect(() => makeUscc({ ...base, registrationAuthority: 'I' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, divisionCode: '33112' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, orgCode: 'MA2A0B1' })).toThrow(RangeError);
    expect(() => makeUscc({ ...base, orgCode: 'MA2A0O1C' })).toThrow(RangeError);
    expect(() => usccCheckChar('9135')).toThrow(RangeError);
  });

  it('returns null from parseUscc for an invalid code', () => {
    expect(parseUscc('91350100M000100Y44')).toBeNull();
  });

  it('always produces valid codes (property)', () => {
    const ch = fc.constantFrom(...USCC_CHARSET);
    fc.assert(
      fc.property(
        ch,
        ch,
        fc.stringMatching(/^[0-9]{6}$/),
        fc.array(ch, { minLength: 8, maxLength: 8 }).map((a) => a.join('')),
        (registrationAuthority, entityType, divisionCode, orgCode) => {
          const code = makeUscc({ registrationAuthority, entityType, divisionCode, orgCode });
          return isValidUscc(code) && hasValidOrgCode(code);
        },
      ),
    );
  });
});

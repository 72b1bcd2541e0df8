/**
 * How big a typical code is (2 departments, 4 inspectors, 6 items) and which QR version carries it,
 * as the verify URL a phone camera opens. The figures are printed and kept under fixed bounds.
 */
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { base32Decode } from './base32.ts';
import { keyPair, TYPICAL } from './fixtures.test-helper.ts';
import { signCode } from './sign.ts';

const URL_PREFIX = 'https://yqs.yunhe.gov.cn/v/';

describe('token size', () => {
  it('fits a typical joint visit in a QR code a phone reads at the door', () => {
    const { privateKey } = keyPair();
    const token = signCode(TYPICAL, privateKey, 1);
    const bytes = base32Decode(token)!.length;
    const versionOf = (text: string, level: 'L' | 'M' | 'Q') => QRCode.create(text, { errorCorrectionLevel: level }).version;
    const figures = {
      bytes,
      chars: token.length,
      qrTokenM: versionOf(token, 'M'),
      qrUrlL: versionOf(URL_PREFIX + token, 'L'),
      qrUrlM: versionOf(URL_PREFIX + token, 'M'),
      qrUrlQ: versionOf(URL_PREFIX + token, 'Q'),
      // The same bytes as base64url would need byte mode:
      qrUrlBase64M: versionOf(URL_PREFIX + Buffer.from(base32Decode(token)!).toString('base64url'), 'M'),
      utf8Json: Buffer.byteLength(JSON.stringify(TYPICAL)),
    };
    console.info('typical inspection code', figures);
    expect(bytes).toBeLessThanOrEqual(480);
    expect(figures.qrUrlM).toBeLessThanOrEqual(18);
    expect(figures.qrUrlM).toBeLessThan(figures.qrUrlBase64M);
  });
});

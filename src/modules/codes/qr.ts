/**
 * The code as a phone camera reads it: the verify page's URL `<origin>/v/<token>` in a QR code.
 * `qrcode` splits the text into segments itself: byte mode for the `https://…/v/` prefix and
 * alphanumeric mode for the base32 token (5.5 bits a character), so the full URL costs little more
 * than the token alone (docs/codes.md).
 */
import QRCode from 'qrcode';

/** The verify page's path for a token (relative; the web app serves it). */
export const codePagePath = (token: string): string => `/v/${token}`;

export interface QrOptions {
  /** Level M on paper (survives smudges), L on a screen (smaller). */
  level?: 'L' | 'M';
}

/** The QR code of `<origin>/v/<token>` as an SVG document. */
export async function codeQrSvg(origin: string, token: string, o: QrOptions = {}): Promise<string> {
  return QRCode.toString(`${origin.replace(/\/+$/, '')}${codePagePath(token)}`, { type: 'svg', errorCorrectionLevel: o.level ?? 'M', margin: 4 });
}

/** The same as a data URL, for an `<img src>`. */
export async function codeQrDataUrl(origin: string, token: string, o: QrOptions = {}): Promise<string> {
  return `data:image/svg+xml;base64,${Buffer.from(await codeQrSvg(origin, token, o), 'utf8').toString('base64')}`;
}

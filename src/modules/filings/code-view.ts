/**
 * The code of a filing as its readers get it: the token, the verify page's path, its QR code and
 * window — while the inspection is approved and not done (a cancelled or completed visit's code opens
 * nothing, so none is shown).
 */
import type { FilingState } from '../../db/tables/filings.ts';
import { codePagePath, codeQrDataUrl, type currentCode } from '../codes/index.ts';
import { CODE_STATES } from './issue-code.ts';

type Current = Awaited<ReturnType<typeof currentCode>>;

export async function codeFields(state: FilingState, current: Current, origin: string | undefined) {
  const code = (CODE_STATES as readonly FilingState[]).includes(state) ? current : null;
  return {
    code: code?.token ?? null,
    codeUrl: code ? codePagePath(code.token) : null,
    codeQr: code && origin ? await codeQrDataUrl(origin, code.token, { level: 'L' }) : null,
    codeValidFrom: code?.validFrom ?? null,
    codeValidTo: code?.validTo ?? null,
  };
}

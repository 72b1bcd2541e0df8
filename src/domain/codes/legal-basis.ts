/**
 * The legal basis a code carries: the items' bases, each law named once, short forms used
 * (《中华人民共和国安全生产法》→《安全生产法》, as citations commonly do), cut at a length that keeps the
 * QR code small. The full text stays on the notice and the filing.
 */
import { CODE_LIMITS } from './types.ts';

const SEPARATORS = /[；;\n]+/;

export function summariseLegalBasis(bases: readonly string[], maxChars = 80): string {
  const limit = Math.min(maxChars, CODE_LIMITS.legalBasisChars);
  const parts: string[] = [];
  for (const basis of bases) {
    for (const raw of basis.split(SEPARATORS)) {
      const part = raw.replaceAll('《中华人民共和国', '《').replace(/\s+/g, ' ').trim();
      if (part && !parts.includes(part)) parts.push(part);
    }
  }
  const chars = (text: string) => [...text].length;
  const all = parts.join('；');
  if (chars(all) <= limit) return all || '见检查事项清单';
  let out = '';
  for (const part of parts) {
    const next = out ? `${out}；${part}` : part;
    if (chars(next) + 1 > limit) break;
    out = next;
  }
  return out ? `${out}等` : `${[...parts[0]].slice(0, limit - 1).join('')}…`;
}

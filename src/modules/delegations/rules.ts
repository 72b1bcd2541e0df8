/** Checks shared by adding and changing an entry of the library. */
import { invalid, notFound } from '../../domain/errors.ts';
import { isCalendarDate } from '../catalog/index.ts';

export const delegationNotFound = (id: number) => notFound('DELEGATION_NOT_FOUND', `委托事项（编号 ${id}）不存在。`, `No delegation with id ${id}.`);

/** Real dates; an entry never ends in the past (that would backdate a withdrawal), nor before it starts. */
export function assertValidity(validFrom: string, validUntil: string | null, today: string): void {
  for (const d of [validFrom, validUntil]) {
    if (d !== null && !isCalendarDate(d)) throw invalid('INVALID_DATE', `日期“${d}”不存在。`, `“${d}” is not a calendar date.`);
  }
  if (validUntil !== null && validUntil < today) {
    throw invalid('DELEGATION_DATES_INVALID', `截止日期（${validUntil}）不能早于今天（${today}）；要立即停止委托，请撤回。`, `The end (${validUntil}) is in the past; withdraw the entry to stop it now.`);
  }
  if (validUntil !== null && validUntil < validFrom) {
    throw invalid('DELEGATION_DATES_INVALID', `截止日期（${validUntil}）不能早于生效日期（${validFrom}）。`, `The end (${validUntil}) is before the start (${validFrom}).`);
  }
}

/**
 * Calendar changes move every working-day answer (notice periods, earliest dates, filing deadlines),
 * so each one is asked for twice: without `confirm=true` the API answers 409 CONFIRMATION_REQUIRED
 * with what would change, and nothing is written.
 */
import { conflict } from '../../domain/errors.ts';

export function confirmationRequired(zh: string, en: string, preview: Record<string, unknown>) {
  return conflict(
    'CONFIRMATION_REQUIRED',
    `${zh}此更改将影响所有工作日计算（预告期、最早检查日、备案期限）。确认无误后请带 confirm=true 再次提交。`,
    `${en} This changes every working-day answer (notice periods, earliest dates, filing deadlines). Send it again with confirm=true to apply.`,
    preview,
  );
}

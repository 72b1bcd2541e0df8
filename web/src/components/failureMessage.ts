import { ApiError } from '../api/client';
import type { Translate } from '../i18n';

/** What a refused or failed action shows: the API's own zh/en message, else the generic one. */
export function failureMessage(error: unknown, t: Translate): string {
  return error instanceof ApiError && error.message ? error.message : t('error.500.sub');
}

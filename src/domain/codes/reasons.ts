/** What each answer means, in plain Chinese and English, for the verify page and the API. */
import type { Message } from '../errors.ts';
import type { CodeReason } from './types.ts';

export const VALID_MESSAGE: Message = {
  zh: '检查码有效：该检查已依法备案，可以接受检查。请核对执法人员姓名和执法证号。',
  en: 'The code is valid: the inspection is filed and approved. Check the inspectors’ names and certificate numbers.',
};

export const REASON_MESSAGES: Record<CodeReason, Message> = {
  MALFORMED_OR_FORGED: {
    zh: '检查码无效：无法核验（码不完整、被改动或不是本县签发）。可拒绝检查并向县综合执法办反映。',
    en: 'Invalid code: it cannot be verified (incomplete, altered or not issued here). You may refuse the inspection and report it.',
  },
  WRONG_ENTERPRISE: {
    zh: '检查码无效：该码不是签发给本企业的。',
    en: 'Invalid code: it was not issued for this enterprise.',
  },
  NOT_YET_VALID: {
    zh: '检查码尚未生效：还没到备案的检查时间。',
    en: 'The code is not valid yet: the filed inspection time has not begun.',
  },
  EXPIRED: {
    zh: '检查码已过期：备案的检查时间已过。',
    en: 'The code has expired: the filed inspection time is over.',
  },
  CANCELLED: {
    zh: '检查码无效：该检查已撤销。',
    en: 'Invalid code: the inspection was cancelled.',
  },
  SUPERSEDED: {
    zh: '检查码无效：该检查已换发新码（如执法人员或事项有变更），请以新码为准。',
    en: 'Invalid code: a newer code replaced it (e.g. inspectors or items changed).',
  },
  COMPLETED: {
    zh: '检查码无效：该检查已完成，不能再用于入企检查。',
    en: 'Invalid code: that inspection is completed; the code cannot admit another visit.',
  },
  NOT_ACTIVE: {
    zh: '检查码无效：该检查目前不处于已备案通过的状态。',
    en: 'Invalid code: the inspection is not currently approved.',
  },
  UNKNOWN_INSPECTION: {
    zh: '检查码无效：系统中查不到该检查。',
    en: 'Invalid code: the inspection cannot be found.',
  },
};

/**
 * Domain errors: a stable code, a zh-CN and an English message, optional data. Use cases and domain
 * code throw them; the server's error handler turns them into HTTP once (see server/error-handler.ts).
 */
export interface Message {
  zh: string;
  en: string;
}

export type ErrorKind = 'invalid' | 'unauthenticated' | 'forbidden' | 'not_found' | 'conflict' | 'locked' | 'too_many' | 'unavailable';

export class DomainError extends Error {
  constructor(
    readonly code: string,
    readonly kind: ErrorKind,
    readonly messages: Message,
    readonly data?: Record<string, unknown>,
  ) {
    super(messages.en);
    this.name = 'DomainError';
  }
}

export const invalid = (code: string, zh: string, en: string, data?: Record<string, unknown>) =>
  new DomainError(code, 'invalid', { zh, en }, data);
export const notFound = (code: string, zh: string, en: string, data?: Record<string, unknown>) =>
  new DomainError(code, 'not_found', { zh, en }, data);
export const forbidden = (zh = '您无权执行此操作或查看此记录。', en = 'You may not do this or see this record.') =>
  new DomainError('FORBIDDEN', 'forbidden', { zh, en });
export const conflict = (code: string, zh: string, en: string, data?: Record<string, unknown>) =>
  new DomainError(code, 'conflict', { zh, en }, data);

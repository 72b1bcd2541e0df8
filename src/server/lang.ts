import type { FastifyRequest } from 'fastify';
import type { Message } from '../domain/errors.ts';

export type Lang = 'zh' | 'en';

/** zh-CN unless the client asks for English first. */
export function langOf(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^\s*en\b/i.test(header) ? 'en' : 'zh';
}

export const pick = (message: Message, lang: Lang) => message[lang];

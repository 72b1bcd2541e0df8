/**
 * The one place where errors become HTTP. Domain errors keep their code and message; validation
 * errors name the field; database constraint violations become 4xx with their meaning; anything
 * else is a 500 whose details stay in the log.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, type ErrorKind } from '../domain/errors.ts';
import { langOf, type Lang } from './lang.ts';

const STATUS: Record<ErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  locked: 423,
  too_many: 429,
  unavailable: 503,
};

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
}

const PG_ERRORS: Record<string, { status: number; code: string; zh: string; en: string }> = {
  '23505': { status: 409, code: 'DUPLICATE', zh: '记录已存在（唯一性约束）。', en: 'The record already exists (uniqueness constraint).' },
  '23503': { status: 409, code: 'REFERENCE_INVALID', zh: '引用的记录不存在或仍被引用。', en: 'A referenced record does not exist or is still referenced.' },
  '23514': { status: 400, code: 'CONSTRAINT_VIOLATION', zh: '数据不符合规则（检查约束）。', en: 'The data breaks a rule (check constraint).' },
  '23502': { status: 400, code: 'REQUIRED_MISSING', zh: '缺少必填数据。', en: 'A required value is missing.' },
  '22P02': { status: 400, code: 'INVALID_VALUE', zh: '数据格式不正确。', en: 'A value has the wrong format.' },
  '22007': { status: 400, code: 'INVALID_DATE', zh: '日期格式不正确。', en: 'A date is malformed.' },
  '22008': { status: 400, code: 'INVALID_DATE', zh: '日期超出范围或不存在。', en: 'A date is out of range or does not exist.' },
  '22001': { status: 400, code: 'VALUE_TOO_LONG', zh: '数据过长。', en: 'A value is too long.' },
};

function send(reply: FastifyReply, status: number, code: string, message: string, details?: unknown) {
  return reply.status(status).send({ error: { code, message, ...(details !== undefined ? { details } : {}) } });
}

function validationMessage(error: FastifyError, lang: Lang): { message: string; details: unknown } {
  const items = (error.validation ?? []).map((v) => {
    const params = v.params as Record<string, unknown>;
    const field = [error.validationContext, v.instancePath.replace(/^\//, '').replaceAll('/', '.')].filter(Boolean).join('.');
    if (v.keyword === 'additionalProperties') return { field: `${field ? `${field}.` : ''}${String(params.additionalProperty)}`, reason: 'unknown' };
    if (v.keyword === 'required') return { field: `${field ? `${field}.` : ''}${String(params.missingProperty)}`, reason: 'required' };
    return { field, reason: v.message ?? v.keyword };
  });
  const text = items
    .map((i) =>
      lang === 'zh'
        ? i.reason === 'unknown'
          ? `不允许的字段 ${i.field}`
          : i.reason === 'required'
            ? `缺少字段 ${i.field}`
            : `字段 ${i.field} 不合法（${i.reason}）`
        : i.reason === 'unknown'
          ? `unknown field ${i.field}`
          : i.reason === 'required'
            ? `missing field ${i.field}`
            : `field ${i.field} is invalid (${i.reason})`,
    )
    .join(lang === 'zh' ? '；' : '; ');
  return { message: lang === 'zh' ? `请求参数不合法：${text}` : `Invalid request: ${text}`, details: items };
}

export function installErrorHandler(app: FastifyInstance) {
  app.setErrorHandler((error: FastifyError & PgError, request: FastifyRequest, reply: FastifyReply) => {
    const lang = langOf(request);
    if (error instanceof DomainError) {
      return send(reply, STATUS[error.kind], error.code, error.messages[lang], error.data);
    }
    if (error.validation) {
      const { message, details } = validationMessage(error, lang);
      return send(reply, 400, 'VALIDATION_FAILED', message, details);
    }
    const pgKnown = error.code ? PG_ERRORS[error.code] : undefined;
    if (pgKnown) {
      request.log.info({ err: error }, 'constraint violation');
      return send(reply, pgKnown.status, pgKnown.code, pgKnown[lang]);
    }
    if (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error.code === 'FST_ERR_CTP_EMPTY_JSON_BODY') {
      return send(reply, 400, 'INVALID_JSON', lang === 'zh' ? '请求体不是合法的 JSON。' : 'The request body is not valid JSON.');
    }
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') {
      return send(reply, 415, 'UNSUPPORTED_MEDIA_TYPE', lang === 'zh' ? '不支持的请求内容类型。' : 'Unsupported content type.');
    }
    if (error.statusCode === 429) {
      return send(reply, 429, 'RATE_LIMITED', lang === 'zh' ? '请求过于频繁，请稍后再试。' : 'Too many requests; try again later.');
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
      return send(reply, error.statusCode, 'BAD_REQUEST', lang === 'zh' ? '请求无效。' : error.message);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(reply, 500, 'INTERNAL_ERROR', lang === 'zh' ? '服务器内部错误，请稍后再试或联系管理员。' : 'Internal server error.');
  });

}

/** The 404 for an unknown API route (the UI's own router answers unknown pages). */
export function sendNotFound(request: FastifyRequest, reply: FastifyReply) {
  const path = `${request.method} ${request.url.split('?')[0]}`;
  return send(reply, 404, 'NOT_FOUND', langOf(request) === 'zh' ? `接口不存在：${path}` : `No such route: ${path}`);
}

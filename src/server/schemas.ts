/** Schema helpers shared by every route: closed objects (unknown fields rejected), paging, errors. */
import { Type, type TProperties } from 'typebox';

/** An object schema that rejects unknown fields. */
export const Obj = <T extends TProperties>(properties: T, options: Record<string, unknown> = {}) =>
  Type.Object(properties, { additionalProperties: false, ...options });

export const ErrorResponse = Obj(
  {
    error: Obj({
      code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED' }),
      message: Type.String({ description: 'Human-readable message (zh-CN by default, English with Accept-Language: en)' }),
      details: Type.Optional(Type.Unknown()),
    }),
  },
  { $id: 'ErrorResponse' },
);

export const PagingQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
  offset: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000_000, default: 0 })),
  q: Type.Optional(Type.String({ maxLength: 100, description: 'Search text' })),
};

export const IsoDateString = Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'Calendar date YYYY-MM-DD' });

/** Standard error responses for the OpenAPI document. */
export const errorResponses = {
  400: ErrorResponse,
  401: ErrorResponse,
  403: ErrorResponse,
  404: ErrorResponse,
};

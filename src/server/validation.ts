/**
 * Request validation: two Ajv instances. Query strings, path params and headers arrive as text, so
 * their values are coerced to the schema's types; a JSON body is taken as sent — no coercion, so a
 * `null` stays null and `"5"` is not a number. Unknown fields are rejected (closed schemas), never
 * silently removed.
 */
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function newAjv(coerce: boolean) {
  const ajv = new Ajv({ coerceTypes: coerce ? 'array' : false, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  addFormats(ajv);
  return ajv;
}

const forText = newAjv(true);
const forBody = newAjv(false);

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) =>
  (httpPart === 'body' ? forBody : forText).compile(schema) as ReturnType<FastifySchemaCompiler<object>>;

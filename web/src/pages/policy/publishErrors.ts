// Turns a refused publication into lines to show: the policy's own problems (POLICY_INVALID
// details.errors) or the request schema's (VALIDATION_FAILED details), else the message alone.
import { ApiError } from '../../api/client';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

export function problemLines(error: ApiError): string[] {
  const details = error.details;
  const list = isRecord(details) && Array.isArray(details.errors) ? details.errors : Array.isArray(details) ? details : [];
  return list.filter(isRecord).map((p) => {
    const path = typeof p.path === 'string' ? p.path : typeof p.field === 'string' ? p.field : '';
    const text = typeof p.message === 'string' ? p.message : typeof p.reason === 'string' ? p.reason : '';
    return path && !text.startsWith(path) ? `${path}: ${text}` : text || path;
  });
}

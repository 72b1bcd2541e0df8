// The one way the UI talks to /api/v1: same-origin cookies, CSRF header on writes,
// Accept-Language from the UI language, errors shaped {"error":{"code","message"}}.
import { acceptLanguage } from '../i18n/lang';

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The error body's `details` (e.g. a validation error's field list), when the API sent one. */
  readonly details: unknown;

  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  query?: Record<string, QueryValue>;
  body?: unknown;
  /** Do not pop up a message on failure (the caller shows the error itself). */
  silent?: boolean;
  /** A 401 here is an answer, not an expired session (login, session probe). */
  allowUnauthorized?: boolean;
}

type Notifier = (error: ApiError) => void;

const API_BASE = '/api/v1';
const WRITE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let csrfToken: string | null = null;
let notifier: Notifier = (error) => console.error(error);
let onUnauthorized: () => void = () => undefined;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

/** Registered by the app root so API errors show as antd messages in the current theme. */
export function setErrorNotifier(fn: Notifier): void {
  notifier = fn;
}

/** Registered by the auth provider: clears the session so the guard sends the user to /login. */
export function setUnauthorizedHandler(fn: () => void): void {
  onUnauthorized = fn;
}

function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  const qs = params.toString();
  return `${API_BASE}${path}${qs ? `?${qs}` : ''}`;
}

function isErrorBody(value: unknown): value is { error: { code: string; message: string; details?: unknown } } {
  if (typeof value !== 'object' || value === null || !('error' in value)) return false;
  const error = (value as { error: unknown }).error;
  return typeof error === 'object' && error !== null && 'message' in error;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': acceptLanguage(),
  };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (WRITE_METHODS.has(method) && csrfToken) headers['x-csrf-token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
    });
  } catch {
    const error = new ApiError(0, 'NETWORK', '');
    if (!options.silent) notifier(error);
    throw error;
  }

  const body = await readBody(response);
  if (response.ok) return body as T;

  const error = isErrorBody(body)
    ? new ApiError(response.status, body.error.code, body.error.message, body.error.details)
    : new ApiError(response.status, `HTTP_${response.status}`, '');
  if (response.status === 401 && !options.allowUnauthorized) {
    // The session ended: the auth provider says so once and the guard sends the user to /login.
    setCsrfToken(null);
    onUnauthorized();
    throw error;
  }
  if (!options.silent) notifier(error);
  throw error;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>, options?: Omit<RequestOptions, 'query'>) =>
    request<T>('GET', path, { ...options, query }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, 'body'>) =>
    request<T>('POST', path, { ...options, body }),
  del: <T = void>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};

// Typed calls for each /api/v1 route the UI uses.
import { api, ApiError, setCsrfToken } from './client';
import type {
  ApiKey,
  AuditEntry,
  Department,
  Enterprise,
  EnterpriseDetail,
  Grade,
  InspectionItem,
  IssuedApiKey,
  Meta,
  Page,
  PublicDepartment,
  PublicItem,
  SessionResponse,
  Town,
  User,
} from './types';

export interface PageQuery {
  q?: string;
  limit: number;
  offset: number;
}

const enc = encodeURIComponent;

// Reads are silent: each page shows its own load errors in place (LoadError). Writes report globally.
const quiet = { silent: true } as const;

export function getMeta(): Promise<Meta> {
  return api.get<Meta>('/meta', undefined, { silent: true });
}

export async function login(username: string, password: string): Promise<User> {
  const res = await api.post<SessionResponse>('/auth/login', { username, password }, {
    silent: true,
    allowUnauthorized: true,
  });
  setCsrfToken(res.csrfToken);
  return res.user;
}

/** The signed-in user, or null when there is no session. */
export async function getSession(): Promise<User | null> {
  try {
    const res = await api.get<SessionResponse>('/auth/session', undefined, {
      silent: true,
      allowUnauthorized: true,
    });
    setCsrfToken(res.csrfToken);
    return res.user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return null;
    throw error;
  }
}

export async function logout(): Promise<void> {
  try {
    await api.post<void>('/auth/logout', undefined, { silent: true, allowUnauthorized: true });
  } finally {
    setCsrfToken(null);
  }
}

export const listDepartments = (query: PageQuery) => api.get<Page<Department>>('/departments', { ...query }, quiet);
export const getDepartment = (code: string) => api.get<Department>(`/departments/${enc(code)}`, undefined, quiet);
export const listDepartmentItems = (code: string, query: PageQuery) =>
  api.get<Page<InspectionItem>>(`/departments/${enc(code)}/items`, { ...query }, quiet);

export const listTowns = () => api.get<{ items: Town[] }>('/towns', undefined, quiet);

export interface EnterpriseQuery extends PageQuery {
  grade?: Grade;
  town?: string;
}
export const listEnterprises = (query: EnterpriseQuery) => api.get<Page<Enterprise>>('/enterprises', { ...query }, quiet);
export const getEnterprise = (uscc: string) =>
  api.get<EnterpriseDetail>(`/enterprises/${enc(uscc)}`, undefined, quiet);

export interface AuditQuery {
  limit: number;
  offset: number;
  entity?: string;
  actor?: string;
}
export const listAudit = (query: AuditQuery) => api.get<Page<AuditEntry>>('/audit', { ...query }, quiet);

export const listApiKeys = () => api.get<{ items: ApiKey[] }>('/api-keys', undefined, quiet);
export const issueApiKey = (name: string, username: string) =>
  api.post<IssuedApiKey>('/api-keys', { name, username }, { silent: true });
export const revokeApiKey = (id: string | number) => api.del(`/api-keys/${enc(String(id))}`);

export const listPublicDepartments = () => api.get<{ items: PublicDepartment[] }>('/public/departments', undefined, quiet);
export interface PublicItemQuery extends PageQuery {
  department?: string;
}
export const listPublicItems = (query: PublicItemQuery) => api.get<Page<PublicItem>>('/public/items', { ...query }, quiet);

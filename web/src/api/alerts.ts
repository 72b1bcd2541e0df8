// Alerts (预警) for the coordinator and supervisors: GET /api/v1/alerts, its summary, the handling
// of one (POST …/acknowledge) and the Excel export.
import { api, type QueryValue } from './client';
import type { Grade } from './types';

export interface Text {
  zh: string;
  en: string;
}

export type AlertStatus = 'open' | 'handled';

export interface Alert {
  key: string;
  kind: string;
  kindLabel: Text;
  enterprise: { uscc: string; name: string; grade: Grade | null; town: { code: string; name: string } | null };
  departments: { code: string; name: string }[];
  date: string;
  dates: string[];
  filingId: number | null;
  message: Text;
  status: AlertStatus;
  handled: { by: string | null; at: string; note: string } | null;
}

export interface AlertQuery {
  kind?: string;
  town?: string;
  department?: string;
  q?: string;
  status?: AlertStatus | 'all';
  from?: string;
  to?: string;
  limit?: number;
  offset?: number;
}

export interface AlertPage {
  items: Alert[];
  total: number;
  period: { from: string; to: string };
  policy: string;
}

export interface AlertSummary {
  period: { from: string; to: string };
  policy: string;
  open: number;
  handled: number;
  kinds: { kind: string; label: Text; open: number; handled: number }[];
}

/** The kinds computed from filings, in the order the page lists them (flags follow by code). */
export const ALERT_KINDS = ['MULTI_DEPARTMENT', 'CAP_NEAR', 'QUIET_PERIOD_BREACH', 'DEADLINE_MISSED', 'CODE_NOT_SHOWN'] as const;

const quiet = { silent: true } as const;
const asQuery = (q: AlertQuery) => ({ ...q }) as Record<string, QueryValue>;

export const listAlerts = (q: AlertQuery) => api.get<AlertPage>('/alerts', asQuery(q), quiet);
export const alertSummary = (q: Omit<AlertQuery, 'kind' | 'status' | 'limit' | 'offset'> = {}) =>
  api.get<AlertSummary>('/alerts/summary', asQuery(q), quiet);
export const acknowledgeAlert = (key: string, note: string) =>
  api.post<Alert>(`/alerts/${encodeURIComponent(key)}/acknowledge`, { note }, quiet);

/** The Excel export of the same list (a plain link: the session cookie authenticates it). */
export function alertsExportUrl(q: AlertQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...q, limit: undefined, offset: undefined })) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const qs = params.toString();
  return `/api/v1/alerts.xlsx${qs ? `?${qs}` : ''}`;
}

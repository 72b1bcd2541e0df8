// The enterprise's advance notices (预告): list, acknowledge (with a request that an inspector withdraw, 回避).
import { api } from './client';
import type { FilingKind } from './filings';
import type { InspectionMode } from './types';

export interface LocalText {
  zh: string;
  en: string;
}

export interface NoticeContent {
  department: { code: string; name: string };
  enterprise: { uscc: string; name: string; address: string | null };
  kind: FilingKind;
  mode: InspectionMode;
  date: string;
  windowEnd: string | null;
  exceptionCase: string | null;
  items: { code: string; name: string; legalBasis: string; owner: string; delegated: boolean }[];
  inspectors: { name: string; certificateNumber: string | null }[];
  onsiteCountThisYear: { year: number; count: number; cap: number | null };
  rights: LocalText[];
  policy: { id: string; title: string };
  ackDue: string | null;
}

export interface Notice {
  id: number;
  filingId: number;
  issuedOn: string;
  /** Stored as the notice was issued; read defensively (older notices may lack a field). */
  content: Partial<NoticeContent>;
  acknowledgedAt: string | null;
  recusalRequest: string | null;
  deemedDeliveredAt: string | null;
}

export const listNotices = (limit: number, offset: number) =>
  api.get<{ items: Notice[]; total: number }>('/enterprise/notices', { limit, offset }, { silent: true });
export const acknowledgeNotice = (id: number, recusalRequest?: string) =>
  api.post<Notice>(`/enterprise/notices/${id}/acknowledge`, recusalRequest ? { recusalRequest } : {}, { silent: true });

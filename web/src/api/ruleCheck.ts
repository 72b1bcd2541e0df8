// The rule-check API (POST /api/v1/rule-checks): judge a proposed inspection before filing it.
import { api } from './client';
import type { InspectionMode } from './types';

export type Verdict = 'allow' | 'warn' | 'block';
export const VERDICTS: readonly Verdict[] = ['block', 'warn', 'allow'];

export interface RuleCheckRequest {
  enterprise: string;
  department: string;
  items: string[];
  mode: InspectionMode;
  date: string;
  noticeDate?: string;
  exceptionCase?: string;
}

export interface Finding {
  rule: string;
  code: string;
  verdict: Verdict;
  clause: { id: string; text: string };
  message: { zh: string; en: string };
  data?: Record<string, unknown>;
}

export interface RuleCheckResult {
  verdict: Verdict;
  findings: Finding[];
  earliestDate: string | null;
  provisional: boolean;
}

/** Silent: the page shows a refused check (unknown item, bad date …) in place, not as a popup. */
export const checkRules = (body: RuleCheckRequest) => api.post<RuleCheckResult>('/rule-checks', body, { silent: true });

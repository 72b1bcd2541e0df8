// Shared pieces of the filing screens: state colours, which warnings need a written justification,
// which actions carry a reason, and the form's values → the API's proposal.
import type { Dayjs } from 'dayjs';
import type { FilingAction, FilingInput, FilingKind, FilingPath, FilingState } from '../../api/filings';
import type { Finding } from '../../api/ruleCheck';
import type { InspectionMode } from '../../api/types';

export const DAY = 'YYYY-MM-DD';

export const STATE_COLORS: Record<FilingState, string> = {
  draft: 'default',
  submitted: 'processing',
  head_approved: 'purple',
  accepted: 'cyan',
  returned: 'error',
  merge_required: 'warning',
  notified: 'blue',
  in_progress: 'gold',
  completed: 'success',
  cancelled: 'default',
};

/**
 * Warnings that need no justification: reminders of a duty, or warnings a field of the filing already
 * answers. The API keeps the same two lists (src/modules/filings/run-rules.ts) and is the judge; the
 * form uses them only to ask for the right fields before the API has to refuse.
 */
const REMINDERS = new Set(['R3_NOT_FILED', 'R3_EXCEPTION_FILE_BY', 'R7_EXCEPTION_DUTIES', 'R9_NOTICE_DUE', 'R9_PROVISIONAL_CALENDAR']);
const SELF_JUSTIFIED = new Set(['R4_NATIONAL_RULE', 'R5_LIFTED', 'R6_LIFTED', 'R8_REASON_STATED', 'R9_NON_WORKING_DAY_EXCEPTION']);

export const needsJustification = (f: Finding): boolean => f.verdict === 'warn' && !REMINDERS.has(f.code) && !SELF_JUSTIFIED.has(f.code);

/** Actions that state a reason (the API's ReasonBody); the others take an optional comment. */
export const REASON_ACTIONS: ReadonlySet<FilingAction> = new Set<FilingAction>(['reject', 'return', 'require_merge', 'cancel']);

export interface FilingFormValues {
  enterprise?: string;
  kind: FilingKind;
  path: Exclude<FilingPath, 'emergency'>;
  mode: InspectionMode;
  plannedDate?: Dayjs | null;
  windowEnd?: Dayjs | null;
  items?: string[];
  inspectors?: string[];
  exceptionCase?: string;
  exceptionReason?: string;
  campaignBasis?: string;
  planTaskId?: number;
  onsiteReason?: string;
  nationalRuleBasis?: string;
}

const text = (v: string | undefined) => (v && v.trim() ? v.trim() : undefined);

/** The proposal the form describes, or null while the enterprise or the date is missing. */
export function toProposal(department: string | undefined, v: Partial<FilingFormValues>): FilingInput | null {
  if (!department || !v.enterprise || !v.plannedDate || !v.kind || !v.path || !v.mode) return null;
  const triggered = v.path === 'triggered';
  const proposal: FilingInput = {
    department,
    enterprise: v.enterprise,
    kind: v.kind,
    path: v.path,
    mode: v.mode,
    plannedDate: v.plannedDate.format(DAY),
    items: v.items ?? [],
    inspectors: v.inspectors ?? [],
  };
  const optional: Partial<FilingInput> = {
    windowEnd: v.windowEnd ? v.windowEnd.format(DAY) : undefined,
    exceptionCase: triggered ? v.exceptionCase : undefined,
    exceptionReason: triggered ? text(v.exceptionReason) : undefined,
    campaignBasis: v.kind === 'campaign' ? text(v.campaignBasis) : undefined,
    planTaskId: v.planTaskId,
    onsiteReason: v.mode === 'onsite' ? text(v.onsiteReason) : undefined,
    nationalRuleBasis: text(v.nationalRuleBasis),
  };
  for (const [key, value] of Object.entries(optional)) if (value !== undefined) Object.assign(proposal, { [key]: value });
  return proposal;
}

/** The justifications typed for the warnings that need one, trimmed; empty ones left out. */
export function pickJustifications(findings: readonly Finding[], typed: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of findings) {
    const value = typed[f.code]?.trim();
    if (needsJustification(f) && value) out[f.code] = value;
  }
  return out;
}

/** Codes of warnings that still lack a justification. */
export const missingJustifications = (findings: readonly Finding[], typed: Record<string, string>, kept: Record<string, unknown> = {}) =>
  findings.filter((f) => needsJustification(f) && !typed[f.code]?.trim() && !(f.code in kept)).map((f) => f.code);

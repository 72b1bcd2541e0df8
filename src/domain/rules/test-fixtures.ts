/** Factories for rule tests and the benchmark: plain data, defaults overridable per test. */
import { buildCalendar } from '../calendar/build.ts';
import type { WorkingCalendar } from '../calendar/types.ts';
import { YUNHE_2025 } from '../policy/yunhe-2025.ts';
import type { Policy } from '../policy/types.ts';
import type { InspectionCheckInput, Inspector, OfficialVisitProposal, ProposedInspection, RuleContext, VisitRecord } from './types.ts';

let calendar: WorkingCalendar | undefined;

export function ctx(policy: Policy = YUNHE_2025): RuleContext {
  calendar ??= buildCalendar();
  return { calendar, policy };
}

export const USCC = '91331125MA2E000001';

export function inspector(id: string, over: Partial<Inspector> = {}): Inspector {
  return { id, name: id, certificateNo: `ZJ-${id}`, certificateValidUntil: '2030-12-31', trainingCurrent: true, ...over };
}

export function proposal(over: Partial<ProposedInspection> = {}): ProposedInspection {
  return {
    enterprise: { uscc: USCC, grade: 'C' },
    department: 'SCJG',
    items: ['SCJG-001'],
    mode: 'onsite',
    kind: 'random',
    date: '2026-04-08',
    ...over,
  };
}

export function input(over: Partial<ProposedInspection> = {}, rest: Partial<Omit<InspectionCheckInput, 'inspection'>> = {}): InspectionCheckInput {
  return {
    inspection: proposal(over),
    catalog: {
      department: 'SCJG',
      published: true,
      items: [
        { code: 'SCJG-001', modes: ['onsite', 'offsite'] },
        { code: 'SCJG-002', modes: ['onsite', 'offsite'], delegable: true },
        { code: 'SCJG-003', modes: ['offsite'] },
      ],
    },
    delegableLibrary: [
      { item: 'SCJG-002', ownerDepartment: 'SCJG' },
      { item: 'XF-010', ownerDepartment: 'XF', delegates: ['SCJG', 'ZJ'] },
      { item: 'HB-020', ownerDepartment: 'HB', delegates: ['ZJ'] },
    ],
    history: [],
    ...rest,
  };
}

export function visit(id: string, over: Partial<VisitRecord> = {}): VisitRecord {
  return { id, type: 'inspection', mode: 'onsite', date: '2026-03-10', departments: ['XF'], status: 'done', ...over };
}

export function officialVisit(over: Partial<OfficialVisitProposal> = {}): OfficialVisitProposal {
  return { enterprise: { uscc: USCC, grade: 'C' }, type: 'research', date: '2026-04-08', relatedToBusiness: true, ...over };
}

/** A full input exercising every rule (for index tests and the benchmark). */
export function fullInput(): InspectionCheckInput {
  return input(
    {
      date: '2026-03-23',
      noticeDate: '2026-03-10',
      items: ['SCJG-001', 'SCJG-002', 'XF-010'],
      inspectors: [inspector('a'), inspector('b'), inspector('c', { trainingCurrent: false })],
      inPublishedPlan: true,
      filing: { filedOn: '2026-03-09' },
      fromGuidanceId: undefined,
    },
    {
      history: [
        visit('v1', { date: '2026-02-10', departments: ['SCJG', 'XF'] }),
        visit('v2', { date: '2026-04-02', departments: ['HB'], status: 'filed' }),
        visit('g1', { type: 'guidance', date: '2026-01-15', departments: ['SCJG'] }),
      ],
      offsiteResults: [
        { item: 'SCJG-001', date: '2025-11-02', passed: false },
        { item: 'SCJG-002', date: '2026-01-20', passed: true },
        { item: 'SCJG-002', date: '2026-02-20', passed: false },
      ],
      improvement: { grades: [{ period: 2024, grade: 'D' }, { period: 2025, grade: 'C' }], rectifiedInPeriod: 2025 },
    },
  );
}

/** The codes of findings, for compact assertions. */
export function codes(findings: readonly { code: string }[]): string[] {
  return findings.map((f) => f.code);
}
